import Foundation
import GSLSupport

/// A negative-binomial (NB2) log-linear model of one series' daily counts on its worked days:
/// log μ_t = β₀ + weekday effect + β_trend·(t − t̄), Var(y_t) = μ_t + α μ_t².
///
/// Weekdays use effects coding over Monday–Friday (columns Mon…Thu; a Friday row holds −1 in each),
/// so β₀ is the mean log level of a working weekday and a worked Saturday or Sunday, whose row holds
/// 0, is expected at exp(β₀ + trend). t is the day's index, t̄ the mean index of the fitted days, so
/// `coefficients` are [β₀, Mon, Tue, Wed, Thu, (β_trend per day)] and Friday's effect is −ΣMon…Thu.
///
/// β is fitted by IRLS (McCullagh & Nelder 1989, §2.5): weights μ/(1 + αμ), working response
/// η + (y − μ)/μ, each step a weighted least-squares solve by GSL (`gsl_multifit_wlinear_tsvd`),
/// started at μ = (y + ȳ)/2 and stopped when no coefficient moves by 1e-11 (relative). With α given
/// this is statsmodels' `GLM(y, X, family=NegativeBinomial(alpha=α))`. Without it α is the maximum
/// likelihood estimate, found by alternating the IRLS fit with the root of the profile score
/// Σ[ψ(y + θ) − ψ(θ) + ln(θ/(θ + μ)) + (μ − y)/(θ + μ)] = 0 in θ = 1/α (bisection in ln θ on
/// [10⁻⁴, 10⁸]); β and α are orthogonal in NB2, so the alternation converges to the joint MLE of
/// statsmodels' `discrete_model.NegativeBinomial(y, X, loglike_method="nb2")`. When the score is
/// still positive at θ = 10⁸ the data are not overdispersed and α = 0 (the Poisson model).
///
/// Non-working days and missing counts never enter the fit. Standard errors are √diag((XᵀWX)⁻¹) at
/// the fit, the GLM's with scale 1.
public struct NegativeBinomialRegression: Sendable, Hashable {
    /// [β₀, Monday, Tuesday, Wednesday, Thursday] effects, then the trend per day when fitted.
    public let coefficients: [Double]
    public let standardErrors: [Double]
    /// α = 1/θ; 0 for the Poisson model.
    public let dispersion: Double
    /// μ_t on every worked day of the schedule (missing counts included: the expected value there);
    /// NaN on non-working days.
    public let expected: [Double]
    /// Worked days with a count: the rows of the fit.
    public let observations: Int
    /// The NB2 log-likelihood at the fit (Poisson when α = 0).
    public let logLikelihood: Double
    /// IRLS steps in the last (or only) β fit.
    public let iterations: Int
    public let hasTrend: Bool

    /// θ = 1/α; `.infinity` for Poisson.
    public var shape: Double { dispersion > 0 ? 1 / dispersion : .infinity }

    /// exp(weekday effect) for Monday … Friday: each day's level against the geometric mean of the five.
    public var weekdayFactors: [Double] {
        let effects = Array(coefficients[1...4])
        return (effects + [-effects.reduce(0, +)]).map { Foundation.exp($0) }
    }

    /// The multiplicative change per day, exp(β_trend) − 1; nil without a trend.
    public var trendPerDay: Double? { hasTrend ? Foundation.exp(coefficients[5]) - 1 : nil }

    static let columnsWithoutTrend = 5

