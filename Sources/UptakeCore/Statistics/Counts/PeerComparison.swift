import Foundation
import GSLSupport

/// One unit's successes (e.g. applications received online) out of trials (applications received).
public struct UnitCount: Sendable, Hashable, Codable {
    public let successes: Int64
    public let trials: Int64
    public init(successes: Int64, trials: Int64) {
        self.successes = successes
        self.trials = trials
    }
}

/// Funnel-plot comparison of units' rates with a target (Spiegelhalter 2005, "Funnel plots for
/// comparing institutional performance", Stat Med 24:1185), with the additive random-effects
/// allowance for overdispersion of Spiegelhalter 2005, "Handling over-dispersion of performance
/// indicators", Qual Saf Health Care 14:347.
///
/// For unit i with yᵢ = xᵢ/nᵢ and target θ₀: sᵢ² = θ₀(1 − θ₀)/nᵢ, zᵢ = (yᵢ − θ₀)/sᵢ. The z-scores are
/// winsorised at their 10th and 90th percentiles (linear interpolation, NumPy's default), and
/// φ̂ = Σ z²_W / I. When Iφ̂ > I − 1 the between-unit variance is
/// τ̂² = (Iφ̂ − (I − 1)) / (Σwᵢ − Σwᵢ²/Σwᵢ), wᵢ = 1/sᵢ² (a DerSimonian–Laird moment estimate on the
/// winsorised scores), otherwise τ̂² = 0. Adjusted scores are zᵢᴰ = (yᵢ − θ₀)/√(sᵢ² + τ̂²) and the
/// limits at trials n are θ₀ ± z_{(1+c)/2} √(θ₀(1 − θ₀)/n + τ̂²), clipped to [0, 1]: the normal
/// approximation (the paper's exact binomial limits differ at small n). We chose the additive model
/// over the multiplicative φ: with thousands of communes, a multiplicative φ widens the limits of
/// large units too little and those of small units too much.
///
/// Units without trials are dropped (``units`` keeps their order with NaN scores).
public struct FunnelComparison: Sendable, Hashable {
    public let target: Double
    /// φ̂ from the winsorised z-scores.
    public let overdispersion: Double
    /// τ̂²; 0 when φ̂ shows no overdispersion or when the adjustment is off.
    public let betweenUnitVariance: Double
    public let units: [FunnelUnit]

    /// - Parameters:
    ///   - winsorizing: the share cut at each end before φ̂ (0.1).
    ///   - adjustForOverdispersion: use τ̂² in the scores and limits (true).
    /// - Throws: ``StatisticsError`` unless 0 < target < 1, 0 ≤ winsorizing < 0.5, every unit has
    ///   0 ≤ successes ≤ trials, and at least 2 units have trials.
    public static func compare(_ units: [UnitCount], target: Double, winsorizing: Double = 0.1,
                               adjustForOverdispersion: Bool = true) throws(StatisticsError) -> FunnelComparison {
        guard target > 0, target < 1 else { throw StatisticsError("a funnel plot needs a target rate strictly between 0 and 1 (target=\(target))") }
        guard winsorizing >= 0, winsorizing < 0.5 else { throw StatisticsError("the winsorised share must lie in [0, 0.5) (winsorizing=\(winsorizing))") }
        if let bad = units.first(where: { $0.successes < 0 || $0.successes > $0.trials }) {
            throw StatisticsError("successes must lie between 0 and the trials (\(bad.successes) of \(bad.trials))")
        }
        let counted = units.filter { $0.trials > 0 }
        guard counted.count >= 2 else { throw StatisticsError("a funnel plot needs at least 2 units with trials (got \(counted.count))") }
        let v0 = target * (1 - target)
        let z = counted.map { (Double($0.successes) / Double($0.trials) - target) / (v0 / Double($0.trials)).squareRoot() }
        let low: Double, high: Double
        do {
            low = try Quantiles.quantile(z, winsorizing)
            high = try Quantiles.quantile(z, 1 - winsorizing)
        } catch {
            throw StatisticsError("winsorising the z-scores failed: \(error.message)")
        }
        let count = Double(counted.count)
        let phi = z.reduce(0) { let w = Swift.min(high, Swift.max(low, $1)); return $0 + w * w } / count
        var tau2 = 0.0
        if adjustForOverdispersion && count * phi > count - 1 {
            let weights = counted.map { Double($0.trials) / v0 }
            let sum = weights.reduce(0, +), squares = weights.reduce(0) { $0 + $1 * $1 }
            tau2 = (count * phi - (count - 1)) / (sum - squares / sum)
        }
        let result = units.map { unit -> FunnelUnit in
            guard unit.trials > 0 else { return FunnelUnit(rate: .nan, z: .nan, adjustedZ: .nan, pBelow: .nan) }
            let rate = Double(unit.successes) / Double(unit.trials), s2 = v0 / Double(unit.trials)
            let adjusted = (rate - target) / (s2 + tau2).squareRoot()
            return FunnelUnit(rate: rate, z: (rate - target) / s2.squareRoot(), adjustedZ: adjusted,
                              pBelow: Distributions.normalUpperTail(-adjusted))
        }
        return FunnelComparison(target: target, overdispersion: phi, betweenUnitVariance: tau2, units: result)
    }

