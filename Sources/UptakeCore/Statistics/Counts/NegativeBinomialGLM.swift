import Foundation
import GSLSupport

/// A negative-binomial (NB2) GLM with log link on any design: log μ = Xβ, Var(y) = μ + αμ².
/// ``NegativeBinomialRegression`` (weekday effects and a trend on worked days) and the forecast's
/// count model are this fit on their own designs.
///
/// β is fitted by IRLS (McCullagh & Nelder 1989, §2.5): weights μ/(1 + αμ), working response
/// η + (y − μ)/μ, each step a weighted least-squares solve by GSL, started at μ = (y + ȳ)/2 and
/// stopped when no coefficient moves by 1e-11 (relative). With α given this is statsmodels'
/// `GLM(y, X, family=NegativeBinomial(alpha=α))`; without it α is the maximum-likelihood estimate,
/// found by alternating the IRLS fit with the root of the profile score in θ = 1/α (β and α are
/// orthogonal in NB2), which is statsmodels' `NegativeBinomial(y, X, loglike_method="nb2")`.
/// `covariance` is (XᵀWX)⁻¹ at the fit: the GLM's with scale 1 (β's block of the MLE's, α being
/// orthogonal to β).
public struct NegativeBinomialGLM: Sendable, Hashable {
    public let coefficients: [Double]
    /// (XᵀWX)⁻¹, row-major, columns × columns.
    public let covariance: [Double]
    /// α = 1/θ; 0 for the Poisson model.
    public let dispersion: Double
    /// μ on each row of the design.
    public let fitted: [Double]
    /// IRLS steps in the last (or only) β fit.
    public let iterations: Int

    /// Fits `y` (non-negative, finite) on the row-major `design` of `columns` columns.
    /// - Parameter dispersion: α fixed (0 = Poisson), or nil to estimate it by maximum likelihood.
    /// - Throws: ``StatisticsError`` when a weighted least-squares step fails (a singular design),
    ///   a fitted mean leaves (0, ∞), or the fit does not converge.
    public static func fit(design: [Double], columns: Int, y: [Double], dispersion: Double? = nil) throws(StatisticsError) -> NegativeBinomialGLM {
        precondition(design.count == y.count * columns, "the design holds one row of `columns` values per count")
        var alpha = dispersion ?? 0
        var fit = try irls(design: design, columns: columns, y: y, alpha: alpha, start: nil)
        if dispersion == nil {
            // Alternate β | α and α | μ until ln α settles.
            var converged = false
            for _ in 0..<200 {
                let next = maximumLikelihoodDispersion(y: y, mu: fit.fitted)
                let settled = next == alpha || (next > 0 && alpha > 0 && Swift.abs(Foundation.log(next / alpha)) < 1e-12)
                alpha = next
                fit = try irls(design: design, columns: columns, y: y, alpha: alpha, start: fit.coefficients)
                if settled { converged = true; break }
            }
            guard converged else { throw StatisticsError("the NB dispersion did not converge in 200 alternations") }
        }
        return NegativeBinomialGLM(coefficients: fit.coefficients, covariance: fit.covariance, dispersion: alpha, fitted: fit.fitted, iterations: fit.iterations)
    }

    /// The standard errors √diag(covariance).
    public var standardErrors: [Double] {
        let k = coefficients.count
        return (0..<k).map { covariance[$0 * k + $0].squareRoot() }
    }

    /// xᵀβ and its variance xᵀ(XᵀWX)⁻¹x for a row `x` of the design.
    public func linearPredictor(_ x: [Double]) -> (value: Double, variance: Double) {
        GLMPrediction.linearPredictor(x, coefficients, covariance)
    }

