import CGSL

extension Distributions {
    /// The `p`-quantile of Student's t distribution with `degreesOfFreedom` degrees of freedom
    /// (`gsl_cdf_tdist_Pinv`). Used for the critical values of the generalized ESD test.
    /// - Throws: ``GSLError`` unless `0 < p < 1` and `degreesOfFreedom > 0` is finite.
    public static func studentTQuantile(_ p: Double, degreesOfFreedom: Double) throws(GSLError) -> Double {
        _ = GSL.ready
        guard p > 0, p < 1, degreesOfFreedom > 0, degreesOfFreedom.isFinite else {
            throw GSLError(status: nil, message: "t quantile needs 0 < p < 1 and positive degrees of freedom (p=\(p), df=\(degreesOfFreedom))")
        }
        return try GSL.finite(gsl_cdf_tdist_Pinv(p, degreesOfFreedom), "t quantile")
    }
}

extension Distributions {
    /// P(T > t) for Student's t with `degreesOfFreedom` degrees of freedom (`gsl_cdf_tdist_Q`):
    /// the p-values of a regression's coefficients.
    public static func studentTUpperTail(_ t: Double, degreesOfFreedom: Double) -> Double {
        _ = GSL.ready
        return gsl_cdf_tdist_Q(t, degreesOfFreedom)
    }
}