    /// The funnel's limits at `trials` for two-sided `coverage` (0.95, 0.998).
    /// - Throws: ``StatisticsError`` unless trials > 0 and 0 < coverage < 1.
    public func limits(trials: Double, coverage: Double) throws(StatisticsError) -> ClosedRange<Double> {
        guard trials > 0, coverage > 0, coverage < 1 else {
            throw StatisticsError("funnel limits need trials > 0 and a coverage strictly between 0 and 1 (trials=\(trials), coverage=\(coverage))")
        }
        let z: Double
        do { z = try Distributions.normalQuantile((1 + coverage) / 2) } catch { throw StatisticsError(error.message) }
        let half = z * (target * (1 - target) / trials + betweenUnitVariance).squareRoot()
        return Swift.max(0, target - half)...Swift.min(1, target + half)
    }
}

/// A unit on a funnel plot.
public struct FunnelUnit: Sendable, Hashable, Codable {
    /// xᵢ/nᵢ; NaN without trials.
    public let rate: Double
    /// (yᵢ − θ₀)/sᵢ, no overdispersion allowance.
    public let z: Double
    /// zᵢᴰ = (yᵢ − θ₀)/√(sᵢ² + τ̂²).
    public let adjustedZ: Double
    /// One-sided P(Z ≤ zᵢᴰ): the evidence that the unit lags the target.
    public let pBelow: Double
}

/// Empirical-Bayes beta-binomial shrinkage of units' rates (e.g. Efron & Morris 1975; the beta prior
/// across units fitted by the n-weighted moment estimator of ``ShareBaseline``).
///
/// With the prior Beta(α, β) fitted to all units with trials, unit i's posterior is
/// Beta(α + xᵢ, β + nᵢ − xᵢ): the shrunk rate (α + xᵢ)/(α + β + nᵢ) and an equal-tailed interval from
/// GSL's beta quantiles. A commune with 9 applications moves most of the way to the prior mean; a
/// unit with thousands keeps its own rate. When the units show no more spread than binomial (ρ̂ = 0)
/// every rate shrinks to the pooled rate and the interval collapses to it.
public struct RateShrinkage: Sendable, Hashable {
    public let prior: ShareBaseline
    public let units: [ShrunkRate]

    /// - Throws: ``StatisticsError`` unless 0 < confidence < 1 and at least 2 units have trials.
    public static func shrink(_ units: [UnitCount], confidence: Double = 0.95) throws(StatisticsError) -> RateShrinkage {
        guard confidence > 0, confidence < 1 else { throw StatisticsError("confidence must lie strictly between 0 and 1 (confidence=\(confidence))") }
        let prior = try ShareBaseline.fit(successes: units.map { Double($0.successes) }, trials: units.map { Double($0.trials) })
        let tail = (1 - confidence) / 2
        var shrunk: [ShrunkRate] = []
        shrunk.reserveCapacity(units.count)
        for unit in units {
            guard prior.intraclassCorrelation > 0 else {
                shrunk.append(ShrunkRate(rate: prior.share, low: prior.share, high: prior.share))
                continue
            }
            let a = prior.alpha + Double(unit.successes), b = prior.beta + Double(unit.trials - unit.successes)
            do {
                shrunk.append(ShrunkRate(rate: a / (a + b), low: try Distributions.betaQuantile(tail, a: a, b: b),
                                         high: try Distributions.betaQuantile(1 - tail, a: a, b: b)))
            } catch {
                // GSL's beta quantile gives up for shapes in the hundreds of thousands (a province's
                // volume); the posterior is then as normal as it gets: mean ± z·sd.
                let mean = a / (a + b), sd = (a * b / ((a + b) * (a + b) * (a + b + 1))).squareRoot()
                guard let z = try? Distributions.normalQuantile(1 - tail), sd.isFinite else {
                    throw StatisticsError("the posterior interval failed: \(error.message)")
                }
                shrunk.append(ShrunkRate(rate: mean, low: max(0, mean - z * sd), high: min(1, mean + z * sd)))
            }
        }
        return RateShrinkage(prior: prior, units: shrunk)
    }
}

/// A unit's posterior mean rate and interval.
public struct ShrunkRate: Sendable, Hashable, Codable {
    public let rate: Double
    public let low: Double
    public let high: Double
}
