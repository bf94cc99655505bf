import Foundation
import GSLSupport

extension NegativeBinomialDistribution {
    /// The p-quantile: the smallest whole k with P(Y ≤ k) ≥ p, for 0 < p < 1.
    ///
    /// Started at the Cornish–Fisher approximation μ + σ(z + (z² − 1)γ/6) (γ the skewness,
    /// (μ + 3μ²/θ + 2μ³/θ²)/σ³), which is within a unit or two of the answer for the forecast's
    /// means, then stepped by exact tails (``logLowerTail(_:)``); bisection when the start is far off.
    /// SciPy's `nbinom.ppf(p, θ, θ/(θ + μ))` (`poisson.ppf` when θ is infinite).
    public func quantile(_ p: Double) -> Double {
        precondition(p > 0 && p < 1, "a quantile's probability lies strictly between 0 and 1")
        if mean == 0 { return 0 }
        let variance = self.variance, sd = variance.squareRoot()
        let third = shape.isInfinite ? mean : mean + 3 * mean * mean / shape + 2 * mean * mean * mean / (shape * shape)
        let skew = third / (variance * sd)
        // p is in (0, 1): GSL cannot refuse it.
        let z = (try? Distributions.normalQuantile(p)) ?? 0
        let logP = Foundation.log(p)
        func below(_ k: Double) -> Bool { k < 0 || logLowerTail(k) < logP }
        var k = Swift.max(0, (mean + sd * (z + (z * z - 1) * skew / 6)).rounded(.down))
        for _ in 0..<8 {
            if below(k) { k += 1; continue }
            if k == 0 || below(k - 1) { return k }
            k -= 1
        }
        // Far from the start: bisect between low (below) and high (not below).
        var low = -1.0, high = Swift.max(1, k)
        while below(high) { high += 2 * Swift.max(sd, 1) }
        while high - low > 1 {
            let middle = ((low + high) / 2).rounded(.down)
            if below(middle) { low = middle } else { high = middle }
        }
        return high
    }
}
