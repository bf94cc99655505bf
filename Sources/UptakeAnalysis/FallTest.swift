import Foundation
import GSLSupport
import UptakeCore

/// The one test of "did it fall": what was observed against what was expected, the interval of
/// their ratio (a volume) or difference (a rate), the two-sided p, and the verdict read from the
/// interval. Every output that says "a fall" or "no fall" (the explanation's headline, its
/// `unexplained` cause, the report's explanation section) reads the verdict of one of these, so the
/// same numbers cannot be called a drop in one place and not in another.
///
/// - A volume: ``PoissonRateRatio`` of the window's count per working day against the baseline's
///   (Wald on the log scale with a quasi-Poisson dispersion; exact conditional at a zero count).
/// - A rate: ``TwoProportionDifference`` (Newcomb's interval, the pooled two-proportion z-test).
///
/// The verdict is `fell` when the whole 95% interval lies below no change (ratio 1, difference 0),
/// `rose` when it lies above, `steady` otherwise. The interval decides, not p: Newcomb's interval
/// and the pooled z-test can disagree at the 5% edge, and the wording always shows the interval.
///
/// ```swift
/// let t = try FallTest.volume(count: 155, days: 21, baselineCount: 400, baselineDays: 20)
/// t.verdict        // .fell
/// t.estimate       // 0.369: 63% lower per working day
/// ```
public struct FallTest: Sendable, Codable, Equatable {
    /// How the window is set against what was expected.
    public enum Scale: String, Sendable, Codable {
        /// observed / expected, per working day (volumes).
        case ratio
        /// observed − expected (rates, in proportion units).
        case difference
    }

    public enum Verdict: String, Sendable, Codable {
        case fell, rose, steady
    }

    public var scale: Scale
    /// The window's value: per working day for a volume, a proportion for a rate.
    public var observed: Double
    /// The baseline's (or the reference's) value, measured alike.
    public var expected: Double
    /// observed / expected or observed − expected.
    public var estimate: Double
    /// The 95% interval of `estimate` (`high` may be infinite for an exact ratio at a zero count).
    public var low: Double
    public var high: Double
    public var pValue: Double
    public var verdict: Verdict

    public init(scale: Scale, observed: Double, expected: Double, estimate: Double, low: Double, high: Double, pValue: Double) {
        (self.scale, self.observed, self.expected, self.estimate, self.low, self.high, self.pValue) = (scale, observed, expected, estimate, low, high, pValue)
        let none = scale == .ratio ? 1.0 : 0.0
        verdict = high < none ? .fell : low > none ? .rose : .steady
    }

    /// A volume: `count` over `days` working days against `baselineCount` over `baselineDays`.
    /// - Throws: ``StatisticsError`` when a day count is not positive or both counts are 0.
    public static func volume(count: Double, days: Int, baselineCount: Double, baselineDays: Int, dispersion: Double = 1) throws(StatisticsError) -> FallTest {
        let r = try PoissonRateRatio(count1: count, exposure1: Double(days), count2: baselineCount, exposure2: Double(baselineDays), dispersion: dispersion)
        return FallTest(scale: .ratio, observed: count / Double(days), expected: baselineCount / Double(baselineDays), estimate: r.ratio,
                        low: r.low, high: r.high, pValue: r.pValue)
    }

    /// A rate: `x` of `n` against `baselineX` of `baselineN`.
    /// - Throws: ``StatisticsError`` when a side has no trials.
    public static func rate(_ x: Int64, of n: Int64, versus baselineX: Int64, of baselineN: Int64) throws(StatisticsError) -> FallTest {
        let t = try TwoProportionDifference(x, of: n, versus: baselineX, of: baselineN)
        return FallTest(scale: .difference, observed: t.rate1, expected: t.rate2, estimate: t.difference, low: t.low, high: t.high, pValue: t.pValue)
    }

    enum CodingKeys: String, CodingKey {
        case scale, observed, expected, estimate, low, high
        case pValue = "p_value"
        case verdict
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        scale = try c.decode(Scale.self, forKey: .scale)
        observed = try c.decode(Double.self, forKey: .observed)
        expected = try c.decode(Double.self, forKey: .expected)
        estimate = try c.decodeIfPresent(Double.self, forKey: .estimate) ?? .nan
        low = try c.decodeIfPresent(Double.self, forKey: .low) ?? -.infinity
        high = try c.decodeIfPresent(Double.self, forKey: .high) ?? .infinity
        pValue = try c.decode(Double.self, forKey: .pValue)
        verdict = try c.decode(Verdict.self, forKey: .verdict)
    }

    /// Non-finite numbers (an unbounded `high`) are written as null.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(scale, forKey: .scale)
        for (key, v) in [(CodingKeys.observed, observed), (.expected, expected), (.estimate, estimate), (.low, low), (.high, high), (.pValue, pValue)] {
            try c.encode(v.isFinite ? v : nil, forKey: key)  // not `finite`: C's finite(double) -> Int32 wins the overload
        }
        try c.encode(verdict, forKey: .verdict)
    }
}

