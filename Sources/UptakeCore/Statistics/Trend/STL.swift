/// Seasonal-trend decomposition by loess (Cleveland, Cleveland, McRae & Terpenning 1990, "STL: A
/// Seasonal-Trend Decomposition Procedure Based on Loess", J. Official Statistics 6(1)).
///
/// `y = trend + seasonal + residual`. The algorithm, its defaults and its parameter checks are those of
/// statsmodels' `statsmodels.tsa.seasonal.STL` (0.14/0.15), ported by hand because GSL has no loess:
/// - `trend` defaults to the smallest odd integer ≥ 1.5·period / (1 − 1.5/seasonal) (15 for a week);
/// - `lowPass` defaults to the smallest odd integer > period (9 for a week);
/// - degrees 1, jumps 1; `innerIterations` 5 and `outerIterations` 0, or 2 and 15 when `robust`.
///
/// Missing days: a `NaN` input is filled before decomposing, linearly between the nearest observed
/// days (the nearest observed value before the first or after the last), and the decomposition of the
/// filled series is returned; at a missing day `residual` is `NaN` and `weights` is 0, since nothing was
/// observed there. Loess itself could give such points zero weight, but STL's low-pass moving averages
/// cannot skip a point, so filling is the approach statsmodels' users take too.
///
/// ```swift
/// let stl = try STL(period: 7, seasonal: 7, robust: true)
/// let parts = try stl.decompose(dailyCounts)
/// parts.trend[10] + parts.seasonal[10] + parts.residual[10] == dailyCounts[10]
/// ```
public struct STL: Sendable, Hashable {
    public let period: Int
    public let seasonal: Int
    public let trend: Int
    public let lowPass: Int
    public let seasonalDegree: Int
    public let trendDegree: Int
    public let lowPassDegree: Int
    public let seasonalJump: Int
    public let trendJump: Int
    public let lowPassJump: Int
    public let robust: Bool
    public let innerIterations: Int
    public let outerIterations: Int

    /// - Throws: ``StatisticsError`` naming the first invalid parameter (statsmodels' wording where it has one).
    public init(period: Int = 7, seasonal: Int = 7, trend: Int? = nil, lowPass: Int? = nil,
                seasonalDegree: Int = 1, trendDegree: Int = 1, lowPassDegree: Int = 1,
                robust: Bool = false, seasonalJump: Int = 1, trendJump: Int = 1, lowPassJump: Int = 1,
                innerIterations: Int? = nil, outerIterations: Int? = nil) throws(StatisticsError) {
        guard period >= 2 else { throw StatisticsError("period must be a positive integer >= 2") }
        guard seasonal >= 3, seasonal % 2 == 1 else { throw StatisticsError("seasonal must be an odd positive integer >= 3") }
        var defaultTrend = Int((1.5 * Double(period) / (1 - 1.5 / Double(seasonal))).rounded(.up))
        if defaultTrend % 2 == 0 { defaultTrend += 1 }
        let trend = trend ?? defaultTrend
        guard trend >= 3, trend % 2 == 1, trend > period else {
            throw StatisticsError("trend must be an odd positive integer >= 3 where trend > period")
        }
        let lowPass = lowPass ?? (period + 1 + ((period + 1) % 2 == 0 ? 1 : 0))
        guard lowPass >= 3, lowPass % 2 == 1, lowPass > period else {
            throw StatisticsError("low_pass must be an odd positive integer >= 3 where low_pass > period")
        }
        for (name, degree) in [("seasonal_deg", seasonalDegree), ("trend_deg", trendDegree), ("low_pass_deg", lowPassDegree)] {
            guard degree == 0 || degree == 1 else { throw StatisticsError("\(name) must be 0 or 1") }
        }
        for (name, jump) in [("low_pass_jump", lowPassJump), ("seasonal_jump", seasonalJump), ("trend_jump", trendJump)] {
            guard jump > 0 else { throw StatisticsError("\(name) must be a positive integer") }
        }
        let inner = innerIterations ?? (robust ? 2 : 5)
        let outer = outerIterations ?? (robust ? 15 : 0)
        guard inner > 0 else { throw StatisticsError("inner_iter must be a positive integer") }
        guard outer >= 0 else { throw StatisticsError("outer_iter must be a non-negative integer") }
        (self.period, self.seasonal, self.trend, self.lowPass) = (period, seasonal, trend, lowPass)
        (self.seasonalDegree, self.trendDegree, self.lowPassDegree) = (seasonalDegree, trendDegree, lowPassDegree)
        (self.seasonalJump, self.trendJump, self.lowPassJump) = (seasonalJump, trendJump, lowPassJump)
        self.robust = robust
        (self.innerIterations, self.outerIterations) = (inner, outer)
    }

    /// Decomposes `series` (one value a day, `NaN` for a missing day).
    /// - Throws: ``StatisticsError`` when fewer than two full periods are observed, or a value is infinite.
    public func decompose(_ series: [Double]) throws(StatisticsError) -> STLDecomposition {
        guard !series.contains(where: \.isInfinite) else { throw StatisticsError("STL needs finite values; the series holds an infinite one") }
        let observed = series.lazy.filter { !$0.isNaN }.count
        guard series.count >= 2 * period, observed >= 2 * period else {
            throw StatisticsError("STL needs at least 2 × period = \(2 * period) observed values (has \(observed) of \(series.count))")
        }
        let filled = MissingValues.interpolated(series)
        let workspace = STLWorkspace(filled, config: self)
        workspace.fit(inner: innerIterations, outer: outerIterations)
        let trend = Array(workspace.trend), seasonal = Array(workspace.season)
        var residual = [Double](repeating: .nan, count: series.count)
        var weights = [Double](repeating: 0, count: series.count)
        for i in series.indices where !series[i].isNaN {
            residual[i] = series[i] - seasonal[i] - trend[i]
            weights[i] = workspace.rw[i]
        }
        return STLDecomposition(trend: trend, seasonal: seasonal, residual: residual, weights: weights)
    }
}

/// The three parts of an STL decomposition and the final robustness weights (all 1 when not robust).
public struct STLDecomposition: Sendable, Hashable {
    public let trend: [Double]
    public let seasonal: [Double]
    /// `y − trend − seasonal`; `NaN` at a missing day.
    public let residual: [Double]
    /// Bisquare robustness weights in [0, 1]; 0 at a missing day.
    public let weights: [Double]
}

/// Filling of missing (`NaN`) values in a daily series.
public enum MissingValues {
    /// Linear interpolation between the nearest observed neighbours; leading and trailing gaps take the
    /// nearest observed value (as NumPy's `np.interp`). An all-missing series is returned unchanged.
    public static func interpolated(_ series: [Double]) -> [Double] {
        let known = series.indices.filter { !series[$0].isNaN }
        guard let first = known.first, let last = known.last else { return series }
        var result = series
        for i in 0..<first { result[i] = series[first] }
        for i in (last + 1)..<series.count { result[i] = series[last] }
        for (a, b) in zip(known, known.dropFirst()) where b > a + 1 {
            for i in (a + 1)..<b {
                let t = Double(i - a) / Double(b - a)
                result[i] = series[a] + t * (series[b] - series[a])
            }
        }
        return result
    }
}
