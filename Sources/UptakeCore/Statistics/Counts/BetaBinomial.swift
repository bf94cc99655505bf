import Foundation
import GSLSupport

/// The beta-binomial distribution: X | p ~ Binomial(n, p), p ~ Beta(α, β). Mean nα/(α + β),
/// variance nπ(1 − π)(1 + (n − 1)ρ) with π = α/(α + β) and ρ = 1/(α + β + 1). `α = β = .infinity`
/// with ``share`` set is the binomial limit (ρ = 0). SciPy's `betabinom(n, a, b)`.
public struct BetaBinomialDistribution: Sendable, Hashable {
    public let trials: Int64
    public let alpha: Double
    public let beta: Double
    /// π = α/(α + β); the binomial probability in the limit.
    public let share: Double

    /// - Throws: ``StatisticsError`` unless `trials` ≥ 0 and both shapes are positive and finite.
    public init(trials: Int64, alpha: Double, beta: Double) throws(StatisticsError) {
        guard trials >= 0 else { throw StatisticsError("a beta-binomial needs a non-negative number of trials (n=\(trials))") }
        guard alpha > 0, beta > 0, alpha.isFinite, beta.isFinite else {
            throw StatisticsError("beta-binomial shapes must be positive and finite (α=\(alpha), β=\(beta))")
        }
        self.trials = trials; self.alpha = alpha; self.beta = beta; self.share = alpha / (alpha + beta)
    }

    /// The binomial limit Binomial(`trials`, `share`).
    /// - Throws: ``StatisticsError`` unless `trials` ≥ 0 and 0 ≤ `share` ≤ 1.
    public init(binomialTrials trials: Int64, share: Double) throws(StatisticsError) {
        guard trials >= 0 else { throw StatisticsError("a binomial needs a non-negative number of trials (n=\(trials))") }
        guard share >= 0, share <= 1 else { throw StatisticsError("a binomial probability must lie in [0, 1] (p=\(share))") }
        self.trials = trials; self.alpha = .infinity; self.beta = .infinity; self.share = share
    }

    public var isBinomial: Bool { alpha.isInfinite }

    /// ln P(X = k); −∞ outside 0…n.
    /// Beta-binomial: −ln(n + 1) − ln B(k + 1, n − k + 1) + ln B(k + α, n − k + β) − ln B(α, β).
    public func logProbability(_ k: Int64) -> Double {
        guard k >= 0, k <= trials else { return -.infinity }
        let n = Double(trials), kd = Double(k)
        let choose = -Foundation.log(n + 1) - SpecialFunctions.logBeta(kd + 1, n - kd + 1)
        if isBinomial {
            if share == 0 { return k == 0 ? 0 : -.infinity }
            if share == 1 { return k == trials ? 0 : -.infinity }
            return choose + kd * Foundation.log(share) + (n - kd) * Foundation.log1p(-share)
        }
        return choose + SpecialFunctions.logBeta(kd + alpha, n - kd + beta) - SpecialFunctions.logBeta(alpha, beta)
    }

    /// P(X ≤ x): the evidence that a day's share collapsed.
    ///
    /// Hand-written (GSL has no beta-binomial): the pmf summed from x down to 0 by the exact ratio
    /// P(k−1)/P(k) = k(n − k + β)/((n − k + 1)(k − 1 + α)) (binomial: k(1 − π)/((n − k + 1)π)), scaled by
    /// P(X = x). For a log-concave pmf (α, β ≥ 1, or binomial) the ratios fall as k falls and the sum
    /// stops once the rest is below 1e-17 of it; otherwise every term is added.
    public func lowerTail(_ x: Int64) -> Double {
        if x < 0 { return 0 }
        if x >= trials { return 1 }
        if isBinomial && share == 0 { return 1 }
        if isBinomial && share == 1 { return 0 }
        let n = Double(trials)
        let logConcave = isBinomial || (alpha >= 1 && beta >= 1)
        var sum = 1.0, term = 1.0, k = Double(x)
        while k > 0 {
            let r = isBinomial
                ? k * (1 - share) / ((n - k + 1) * share)
                : k * (n - k + beta) / ((n - k + 1) * (k - 1 + alpha))
            term *= r
            sum += term
            k -= 1
            if logConcave && r < 1 && term * r < sum * 1e-17 * (1 - r) { break }
        }
        return Swift.min(1, Foundation.exp(logProbability(x) + Foundation.log(sum)))
    }
}

