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

    /// P(Z ≤ z) for a standard normal Z.
    public static func normalCDF(_ z: Double) -> Double {
        _ = GSL.ready
        return gsl_cdf_ugaussian_P(z)
    }

    /// The `p`-quantile of Student's t with `nu` degrees of freedom.
    public static func studentTQuantile(_ p: Double, degreesOfFreedom nu: Double) throws(GSLError) -> Double {
        _ = GSL.ready
        guard p > 0, p < 1, nu > 0 else { throw GSLError(status: nil, message: "t quantile needs 0 < p < 1 and nu > 0") }
        return try GSL.finite(gsl_cdf_tdist_Pinv(p, nu), "t quantile")
    }

    /// P(T > t) for Student's t with `nu` degrees of freedom.
    public static func studentTUpperTail(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        _ = GSL.ready
        return gsl_cdf_tdist_Q(t, nu)
    }

    /// P(X > x) for chi-squared with `nu` degrees of freedom.
    public static func chiSquaredUpperTail(_ x: Double, degreesOfFreedom nu: Double) -> Double {
        _ = GSL.ready
        return gsl_cdf_chisq_Q(x, nu)
    }

    /// P(X > x) for F(`d1`, `d2`).
    public static func fUpperTail(_ x: Double, d1: Double, d2: Double) -> Double {
        _ = GSL.ready
        return gsl_cdf_fdist_Q(x, d1, d2)
    }

    /// P(X ≤ k) for Poisson(`mu`).
    public static func poissonCDF(_ k: Int, mean mu: Double) -> Double {
        _ = GSL.ready
        guard k >= 0 else { return 0 }
        return gsl_cdf_poisson_P(UInt32(clamping: k), mu)
    }

    /// The natural log of the gamma function.
    public static func logGamma(_ x: Double) -> Double {
        _ = GSL.ready
        return gsl_sf_lngamma(x)
    }
}