/// The working days of one group (a unit over a period) as a cell of a comparison: the estimate
/// and its variance by the delta method, the days treated as independent draws (so any day-to-day
/// dispersion is in the variance, not assumed Poisson or binomial).
///
/// - A volume: the mean per day m = Σx / k; Var(log m) ≈ max(s², m) / (k m²), s² the days' sample variance.
/// - A rate: the ratio estimator R = Σx / Σn; Var(R) ≈ max(Σ(xᵢ − R nᵢ)² / ((k − 1) k n̄²), R(1 − R) / Σn).
///
/// The variance is never below Poisson's (binomial's for a rate), as the quasi-Poisson ratio's
/// dispersion is floored at 1: days of 0 or 1 application vary less than counts can, and a sector
/// going from 7 applications in a month to 14 read as p = 0.010 against the others (0.19 by an exact test).
///
/// Checked against scripts/fixtures/make_explain_contrast_fixtures.py (numpy, scipy).
public struct DayCell: Sendable, Equatable {
    public var days: Int
    /// m for a volume, R for a rate.
    public var value: Double
    /// Of log m for a volume, of R for a rate.
    public var variance: Double

    /// `nil` with fewer than 2 days, a volume whose mean is 0, or a rate with no trials.
    public init?(numerators x: [Double], denominators n: [Double]?) {
        let k = x.count
        guard k >= 2 else { return nil }
        if let n {
            precondition(n.count == k, "one denominator a day")
            let sx = x.reduce(0, +), sn = n.reduce(0, +)
            guard sn > 0 else { return nil }
            let r = sx / sn, nbar = sn / Double(k)
            let ss = zip(x, n).reduce(0) { $0 + ($1.0 - r * $1.1) * ($1.0 - r * $1.1) }
            (days, value, variance) = (k, r, max(ss / (Double(k - 1) * Double(k) * nbar * nbar), r * (1 - r) / sn))
        } else {
            let m = x.reduce(0, +) / Double(k)
            guard m > 0 else { return nil }
            let s2 = x.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(k - 1)
            (days, value, variance) = (k, m, max(s2, m) / (Double(k) * m * m))
        }
    }
}

/// A difference in differences: how much more the unit changed than its comparison group over the
/// same days. For volumes, on the log scale (reported as a ratio of ratios: 0.8 = the unit fell 20%
/// more than its peers, in relative terms); for rates, in proportion units. The variance is the sum
/// of the four cells' (``DayCell``); the interval is Wald's at 95% and p is two-sided (normal).
public struct Contrast: Sendable, Codable, Equatable {
    public var scale: FallTest.Scale
    /// The unit's change: window / baseline (ratio) or window − baseline (difference).
    public var unitChange: Double
    /// The comparison group's change, measured alike.
    public var othersChange: Double
    /// unitChange / othersChange (ratio) or unitChange − othersChange (difference).
    public var estimate: Double
    public var low: Double
    public var high: Double
    public var pValue: Double
    /// The unit changed significantly more the bad way (down) than the others: `high` below no difference.
    public var worse: Bool { high < (scale == .ratio ? 1 : 0) }

    enum CodingKeys: String, CodingKey {
        case scale
        case unitChange = "unit_change", othersChange = "others_change"
        case estimate, low, high
        case pValue = "p_value"
    }

    public init(scale: FallTest.Scale, unitChange: Double, othersChange: Double, estimate: Double, low: Double, high: Double, pValue: Double) {
        (self.scale, self.unitChange, self.othersChange, self.estimate, self.low, self.high, self.pValue) = (scale, unitChange, othersChange, estimate, low, high, pValue)
    }

    /// `nil` when the cells disagree in kind or their variances sum to 0 (nothing to test against).
    public init?(unitWindow a1: DayCell, unitBaseline a0: DayCell, othersWindow b1: DayCell, othersBaseline b0: DayCell, ratio: Bool) {
        let se = (a1.variance + a0.variance + b1.variance + b0.variance).squareRoot()
        guard se > 0, se.isFinite else { return nil }
        let z = 1.959963984540054
        if ratio {
            let d = (log(a1.value) - log(a0.value)) - (log(b1.value) - log(b0.value))
            self.init(scale: .ratio, unitChange: a1.value / a0.value, othersChange: b1.value / b0.value, estimate: exp(d),
                      low: exp(d - z * se), high: exp(d + z * se), pValue: min(1, 2 * Distributions.normalUpperTail(abs(d) / se)))
        } else {
            let d = (a1.value - a0.value) - (b1.value - b0.value)
            self.init(scale: .difference, unitChange: a1.value - a0.value, othersChange: b1.value - b0.value, estimate: d,
                      low: d - z * se, high: d + z * se, pValue: min(1, 2 * Distributions.normalUpperTail(abs(d) / se)))
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        scale = try c.decode(FallTest.Scale.self, forKey: .scale)
        unitChange = try c.decodeIfPresent(Double.self, forKey: .unitChange) ?? .nan
        othersChange = try c.decodeIfPresent(Double.self, forKey: .othersChange) ?? .nan
        estimate = try c.decodeIfPresent(Double.self, forKey: .estimate) ?? .nan
        low = try c.decodeIfPresent(Double.self, forKey: .low) ?? -.infinity
        high = try c.decodeIfPresent(Double.self, forKey: .high) ?? .infinity
        pValue = try c.decode(Double.self, forKey: .pValue)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(scale, forKey: .scale)
        for (key, v) in [(CodingKeys.unitChange, unitChange), (.othersChange, othersChange), (.estimate, estimate), (.low, low), (.high, high), (.pValue, pValue)] {
            try c.encode(v.isFinite ? v : nil, forKey: key)  // not `finite`: C's finite(double) -> Int32 wins the overload
        }
    }
}
