import Foundation
import GSLSupport

/// The ratio of two Poisson rates (counts over exposures: applications over days), with its
/// interval and test: "online submissions on incident days 61% lower (95% CI 55–66%)".
///
/// With both counts positive: the Wald interval on the log scale, log(r̂) ± z·√(φ(1/x₁ + 1/x₂)), and
/// z = log(r̂)/√(φ(1/x₁ + 1/x₂)). At φ = 1 this is statsmodels' `confint_poisson_2indep` and
/// `test_poisson_2indep` with `method="wald-log"`. Daily counts vary more than a Poisson count does,
/// so φ (a quasi-Poisson dispersion, e.g. Pearson χ²/df of the days around their group means, never
/// below 1) widens the interval; pass 1 for the plain Poisson answer.
///
/// With a zero count there is no log: the exact conditional interval instead. Given n = x₁ + x₂,
/// x₁ ~ Binomial(n, π) with π = r·e₁/(r·e₁ + e₂); the Clopper–Pearson bounds of π map to r =
/// π/(1 − π)·e₂/e₁ (statsmodels' `method="exact-cond"`), in closed form when x₁ = 0 (upper bound
/// π = 1 − (α/2)^(1/n)) or x₂ = 0. The p-value is then the exact conditional binomial test.
public struct PoissonRateRatio: Sendable, Hashable, Codable {
    public enum Method: String, Sendable, Codable { case waldLog = "wald_log", exactConditional = "exact_conditional" }
    public let method: Method
    public let ratio: Double
    public let low: Double
    public let high: Double
    public let pValue: Double
    public let dispersion: Double

    /// - Throws: ``StatisticsError`` when an exposure is not positive, a count is negative, or both counts are 0.
    public init(count1 x1: Double, exposure1 e1: Double, count2 x2: Double, exposure2 e2: Double,
                dispersion: Double = 1, confidence: Double = 0.95) throws(StatisticsError) {
        guard e1 > 0, e2 > 0 else { throw StatisticsError("a rate ratio needs positive exposures (\(e1), \(e2))") }
        guard x1 >= 0, x2 >= 0, x1 + x2 > 0 else { throw StatisticsError("a rate ratio needs some counts (\(x1), \(x2))") }
        let phi = max(1, dispersion.isFinite ? dispersion : 1)
        let alpha = 1 - confidence
        let z: Double
        do { z = try Distributions.normalQuantile(1 - alpha / 2) } catch { throw StatisticsError("confidence must lie in (0, 1)") }
        self.dispersion = phi
        ratio = (x1 / e1) / (x2 / e2)
        if x1 > 0, x2 > 0 {
            method = .waldLog
            let se = (phi * (1 / x1 + 1 / x2)).squareRoot()
            low = exp(log(ratio) - z * se)
            high = exp(log(ratio) + z * se)
            pValue = min(1, 2 * Distributions.normalUpperTail(abs(log(ratio) / se)))
        } else {
            method = .exactConditional
            let n = x1 + x2
            let toRatio = { (p: Double) in p >= 1 ? Double.infinity : p / (1 - p) * e2 / e1 }
            if x1 == 0 {
                low = 0
                high = toRatio(1 - pow(alpha / 2, 1 / n))
            } else {
                low = toRatio(pow(alpha / 2, 1 / n))
                high = .infinity
            }
            pValue = try PoissonRateRatio.exactPValue(x1: Int64(x1), x2: Int64(x2), p: e1 / (e1 + e2))
        }
    }

    /// The two-sided exact binomial test of x₁ out of x₁ + x₂ at probability p (outcomes no more
    /// likely than the one observed, relative tolerance 1e-7), as `scipy.stats.binomtest`.
    static func exactPValue(x1: Int64, x2: Int64, p: Double) throws(StatisticsError) -> Double {
        let n = Int(x1 + x2), k = Int(x1)
        let logP = log(p), logQ = log1p(-p), lnN = SpecialFunctions.logGamma(Double(n) + 1)
        func logPMF(_ i: Int) -> Double {
            lnN - SpecialFunctions.logGamma(Double(i) + 1) - SpecialFunctions.logGamma(Double(n - i) + 1) + Double(i) * logP + Double(n - i) * logQ
        }
        let observed = logPMF(k) + log1p(1e-7)
        var total = 0.0
        for i in 0...n where logPMF(i) <= observed { total += exp(logPMF(i)) }
        return min(1, total)
    }
}