    /// Fits the model to `counts` (NaN = missing) on the worked days of `schedule`.
    /// - Parameter dispersion: α fixed (0 = Poisson), or nil to estimate it by maximum likelihood.
    /// - Throws: ``StatisticsError`` when lengths differ, a count is negative or infinite, a weekday
    ///   Monday–Friday has no observed day, there are too few observations (columns + 2), all counts
    ///   are 0, α is negative, or the fit fails to converge.
    public static func fit(counts: [Double], schedule: WorkingDaySchedule, trend: Bool = true,
                           dispersion: Double? = nil) throws(StatisticsError) -> NegativeBinomialRegression {
        guard counts.count == schedule.count else {
            throw StatisticsError("counts and schedule differ in length (\(counts.count) and \(schedule.count))")
        }
        if let bad = counts.firstIndex(where: { !$0.isNaN && !($0 >= 0 && $0.isFinite) }) {
            throw StatisticsError("daily counts must be non-negative and finite, or NaN when missing (day \(bad): \(counts[bad]))")
        }
        if let alpha = dispersion, !(alpha >= 0 && alpha.isFinite) {
            throw StatisticsError("the NB dispersion α must be finite and non-negative (α=\(alpha))")
        }
        let rows = counts.indices.filter { schedule.weekdays[$0] != 0 && !counts[$0].isNaN }
        let columns = columnsWithoutTrend + (trend ? 1 : 0)
        guard rows.count >= columns + 2 else {
            throw StatisticsError("fitting the count model needs at least \(columns + 2) worked days with counts (got \(rows.count))")
        }
        let present = Set(rows.map { schedule.weekdays[$0] })
        if let absent = (1...5).first(where: { !present.contains(UInt8($0)) }) {
            throw StatisticsError("fitting weekday effects needs every weekday Monday–Friday; ISO weekday \(absent) has no counted day")
        }
        let y = rows.map { counts[$0] }
        let mean = y.reduce(0, +) / Double(y.count)
        guard mean > 0 else { throw StatisticsError("fitting the count model needs some applications (every counted day is 0)") }
        let centre = Double(rows.reduce(0, +)) / Double(rows.count)
        func row(_ index: Int) -> [Double] {
            var x = [1.0, 0, 0, 0, 0]
            switch schedule.weekdays[index] {
            case 1...4: x[Int(schedule.weekdays[index])] = 1
            case 5: x[1] = -1; x[2] = -1; x[3] = -1; x[4] = -1
            default: break
            }
            if trend { x.append(Double(index) - centre) }
            return x
        }
        let design = rows.flatMap(row)

        var alpha = dispersion ?? 0
        var fit = try irls(design: design, columns: columns, y: y, alpha: alpha, start: nil)
        if dispersion == nil {
            // Alternate β | α and α | μ until ln α settles.
            var converged = false
            for _ in 0..<200 {
                let next = maximumLikelihoodDispersion(y: y, mu: fit.mu)
                let settled = next == alpha || (next > 0 && alpha > 0 && Swift.abs(Foundation.log(next / alpha)) < 1e-12)
                alpha = next
                fit = try irls(design: design, columns: columns, y: y, alpha: alpha, start: fit.beta)
                if settled { converged = true; break }
            }
            guard converged else { throw StatisticsError("the NB dispersion did not converge in 200 alternations") }
        }
        let shape = alpha > 0 ? 1 / alpha : Double.infinity
        var logLikelihood = 0.0
        for (value, mu) in zip(y, fit.mu) {
            logLikelihood += NegativeBinomialDistribution(unchecked: mu, shape: shape).logProbability(value)
        }
        let beta = fit.beta
        let expected = counts.indices.map { index -> Double in
            guard schedule.weekdays[index] != 0 else { return .nan }
            return Foundation.exp(zip(row(index), beta).reduce(0) { $0 + $1.0 * $1.1 })
        }
        return NegativeBinomialRegression(coefficients: beta, standardErrors: fit.standardErrors, dispersion: alpha,
                                          expected: expected, observations: y.count, logLikelihood: logLikelihood,
                                          iterations: fit.iterations, hasTrend: trend)
    }

    private struct IRLSFit { var beta: [Double]; var mu: [Double]; var standardErrors: [Double]; var iterations: Int }

    private static func irls(design: [Double], columns: Int, y: [Double], alpha: Double, start: [Double]?) throws(StatisticsError) -> IRLSFit {
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
                let se = (0..<columns).map { step.covariance[$0 * columns + $0].squareRoot() }
                return IRLSFit(beta: beta, mu: mu, standardErrors: se, iterations: iteration)
            }
        }
        throw StatisticsError("the count model's IRLS did not converge in 100 iterations")
    }

    private static func linearPredictor(_ design: [Double], _ columns: Int, _ beta: [Double]) -> [Double] {
        stride(from: 0, to: design.count, by: columns).map { start in
            (0..<columns).reduce(0) { $0 + design[start + $1] * beta[$1] }
        }
    }

    /// The α maximising the NB2 likelihood with μ held fixed: 0 when dℓ/dα at α = 0, ½Σ[(y − μ)² − y],
    /// is not positive (no overdispersion: Lawless 1987, Can. J. Stat. 15:209), else the root of the
    /// score in ln θ by bisection on [10⁻⁴, 10⁸] (0 again if the score is still positive at 10⁸).
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
