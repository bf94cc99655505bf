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
/// β and α are fitted by ``NegativeBinomialGLM`` (IRLS; α by maximum likelihood unless given): with
/// α given this is statsmodels' `GLM(y, X, family=NegativeBinomial(alpha=α))`, without it
/// `discrete_model.NegativeBinomial(y, X, loglike_method="nb2")`. When the data are not
/// overdispersed α = 0 (the Poisson model).
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

        let fit = try NegativeBinomialGLM.fit(design: design, columns: columns, y: y, dispersion: dispersion)
        let alpha = fit.dispersion
        let shape = alpha > 0 ? 1 / alpha : Double.infinity
        var logLikelihood = 0.0
        for (value, mu) in zip(y, fit.fitted) {
            logLikelihood += NegativeBinomialDistribution(unchecked: mu, shape: shape).logProbability(value)
        }
        let beta = fit.coefficients
        let expected = counts.indices.map { index -> Double in
            guard schedule.weekdays[index] != 0 else { return .nan }
            return Foundation.exp(zip(row(index), beta).reduce(0) { $0 + $1.0 * $1.1 })
        }
        return NegativeBinomialRegression(coefficients: beta, standardErrors: fit.standardErrors, dispersion: alpha,
                                          expected: expected, observations: y.count, logLikelihood: logLikelihood,
                                          iterations: fit.iterations, hasTrend: trend)
    }
}
