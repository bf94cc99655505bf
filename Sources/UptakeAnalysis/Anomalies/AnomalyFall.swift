import Foundation
import UptakeCore

extension FallTest {
    /// The fall test of an anomaly of counts: the count `x` over `days` working days against the
    /// count the scan's baseline expected over the same days, `expected`, whose day-to-day noise is
    /// negative-binomial with shape `shape` for the sum (`.infinity`: Poisson). It is the scan's own
    /// model read as a ``FallTest``, so an anomaly and its test cannot disagree on "did it fall".
    ///
    /// The estimate is the ratio x / expected; the 95% interval inverts the exact tails of
    /// NB(ρ·expected, shape) in ρ (Clopper–Pearson-style: `high` is the ρ at which P(X ≤ x) = 0.025,
    /// `low` the ρ at which P(X ≥ x) = 0.025, 0 when x = 0); p is two-sided, twice the smaller tail
    /// at ρ = 1. So the verdict is `fell` exactly when P(X ≤ x) < 0.025 under the baseline.
    /// The expectation is taken as known (its sampling noise is in `shape`, as the scan's
    /// predictive distribution puts it).
    ///
    /// A volume against another period (explain's question) is ``volume(count:days:baselineCount:baselineDays:dispersion:)``;
    /// this is a count against a model's expectation. Both read their verdict from the interval.
    ///
    /// ```swift
    /// FallTest.count(1, expected: 18, shape: 15, days: 1)?.verdict   // .fell (P(X ≤ 1) ≈ 7·10⁻⁵)
    /// ```
    ///
    /// - Returns: `nil` when `expected` or `days` is not positive, or `x` is negative or not finite.
    public static func count(_ x: Double, expected: Double, shape: Double, days: Int) -> FallTest? {
        guard expected > 0, expected.isFinite, days > 0, x >= 0, x.isFinite, shape > 0 else { return nil }
        func model(_ rho: Double) -> NegativeBinomialDistribution? { try? NegativeBinomialDistribution(mean: rho * expected, shape: shape) }
        let lowerAtOne = model(1)?.lowerTail(x) ?? .nan, upperAtOne = model(1)?.upperTail(x) ?? .nan
        let p = min(1, 2 * min(lowerAtOne, upperAtOne))
        // ln ρ where a monotone tail crosses 0.025, by bisection on [ln 10⁻⁹, ln 10⁹].
        func crossing(_ tail: (Double) -> Double, increasing: Bool) -> Double {
            var a = log(1e-9), b = log(1e9)
            for _ in 0..<80 {
                let m = (a + b) / 2
                let v = tail(exp(m))
                if (v < 0.025) == increasing { a = m } else { b = m }
            }
            return exp((a + b) / 2)
        }
        // P(X ≤ x) falls as ρ grows; P(X ≥ x) rises.
        let high = crossing({ model($0)?.lowerTail(x) ?? 0 }, increasing: false)
        let low = x == 0 ? 0 : crossing({ model($0)?.upperTail(x) ?? 1 }, increasing: true)
        let d = Double(days)
        return FallTest(scale: .ratio, observed: x / d, expected: expected / d, estimate: x / expected, low: low, high: high, pValue: p)
    }
}

extension SeriesEvent {
    /// Whether the event's fall test reads its direction: a drop that fell, a spike that rose. An
    /// event without a test (the peers' methods) is kept as its method found it.
    var agreesWithItsTest: Bool {
        guard let fall else { return true }
        return fall.verdict == (direction == .down ? .fell : .rose)
    }
}

/// The shape of a sum of independent negative-binomial days: with Σμ and Σμ²/θ, the sum's variance
/// is Σμ + Σμ²/θ, matched by NB(Σμ, (Σμ)²/Σμ²/θ) (`.infinity` when every day is Poisson).
func summedShape(expected: Double, extraVariance: Double) -> Double {
    extraVariance > 0 ? expected * expected / extraVariance : .infinity
}