/// A unit's usual online share, fitted as a beta-binomial to its baseline days, and the test of a
/// new day against it.
///
/// The fit is the moment estimator with weights nᵢ (Kleinman 1973, J. Am. Stat. Assoc. 68:46): with
/// π̂ = Σxᵢ/N, N = Σnᵢ over the k baseline days with nᵢ > 0 and S = Σnᵢ(xᵢ/nᵢ − π̂)²,
/// E S = π(1 − π)[(k − 1) + ρ(N − Σnᵢ²/N − (k − 1))], so
/// ρ̂ = (S/(π̂(1 − π̂)) − (k − 1)) / (N − Σnᵢ²/N − (k − 1)), and α + β = 1/ρ̂ − 1, α = π̂(α + β).
/// ρ̂ ≤ 0 (no more spread than binomial), or a denominator ≤ 0 (every nᵢ = 1: spread unidentifiable),
/// gives the binomial limit. When every baseline share is 0 or every one is 1, π̂ would make any
/// other share impossible; the Jeffreys-smoothed π̃ = (Σx + ½)/(N + 1) with ρ = 0 is used instead.
/// ρ̂ is capped at 0.99 (α + β ≥ 1/99).
public struct ShareBaseline: Sendable, Hashable {
    /// π̂ (or π̃ for an all-0 or all-1 baseline).
    public let share: Double
    /// ρ̂ = 1/(α + β + 1); 0 for the binomial limit.
    public let intraclassCorrelation: Double
    /// Baseline days with trials.
    public let days: Int
    public let trials: Double

    /// α and β of the fitted beta, `.infinity` in the binomial limit.
    public var alpha: Double { intraclassCorrelation > 0 ? share * (1 / intraclassCorrelation - 1) : .infinity }
    public var beta: Double { intraclassCorrelation > 0 ? (1 - share) * (1 / intraclassCorrelation - 1) : .infinity }

    /// Fits the baseline from days of `successes` (online) out of `trials` (received). Days with
    /// NaN in either, or no trials, are skipped.
    /// - Throws: ``StatisticsError`` when lengths differ, a day has successes outside 0…trials, or
    ///   fewer than 2 days have trials.
    public static func fit(successes: [Double], trials: [Double]) throws(StatisticsError) -> ShareBaseline {
        guard successes.count == trials.count else {
            throw StatisticsError("successes and trials differ in length (\(successes.count) and \(trials.count))")
        }
        var k = 0, total = 0.0, hits = 0.0, squares = 0.0
        for (x, n) in zip(successes, trials) where !x.isNaN && !n.isNaN && n > 0 {
            guard x >= 0, x <= n, x == x.rounded(), n == n.rounded(), n.isFinite else {
                throw StatisticsError("each day's successes must be a whole number between 0 and its trials (\(x) of \(n))")
            }
            k += 1; total += n; hits += x; squares += n * n
        }
        guard k >= 2 else { throw StatisticsError("a share baseline needs at least 2 days with applications (got \(k))") }
        let pi = hits / total
        if hits == 0 || hits == total {
            return ShareBaseline(share: (hits + 0.5) / (total + 1), intraclassCorrelation: 0, days: k, trials: total)
        }
        var spread = 0.0
        for (x, n) in zip(successes, trials) where !x.isNaN && !n.isNaN && n > 0 {
            let d = x / n - pi
            spread += n * d * d
        }
        let denominator = total - squares / total - Double(k - 1)
        var rho = denominator > 0 ? (spread / (pi * (1 - pi)) - Double(k - 1)) / denominator : 0
        rho = Swift.min(0.99, Swift.max(0, rho))
        return ShareBaseline(share: pi, intraclassCorrelation: rho, days: k, trials: total)
    }

    /// The distribution of a day's successes out of `trials` under this baseline.
    public func distribution(trials n: Int64) throws(StatisticsError) -> BetaBinomialDistribution {
        intraclassCorrelation > 0
            ? try BetaBinomialDistribution(trials: n, alpha: alpha, beta: beta)
            : try BetaBinomialDistribution(binomialTrials: n, share: share)
    }

    /// Tests a day's `successes` of `trials` for a collapse of the share: P(X ≤ x). Returns nil when
    /// `trials` is 0: there is nothing to judge.
    /// - Throws: ``StatisticsError`` unless 0 ≤ successes ≤ trials.
    public func collapse(successes x: Int64, trials n: Int64) throws(StatisticsError) -> ShareCollapse? {
        guard x >= 0, x <= n else { throw StatisticsError("successes must lie between 0 and the trials (\(x) of \(n))") }
        guard n > 0 else { return nil }
        let p = try distribution(trials: n).lowerTail(x)
        return ShareCollapse(observedShare: Double(x) / Double(n), expectedShare: share, pValue: p)
    }
}

/// A day's online share against its baseline.
public struct ShareCollapse: Sendable, Hashable, Codable {
    public let observedShare: Double
    public let expectedShare: Double
    /// P(X ≤ x) under the baseline's beta-binomial.
    public let pValue: Double
    /// −log₁₀ ``pValue``.
    public var score: Double { -log10(pValue) }
    public func isFlagged(at threshold: DetectionThreshold = .standard) -> Bool { pValue < threshold.pValue }
}
