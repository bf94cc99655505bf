import GSLSupport

/// The Theil–Sen slope of a daily series against the day index, with Sen's confidence interval.
///
/// slope = median over pairs i < j of (yⱼ − yᵢ)/(j − i); intercept = median(y) − slope · median(x)
/// (Theil 1950; Sen 1968). The interval takes the order statistics of the sorted pairwise slopes at
/// ranks round((N ∓ z·σ)/2) with σ² = [n(n−1)(2n+5) − Σ tied groups t(t−1)(2t+5)]/18 (Sen's eq. 2.6,
/// ties in y only since the x are distinct days) — exactly `scipy.stats.theilslopes(y, x, 0.95)`,
/// including NumPy's round-half-to-even. Written by hand: GSL has no Theil–Sen. `NaN` days are left
/// out (their x is kept for the others).
public struct TheilSenSlope: Sendable, Hashable {
    public let slope: Double
    public let intercept: Double
    public let lowSlope: Double
    public let highSlope: Double
    public let confidence: Double

    /// - Throws: ``StatisticsError`` when fewer than two days are observed.
    public init(_ series: [Double], confidence: Double = 0.95) throws(StatisticsError) {
        precondition(confidence > 0 && confidence < 1, "confidence must lie in (0, 1)")
        let points = series.indices.compactMap { series[$0].isNaN ? nil : (x: Double($0), y: series[$0]) }
        guard points.count >= 2 else { throw StatisticsError("Theil–Sen needs at least 2 observed values (has \(points.count))") }
        var slopes: [Double] = []
        slopes.reserveCapacity(points.count * (points.count - 1) / 2)
        for j in points.indices {
            for i in 0..<j { slopes.append((points[j].y - points[i].y) / (points[j].x - points[i].x)) }
        }
        slopes.sort()
        do {
            slope = try Quantiles.median(slopes)
            intercept = try Quantiles.median(points.map(\.y)) - slope * Quantiles.median(points.map(\.x))
            let alpha = 1 - confidence
            let z = try Distributions.normalQuantile(alpha / 2)   // negative, as SciPy's
            let n = Double(points.count)
            let tieTerm = TieGroups.sizes(points.map(\.y)).reduce(0.0) { $0 + Double($1 * ($1 - 1) * (2 * $1 + 5)) }
            let sigma = ((n * (n - 1) * (2 * n + 5) - tieTerm) / 18).squareRoot()
            let count = Double(slopes.count)
            let upper = min(Int(((count - z * sigma) / 2).rounded(.toNearestOrEven)), slopes.count - 1)
            let lower = max(Int(((count + z * sigma) / 2).rounded(.toNearestOrEven)) - 1, 0)
            lowSlope = slopes[lower]
            highSlope = slopes[upper]
        } catch {
            throw StatisticsError("Theil–Sen: \(error.message)")
        }
        self.confidence = confidence
    }
}

/// Sizes of the groups of equal values (only groups of two or more).
enum TieGroups {
    static func sizes(_ values: [Double]) -> [Int] {
        var counts: [Double: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        return counts.values.filter { $0 > 1 }
    }
}
