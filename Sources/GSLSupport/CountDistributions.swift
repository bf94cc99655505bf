import CGSL

/// Special functions and weighted least squares for UptakeCore's count models, from GSL's `gsl_sf_*`,
/// `gsl_cdf_*` and `gsl_multifit_wlinear`.
///
/// The special functions return `NaN` instead of throwing when GSL reports a domain error: they run
/// inside per-day loops, where the caller has validated its arguments and checks the result.
public enum SpecialFunctions {
    /// ln B(a, b) for a, b > 0 (`gsl_sf_lnbeta_e`; accurate for large arguments, where
    /// lnΓ(a) + lnΓ(b) − lnΓ(a + b) would cancel).
    public static func logBeta(_ a: Double, _ b: Double) -> Double {
        _ = GSL.ready
        var result = gsl_sf_result(val: 0, err: 0)
        return gsl_sf_lnbeta_e(a, b, &result) == GSL_SUCCESS ? result.val : .nan
    }

    /// ln Γ(x) for x > 0 (`gsl_sf_lngamma_e`).
    public static func logGamma(_ x: Double) -> Double {
        _ = GSL.ready
        var result = gsl_sf_result(val: 0, err: 0)
        return gsl_sf_lngamma_e(x, &result) == GSL_SUCCESS ? result.val : .nan
    }

    /// The digamma function ψ(x) = d ln Γ(x)/dx (`gsl_sf_psi_e`).
    public static func digamma(_ x: Double) -> Double {
        _ = GSL.ready
        var result = gsl_sf_result(val: 0, err: 0)
        return gsl_sf_psi_e(x, &result) == GSL_SUCCESS ? result.val : .nan
    }

    /// The regularized incomplete beta function Iₓ(a, b) (`gsl_cdf_beta_P`). GSL switches to the
    /// asymptotic form AS 26.5.17 when one shape exceeds 10⁵ and the other is below 10; that form is
    /// accurate to about 10⁻⁴ relative only, so callers needing tails prefer their own sums there.
    public static func regularizedBeta(_ x: Double, a: Double, b: Double) -> Double {
        _ = GSL.ready
        return gsl_cdf_beta_P(x, a, b)
    }

    /// The regularized lower incomplete gamma function P(a, x) (`gsl_sf_gamma_inc_P_e`), a > 0, x ≥ 0.
    public static func regularizedGammaP(_ a: Double, _ x: Double) -> Double {
        _ = GSL.ready
        var result = gsl_sf_result(val: 0, err: 0)
        return gsl_sf_gamma_inc_P_e(a, x, &result) == GSL_SUCCESS ? result.val : .nan
    }

    /// The regularized upper incomplete gamma function Q(a, x) = 1 − P(a, x) (`gsl_sf_gamma_inc_Q_e`),
    /// computed directly so that small values keep their relative accuracy.
    public static func regularizedGammaQ(_ a: Double, _ x: Double) -> Double {
        _ = GSL.ready
        var result = gsl_sf_result(val: 0, err: 0)
        return gsl_sf_gamma_inc_Q_e(a, x, &result) == GSL_SUCCESS ? result.val : .nan
    }
}

/// The result of a weighted linear least-squares fit.
public struct WeightedLeastSquaresFit: Sendable, Hashable {
    /// β̂ minimizing Σ wᵢ (yᵢ − xᵢᵀβ)².
    public let coefficients: [Double]
    /// (XᵀWX)⁻¹, row-major, `columns × columns`.
    public let covariance: [Double]
    /// Σ wᵢ (yᵢ − xᵢᵀβ̂)².
    public let weightedResidualSumOfSquares: Double
}

/// Weighted linear least squares through `gsl_multifit_wlinear` (SVD of the weighted design, so a
/// nearly collinear design does not fail silently).
public enum WeightedLeastSquares {
    /// Fits `y ≈ Xβ` with weights `w` (all positive). `design` is row-major, `rows × columns`.
    /// - Throws: ``GSLError`` when the shapes disagree, there are fewer rows than columns, a weight
    ///   is not positive and finite, the design has rank below `columns`, or GSL fails.
    public static func fit(design: [Double], rows: Int, columns: Int, response: [Double], weights: [Double]) throws(GSLError) -> WeightedLeastSquaresFit {
        _ = GSL.ready
        guard columns > 0, rows >= columns, design.count == rows * columns, response.count == rows, weights.count == rows else {
            throw GSLError(status: nil, message: "weighted least squares needs a \(rows)×\(columns) design with at least as many rows as columns and one response and weight per row")
        }
        guard weights.allSatisfy({ $0 > 0 && $0.isFinite }), response.allSatisfy(\.isFinite), design.allSatisfy(\.isFinite) else {
            throw GSLError(status: nil, message: "weighted least squares needs finite values and positive finite weights")
        }
        guard let x = gsl_matrix_alloc(rows, columns), let y = gsl_vector_alloc(rows), let w = gsl_vector_alloc(rows),
              let c = gsl_vector_alloc(columns), let cov = gsl_matrix_alloc(columns, columns),
              let work = gsl_multifit_linear_alloc(rows, columns) else {
            throw GSLError(status: nil, message: "weighted least squares: out of memory")
        }
        defer {
            gsl_matrix_free(x); gsl_vector_free(y); gsl_vector_free(w); gsl_vector_free(c); gsl_matrix_free(cov)
            gsl_multifit_linear_free(work)
        }
        for i in 0..<rows {
            gsl_vector_set(y, i, response[i])
            gsl_vector_set(w, i, weights[i])
            for j in 0..<columns { gsl_matrix_set(x, i, j, design[i * columns + j]) }
        }
        var chisq = 0.0
        var rank = 0
        // tol 1e-12: singular values below 1e-12 × the largest are dropped; a drop means a rank-deficient design.
        try GSL.check(gsl_multifit_wlinear_tsvd(x, w, y, 1e-12, c, cov, &chisq, &rank, work), "weighted least squares")
        guard rank == columns else {
            throw GSLError(status: nil, message: "weighted least squares: the design has rank \(rank) below its \(columns) columns")
        }
        let coefficients = (0..<columns).map { gsl_vector_get(c, $0) }
        var covariance = [Double](repeating: 0, count: columns * columns)
        for i in 0..<columns { for j in 0..<columns { covariance[i * columns + j] = gsl_matrix_get(cov, i, j) } }
        guard coefficients.allSatisfy(\.isFinite), chisq.isFinite else {
            throw GSLError(status: nil, message: "weighted least squares gave a non-finite result")
        }
        return WeightedLeastSquaresFit(coefficients: coefficients, covariance: covariance, weightedResidualSumOfSquares: chisq)
    }
}
