import GSLSupport

/// A two-sided confidence interval for a binomial proportion.
public struct ProportionInterval: Hashable, Sendable, Codable {
    public var low: Double
    public var high: Double
}

/// The interval methods Uptake offers for rates.
public enum IntervalMethod: String, Codable, Sendable, CaseIterable {
    /// Wilson's score interval (Wilson 1927), statsmodels' `proportion_confint(method="wilson")`.
    case wilson
    /// The Jeffreys interval: equal-tailed quantiles of Beta(x + ½, n − x + ½), with the bound set to
    /// 0 when x = 0 and to 1 when x = n (Brown, Cai & DasGupta 2001, §4.1.2). Elsewhere the same as
    /// statsmodels' `proportion_confint(method="jeffreys")`, which does not make that boundary adjustment.
    case jeffreys

    /// The interval for `successes` out of `trials` at `confidence` (e.g. 0.95).
    /// Returns `nil` when `trials` is 0: there is no data, and no interval.
    /// - Precondition: `0 ≤ successes ≤ trials`, `0 < confidence < 1`.
    public func interval(successes x: Int64, trials n: Int64, confidence: Double = 0.95) throws(GSLError) -> ProportionInterval? {
        precondition(x >= 0 && x <= n, "successes must lie in 0...trials")
        precondition(confidence > 0 && confidence < 1, "confidence must lie in (0, 1)")
        guard n > 0 else { return nil }
        let alpha = 1 - confidence
        switch self {
        case .wilson:
            let z = try Distributions.normalQuantile(1 - alpha / 2)
            let nd = Double(n), p = Double(x) / nd, z2 = z * z
            let denominator = 1 + z2 / nd
            let centre = (p + z2 / (2 * nd)) / denominator
            let half = z * (p * (1 - p) / nd + z2 / (4 * nd * nd)).squareRoot() / denominator
            return ProportionInterval(low: max(0, centre - half), high: min(1, centre + half))
        case .jeffreys:
            let a = Double(x) + 0.5, b = Double(n - x) + 0.5
            let low = x == 0 ? 0 : try Self.betaQuantile(alpha / 2, a: a, b: b)
            let high = x == n ? 1 : try Self.betaQuantile(1 - alpha / 2, a: a, b: b)
            return ProportionInterval(low: low, high: high)
        }
    }

    /// GSL's beta quantile, or where it gives up (shapes in the hundreds of thousands: a province's
    /// volume over a quarter) the root of GSL's regularized incomplete beta I_x(a, b) = p by
    /// bisection around the normal approximation, to 1e-13. Hand-written: no library here inverts
    /// the beta distribution at such shapes. Checked against SciPy's `beta.ppf` in
    /// `ProportionIntervalTests` (fixture `jeffreys_large_n.json`).
    static func betaQuantile(_ p: Double, a: Double, b: Double) throws(GSLError) -> Double {
        if let q = try? Distributions.betaQuantile(p, a: a, b: b) { return q }
        let mean = a / (a + b), sd = (a * b / ((a + b) * (a + b) * (a + b + 1))).squareRoot()
        var low = max(0, mean - 40 * sd), high = min(1, mean + 40 * sd)
        guard SpecialFunctions.regularizedBeta(low, a: a, b: b) <= p, SpecialFunctions.regularizedBeta(high, a: a, b: b) >= p else {
            throw GSLError(status: nil, message: "beta quantile not found (p=\(p), a=\(a), b=\(b))")
        }
        while high - low > 1e-13 * max(mean, 1e-300) {
            let mid = (low + high) / 2
            let value = SpecialFunctions.regularizedBeta(mid, a: a, b: b)
            guard value.isFinite else { throw GSLError(status: nil, message: "incomplete beta not finite (x=\(mid), a=\(a), b=\(b))") }
            if value < p { low = mid } else { high = mid }
        }
        return (low + high) / 2
    }
}
