/// Trailing moving averages of a daily series.
public enum MovingAverage {
    /// The mean of the observed values among the `window` days ending on each day, or `NaN` when fewer
    /// than `minimumObserved` of them are observed (`NaN` days are not observed; the first `window − 1`
    /// days have a partial window and count only the days that exist). Same as pandas'
    /// `Series.rolling(window, min_periods=minimumObserved).mean()`. Uptake uses 7 days (one week, so
    /// the weekly pattern cancels) and 28 days (four whole weeks).
    /// - Precondition: `window ≥ 1`, `1 ≤ minimumObserved ≤ window`.
    public static func trailing(_ series: [Double], window: Int, minimumObserved: Int? = nil) -> [Double] {
        let minimum = minimumObserved ?? window
        precondition(window >= 1 && minimum >= 1 && minimum <= window, "need window ≥ 1 and 1 ≤ minimumObserved ≤ window")
        var result = [Double](repeating: .nan, count: series.count)
        for i in series.indices {
            let start = max(0, i - window + 1)
            var sum = 0.0, observed = 0
            for v in series[start...i] where !v.isNaN { sum += v; observed += 1 }
            if observed >= minimum { result[i] = sum / Double(observed) }
        }
        return result
    }

    /// A rate's trailing average as a ratio of sums: Σ numerators ÷ Σ denominators over the observed
    /// days among the `window` ending on each day (a day is observed when its numerator is not `NaN`),
    /// `NaN` with fewer than `minimumObserved` of them or no denominator. Every rate Uptake prints is
    /// a ratio of sums; the mean of daily rates would give a Sunday with 3 applications the weight of a
    /// Monday with 240 (37.05% against 38.02% on HCMC's July, issue 24). Same as pandas'
    /// `rolling(window, min_periods).sum()` of each, divided.
    /// - Precondition: the two series have one value a day each; as ``trailing(_:window:minimumObserved:)``.
    public static func trailingRatio(numerators: [Double], denominators: [Double], window: Int, minimumObserved: Int? = nil) -> [Double] {
        let minimum = minimumObserved ?? window
        precondition(numerators.count == denominators.count, "one numerator and one denominator a day")
        precondition(window >= 1 && minimum >= 1 && minimum <= window, "need window ≥ 1 and 1 ≤ minimumObserved ≤ window")
        var result = [Double](repeating: .nan, count: numerators.count)
        for i in numerators.indices {
            var top = 0.0, bottom = 0.0, observed = 0
            for j in max(0, i - window + 1)...i where !numerators[j].isNaN {
                top += numerators[j]
                bottom += denominators[j]
                observed += 1
            }
            if observed >= minimum, bottom > 0 { result[i] = top / bottom }
        }
        return result
    }

    /// The 7-day trailing mean, all seven days required.
    public static func sevenDay(_ series: [Double]) -> [Double] { trailing(series, window: 7) }

    /// The 28-day trailing mean, all 28 days required.
    public static func twentyEightDay(_ series: [Double]) -> [Double] { trailing(series, window: 28) }
}