    private static func irls(design: [Double], columns: Int, y: [Double], alpha: Double, start: [Double]?) throws(StatisticsError) -> NegativeBinomialGLM {
        let n = y.count
        let mean = y.reduce(0, +) / Double(n)
        var mu = start.map { linearPredictor(design, columns, $0).map { Foundation.exp($0) } } ?? y.map { ($0 + mean) / 2 }
        var beta = start ?? [Double](repeating: .nan, count: columns)
        var weights = [Double](repeating: 0, count: n), response = [Double](repeating: 0, count: n)
        for iteration in 1...100 {
            for i in 0..<n {
                weights[i] = mu[i] / (1 + alpha * mu[i])
                response[i] = Foundation.log(mu[i]) + (y[i] - mu[i]) / mu[i]
            }
            let step: WeightedLeastSquaresFit
            do {
                step = try WeightedLeastSquares.fit(design: design, rows: n, columns: columns, response: response, weights: weights)
            } catch {
                throw StatisticsError("the count model's weighted least-squares step failed: \(error.message)")
            }
            let moved = zip(step.coefficients, beta).contains { !(Swift.abs($0 - $1) <= 1e-11 * (1 + Swift.abs($0))) }
            beta = step.coefficients
            mu = linearPredictor(design, columns, beta).map { Foundation.exp($0) }
            guard mu.allSatisfy({ $0 > 0 && $0.isFinite }) else {
                throw StatisticsError("the count model diverged (a fitted mean left (0, ∞)); a weekday may have only zero counts")
            }
            if !moved {
                return NegativeBinomialGLM(coefficients: beta, covariance: step.covariance, dispersion: alpha, fitted: mu, iterations: iteration)
            }
        }
        throw StatisticsError("the count model's IRLS did not converge in 100 iterations")
    }

    static func linearPredictor(_ design: [Double], _ columns: Int, _ beta: [Double]) -> [Double] {
        stride(from: 0, to: design.count, by: columns).map { start in
            (0..<columns).reduce(0) { $0 + design[start + $1] * beta[$1] }
        }
    }

    /// The α maximising the NB2 likelihood with μ held fixed: 0 when dℓ/dα at α = 0, ½Σ[(y − μ)² − y],
    /// is not positive (no overdispersion: Lawless 1987, Can. J. Stat. 15:209), else the root of the
    /// score Σ[ψ(y + θ) − ψ(θ) + ln(θ/(θ + μ)) + (μ − y)/(θ + μ)] in ln θ by bisection on [10⁻⁴, 10⁸]
    /// (0 again if the score is still positive at 10⁸).
    static func maximumLikelihoodDispersion(y: [Double], mu: [Double]) -> Double {
        var slopeAtPoisson = 0.0
        for (value, m) in zip(y, mu) { slopeAtPoisson += (value - m) * (value - m) - value }
        if slopeAtPoisson <= 0 { return 0 }
        func score(_ theta: Double) -> Double {
            let psiTheta = SpecialFunctions.digamma(theta)
            var total = 0.0
            for (value, m) in zip(y, mu) {
                // ψ(y + θ) − ψ(θ) = Σ_{j<y} 1/(θ + j) for whole y: summed directly for small y, where the
                // difference of two ψ near ln θ would lose its digits when θ is large.
                var psiDifference = 0.0
                if value <= 64 {
                    var j = 0.0
                    while j < value { psiDifference += 1 / (theta + j); j += 1 }
                } else {
                    psiDifference = SpecialFunctions.digamma(value + theta) - psiTheta
                }
                total += psiDifference - Foundation.log1p(m / theta) + (m - value) / (theta + m)
            }
            return total
        }
        var low = Foundation.log(1e-4), high = Foundation.log(1e8)
        if score(Foundation.exp(high)) > 0 { return 0 }
        if score(Foundation.exp(low)) < 0 { return 1e4 }
        for _ in 0..<200 {
            let middle = (low + high) / 2
            if middle == low || middle == high { break }
            if score(Foundation.exp(middle)) > 0 { low = middle } else { high = middle }
        }
        return 1 / Foundation.exp((low + high) / 2)
    }
}

/// xᵀβ and xᵀVx, shared by the GLMs' predictions.
enum GLMPrediction {
    static func linearPredictor(_ x: [Double], _ beta: [Double], _ covariance: [Double]) -> (value: Double, variance: Double) {
        let k = beta.count
        var value = 0.0, variance = 0.0
        for i in 0..<k {
            value += x[i] * beta[i]
            for j in 0..<k { variance += x[i] * covariance[i * k + j] * x[j] }
        }
        return (value, variance)
    }
}
