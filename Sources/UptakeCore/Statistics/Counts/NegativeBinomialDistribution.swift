import Foundation
import GSLSupport

/// A negative-binomial count distribution in the NB2 parametrisation used by Uptake's count
/// models: mean μ and shape θ, variance μ + μ²/θ. The shape `.infinity` is the Poisson limit.
///
/// It is the gamma–Poisson mixture Y | λ ~ Poisson(λ), λ ~ Gamma(θ, θ/μ), so
/// P(Y = k) = Γ(k + θ) / (Γ(θ) k!) · pᶿ (1 − p)ᵏ with p = θ/(θ + μ); SciPy's
/// `nbinom(n=θ, p=θ/(θ+μ))`.
///
/// ```swift
/// let model = try NegativeBinomialDistribution(mean: 30, shape: 5)
/// model.lowerTail(0)          // 5.95e-5: a zero day where 30 are expected
/// model.score(lowerTail: 0)   // 4.23 = −log₁₀ of it
/// ```
public struct NegativeBinomialDistribution: Sendable, Hashable {
    public let mean: Double
    /// θ; `.infinity` for the Poisson distribution.
    public let shape: Double

    /// - Throws: ``StatisticsError`` unless `mean` is finite and ≥ 0 and `shape` is > 0 (`.infinity` allowed).
    public init(mean: Double, shape: Double) throws(StatisticsError) {
        guard mean.isFinite, mean >= 0 else { throw StatisticsError("a count distribution needs a finite, non-negative mean (mean=\(mean))") }
        guard shape > 0, !shape.isNaN else { throw StatisticsError("a negative-binomial shape must be positive or infinite (shape=\(shape))") }
        self.mean = mean
        self.shape = shape
    }

    /// Builds without checks; callers have validated `mean` ≥ 0 finite and `shape` > 0.
    init(unchecked mean: Double, shape: Double) {
        self.mean = mean
        self.shape = shape
    }

    /// μ + μ²/θ (μ for Poisson).
    public var variance: Double { shape.isInfinite ? mean : mean + mean * mean / shape }

    /// ln P(Y = k) for a whole `k` ≥ 0; −∞ for other `k`.
    ///
    /// NB: −ln(k + θ) − ln B(θ, k + 1) − θ·ln(1 + μ/θ) − k·ln(1 + θ/μ), which avoids the cancellation of
    /// ln Γ(k + θ) − ln Γ(k + 1) for large k. Poisson: k ln μ − μ − ln Γ(k + 1).
    public func logProbability(_ k: Double) -> Double {
        guard k >= 0, k == k.rounded(.down), k.isFinite else { return -.infinity }
        if mean == 0 { return k == 0 ? 0 : -.infinity }
        if shape.isInfinite { return k * Foundation.log(mean) - mean - SpecialFunctions.logGamma(k + 1) }
        if k == 0 { return -shape * Foundation.log1p(mean / shape) }
        return -Foundation.log(k + shape) - SpecialFunctions.logBeta(shape, k + 1)
            - shape * Foundation.log1p(mean / shape) - k * Foundation.log1p(shape / mean)
    }

    /// P(Y ≤ y): the evidence for a drop. `y` is rounded down; NaN for NaN.
    public func lowerTail(_ y: Double) -> Double { Foundation.exp(logLowerTail(y)) }

    /// P(Y ≥ y): the evidence for a spike. `y` is rounded up; NaN for NaN.
    public func upperTail(_ y: Double) -> Double { Foundation.exp(logUpperTail(y)) }

    /// −log₁₀ P(Y ≤ y), finite even where the probability underflows (y = 0 with μ = 10⁶).
    public func score(lowerTail y: Double) -> Double { -logLowerTail(y) / NegativeBinomialDistribution.ln10 }

    /// −log₁₀ P(Y ≥ y).
    public func score(upperTail y: Double) -> Double { -logUpperTail(y) / NegativeBinomialDistribution.ln10 }

