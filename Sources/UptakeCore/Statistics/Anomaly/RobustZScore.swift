/// Rolling robust z-score: how far day t lies from the recent past, in robust standard deviations,
/// `z_t = (x_t − median(W_t)) / max(1.4826·MAD(W_t), scaleFloor)`, where `W_t` is the trailing window
/// `x_{t−window} … x_{t−1}` (day t itself is not in its own baseline, so a spike cannot hide itself).
///
/// The MAD (`median |x − median|`, scaled by 1.4826 to estimate σ for Gaussian data; Hampel 1974) and the
/// median ignore up to half the window being outliers. The floor keeps a flat window (MAD 0, common for
/// small communes with many zero days) from turning any change into an infinite score: it is in the
/// series' units, e.g. 1 (one application a day) for counts, 0.01 for rates.
///
/// Edge cases: a missing day (`NaN`) has a `NaN` score and is left out of later windows; a window with fewer
/// than `minimumObservations` observed days (the first days of the series, or long gaps) gives `NaN`.
/// This is pandas' `rolling(window, min_periods)` on the series shifted by one day; written by hand with
/// a sliding sorted window, O(window) a day.
public struct RollingRobustZScore: Sendable, Hashable {
    /// Trailing days in each baseline.
    public let window: Int
    /// Observed days a baseline needs.
    public let minimumObservations: Int
    /// The smallest robust scale used, in the series' units.
    public let scaleFloor: Double

    /// - Parameters:
    ///   - window: trailing days in the baseline, ≥ 3 (28 by default: four weeks, so every weekday counts alike).
    ///   - minimumObservations: observed days the window needs, in 1…window (`nil`: `window / 2`, at least 3).
    ///   - scaleFloor: the smallest robust scale used, > 0, in the series' units.
    /// - Throws: ``StatisticsError`` naming the invalid parameter.
    public init(window: Int = 28, minimumObservations: Int? = nil, scaleFloor: Double = 1) throws(StatisticsError) {
        guard window >= 3 else { throw StatisticsError("window must be at least 3 days (is \(window))") }
        let minimum = minimumObservations ?? Swift.max(3, window / 2)
        guard minimum >= 1, minimum <= window else {
            throw StatisticsError("minimumObservations must be between 1 and window = \(window) (is \(minimum))")
        }
        guard scaleFloor > 0, scaleFloor.isFinite else {
            throw StatisticsError("scaleFloor must be finite and positive (is \(scaleFloor))")
        }
        self.window = window
        self.minimumObservations = minimum
        self.scaleFloor = scaleFloor
    }

    /// The score of every day of `series` (`NaN` for a missing day).
    /// - Throws: ``StatisticsError`` when a value is infinite.
    public func scores(_ series: [Double]) throws(StatisticsError) -> [Double] {
        guard !series.contains(where: \.isInfinite) else {
            throw StatisticsError("robust z-scores need finite values; the series holds an infinite one")
        }
        var result = [Double](repeating: .nan, count: series.count)
        // The observed values of the trailing window, kept sorted as it slides (one insertion and one
        // removal a day, O(window) each), so the median and MAD need no sort or selection.
        var sorted = ContiguousArray<Double>()
        sorted.reserveCapacity(window + 1)
        func position(of x: Double) -> Int {
            var low = 0, high = sorted.count
            while low < high {
                let mid = (low + high) / 2
                if sorted[mid] < x { low = mid + 1 } else { high = mid }
            }
            return low
        }
        for t in series.indices {
            if t >= 1, !series[t - 1].isNaN { sorted.insert(series[t - 1], at: position(of: series[t - 1])) }
            if t - 1 - window >= 0, !series[t - 1 - window].isNaN { sorted.remove(at: position(of: series[t - 1 - window])) }
            guard !series[t].isNaN, sorted.count >= minimumObservations else { continue }
            let (centre, scale) = sorted.withUnsafeBufferPointer { RobustScale.medianAndMAD(sorted: $0) }
            result[t] = (series[t] - centre) / Swift.max(scale, scaleFloor)
        }
        return result
    }
}

/// STL-residual z-score: each day's STL residual over a robust scale of all the residuals,
/// `z_t = r_t / max(1.4826·MAD(r), scaleFloor)`, MAD about the residuals' median (Cleveland et al. 1990
/// for the residual; the same MAD as ``RollingRobustZScore``).
///
/// The residual is not re-centred: STL's residual already has a median near 0, and a day's score keeps the
/// sign of its own residual. Missing days (`NaN` residual) have a `NaN` score and are left out of the MAD.
public struct STLResidualZScore: Sendable, Hashable {
    /// The decomposition whose residual is scored.
    public let stl: STL
    /// The smallest robust scale used, in the series' units.
    public let scaleFloor: Double

    /// - Parameters:
    ///   - stl: the decomposition (`nil`: `STL(period: 7, seasonal: 7, robust: true)`).
    ///   - scaleFloor: the smallest robust scale used, > 0, in the series' units.
    /// - Throws: ``StatisticsError`` naming the invalid parameter.
    public init(stl: STL? = nil, scaleFloor: Double = 1) throws(StatisticsError) {
        guard scaleFloor > 0, scaleFloor.isFinite else {
            throw StatisticsError("scaleFloor must be finite and positive (is \(scaleFloor))")
        }
        if let stl { self.stl = stl } else { self.stl = try STL(period: 7, seasonal: 7, robust: true) }
        self.scaleFloor = scaleFloor
    }

    /// The score of every day of `series` (one value a day, `NaN` when missing).
    /// - Throws: ``StatisticsError`` from STL (too short, infinite values).
    public func scores(_ series: [Double]) throws(StatisticsError) -> [Double] {
        scores(residual: try stl.decompose(series).residual)
    }

    /// The scores of residuals already computed (e.g. by a caller that keeps the decomposition).
    public func scores(residual: [Double]) -> [Double] {
        let observed = residual.filter { !$0.isNaN }
        guard !observed.isEmpty else { return residual }
        let scale = Swift.max(RobustScale.mad(observed), scaleFloor)
        return residual.map { $0 / scale }
    }
}
