import CGSL

/// Quantiles and tail probabilities of the distributions Uptake's statistics need, from GSL's `gsl_cdf_*`.
public enum Distributions {
    /// The `p`-quantile of Beta(`a`, `b`). Used by the Jeffreys interval.
    /// - Precondition: `0 < p < 1`, `a > 0`, `b > 0`.
    public static func betaQuantile(_ p: Double, a: Double, b: Double) throws(GSLError) -> Double {
        _ = GSL.ready
        guard p > 0, p < 1, a > 0, b > 0, a.isFinite, b.isFinite else {
            throw GSLError(status: nil, message: "beta quantile needs 0 < p < 1 and positive shapes (p=\(p), a=\(a), b=\(b))")
        }
        return try GSL.finite(gsl_cdf_beta_Pinv(p, a, b), "beta quantile")
    }

    /// The `p`-quantile of the standard normal distribution.
    public static func normalQuantile(_ p: Double) throws(GSLError) -> Double {
        _ = GSL.ready
        guard p > 0, p < 1 else { throw GSLError(status: nil, message: "normal quantile needs 0 < p < 1 (p=\(p))") }
        return try GSL.finite(gsl_cdf_ugaussian_Pinv(p), "normal quantile")
    }

    /// P(Z > z) for a standard normal Z, accurate far into the tail.
    public static func normalUpperTail(_ z: Double) -> Double {
        _ = GSL.ready
        return gsl_cdf_ugaussian_Q(z)
    }
}
