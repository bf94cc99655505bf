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

    /// The 7-day trailing mean, all seven days required.
    public static func sevenDay(_ series: [Double]) -> [Double] { trailing(series, window: 7) }

    /// The 28-day trailing mean, all 28 days required.
    public static func twentyEightDay(_ series: [Double]) -> [Double] { trailing(series, window: 28) }
}