    // Hand-written: GSL's incomplete beta (the usual route, I_p(θ, y + 1)) switches to an asymptotic
    // form accurate to ~1e-4 when θ > 10⁵ or y > 10⁵, and underflows where a score is still wanted.
    // So the tails are sums of the pmf from the observed count outwards, scaled by P(Y = y) and taken
    // in logs: each ratio P(k−1)/P(k) is exact, the terms shrink geometrically away from the bulk, and
    // the sum stops when the rest is provably below 1e-17 of it. In the bulk (more than
    // `termBudget` terms) the tail is large and GSL's incomplete beta / gamma is accurate enough.

    /// ln P(Y ≤ y).
    public func logLowerTail(_ y0: Double) -> Double {
        if y0.isNaN { return .nan }
        let y = y0.rounded(.down)
        if y < 0 { return -.infinity }
        if mean == 0 || y.isInfinite { return 0 }
        if y > mean { return Foundation.log1p(-Foundation.exp(logUpperTail(y + 1))) }
        if let relative = sumDown(from: y) { return logProbability(y) + Foundation.log(relative) }
        let p = shape.isInfinite
            ? SpecialFunctions.regularizedGammaQ(y + 1, mean)
            : SpecialFunctions.regularizedBeta(shape / (shape + mean), a: shape, b: y + 1)
        return Foundation.log(p)
    }

    /// ln P(Y ≥ y).
    public func logUpperTail(_ y0: Double) -> Double {
        if y0.isNaN { return .nan }
        let y = y0.rounded(.up)
        if y <= 0 { return 0 }
        if y.isInfinite || mean == 0 { return -.infinity }
        if y < mean { return Foundation.log1p(-Foundation.exp(logLowerTail(y - 1))) }
        if let relative = sumUp(from: y) { return logProbability(y) + Foundation.log(relative) }
        let p = shape.isInfinite
            ? SpecialFunctions.regularizedGammaP(y, mean)
            : SpecialFunctions.regularizedBeta(mean / (shape + mean), a: y, b: shape)
        return Foundation.log(p)
    }

    static let ln10 = 2.302585092994046

    /// Whether P(Y ≤ y) (`lower`) or P(Y ≥ y) is certainly at least `bound`, from at most `terms` terms
    /// of the pmf next to y: a partial sum is a lower bound of the tail. Cheap (one ln B and `terms`
    /// products); a scan uses it to skip exact tails of ordinary days.
    func tailCertainlyExceeds(_ bound: Double, at y0: Double, lower: Bool, terms: Int) -> Bool {
        let y = lower ? y0.rounded(.down) : y0.rounded(.up)
        if lower ? y < 0 : y <= 0 { return !lower }
        if mean == 0 { return lower }
        let poisson = shape.isInfinite
        let q = poisson ? 0 : mean / (shape + mean)
        let target = Foundation.log(bound) - logProbability(y)
        if target <= 0 { return true }
        let limit = Foundation.exp(target)
        var sum = 1.0, term = 1.0, k = y
        for _ in 0..<terms {
            if lower {
                if k <= 0 { break }
                term *= poisson ? k / mean : k * (shape + mean) / ((k - 1 + shape) * mean)
                k -= 1
            } else {
                term *= poisson ? mean / (k + 1) : (k + shape) / (k + 1) * q
                k += 1
            }
            sum += term
            if sum >= limit { return true }
        }
        return false
    }

    /// Beyond this many terms the tail is in the bulk and GSL takes over.
    static let termBudget = 4000

    /// Σ_{k ≤ y} P(k)/P(y), or nil past the budget. P(k−1)/P(k) = k(θ + μ)/((k − 1 + θ)μ) (Poisson: k/μ).
    /// For θ ≥ 1 (and Poisson) the ratios fall as k falls, so once r < 1 the rest is below term·r/(1 − r).
    private func sumDown(from y: Double) -> Double? {
        let poisson = shape.isInfinite
        let scale = poisson ? 1 / mean : (shape + mean) / mean
        let monotone = poisson || shape >= 1
        var sum = 1.0, term = 1.0, k = y, steps = 0
        while k > 0 {
            let r = poisson ? k * scale : k * scale / (k - 1 + shape)
            term *= r
            sum += term
            k -= 1
            steps += 1
            if monotone && r < 1 && term * r < sum * 1e-17 * (1 - r) { return sum }
            if steps >= NegativeBinomialDistribution.termBudget { return nil }
        }
        return sum
    }

    /// Σ_{k ≥ y} P(k)/P(y), or nil past the budget. P(k+1)/P(k) = (k + θ)/(k + 1) · μ/(θ + μ) (Poisson:
    /// μ/(k + 1)). The later ratios are below max(r, μ/(θ + μ)) for θ < 1, below r otherwise.
    private func sumUp(from y: Double) -> Double? {
        let poisson = shape.isInfinite
        let q = poisson ? 0 : mean / (shape + mean)
        var sum = 1.0, term = 1.0, k = y, steps = 0
        while true {
            let r = poisson ? mean / (k + 1) : (k + shape) / (k + 1) * q
            term *= r
            sum += term
            k += 1
            steps += 1
            let bound = poisson || shape >= 1 ? r : Swift.max(r, q)
            if bound < 1 && term * bound < sum * 1e-17 * (1 - bound) { return sum }
            if steps >= NegativeBinomialDistribution.termBudget { return nil }
        }
    }
}

/// How rare a tail must be to flag a day, stated as the false flags it allows.
///
/// A day is flagged when its tail probability is below `pValue`; under the model that happens on a
/// share `pValue` of days, so `falseFlagsPerThousandSeriesDays = 1000 · pValue` per direction judged
/// (drops only: that rate; drops and spikes: twice it). The default 0.1 per 1,000 series-days is
/// p < 10⁻⁴, score > 4: about 1,460 false flags a year over 40,000 series if every day were judged.
public struct DetectionThreshold: Sendable, Hashable, Codable {
    public let falseFlagsPerThousandSeriesDays: Double
    /// - Throws: ``StatisticsError`` unless the rate lies in (0, 1000).
    public init(falseFlagsPerThousandSeriesDays rate: Double) throws(StatisticsError) {
        guard rate > 0, rate < 1000 else {
            throw StatisticsError("a false-flag rate must lie strictly between 0 and 1000 per 1,000 series-days (rate=\(rate))")
        }
        falseFlagsPerThousandSeriesDays = rate
    }
    /// 0.1 false flags per 1,000 series-days: p < 10⁻⁴.
    public static let standard = DetectionThreshold(checked: 0.1)

    private init(checked rate: Double) { falseFlagsPerThousandSeriesDays = rate }
    /// The tail probability below which a day is flagged.
    public var pValue: Double { falseFlagsPerThousandSeriesDays / 1000 }
    /// −log₁₀ of ``pValue``.
    public var score: Double { -log10(pValue) }
}

/// A reading of a score = −log₁₀(tail probability) for people.
///
/// `none` below 3 (p > 10⁻³: one day in a thousand looks like this by chance); `minor` 3 to 5;
/// `major` 5 to 8; `critical` from 8 (p ≤ 10⁻⁸, e.g. a zero day where 30 are expected under Poisson
/// noise, or three such days under NB θ = 5). Flagging uses ``DetectionThreshold``, not these bands.
public enum AnomalySeverity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case none, minor, major, critical

    public init(score: Double) {
        switch score {
        case 8...: self = .critical
        case 5..<8: self = .major
        case 3..<5: self = .minor
        default: self = .none
        }
    }

    public static func < (lhs: AnomalySeverity, rhs: AnomalySeverity) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .none: 0
        case .minor: 1
        case .major: 2
        case .critical: 3
        }
    }
}
