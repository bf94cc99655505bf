import Foundation
import GSLSupport

/// A rate's trend over months: a quasi-binomial GLM with a logit link of each month's successes out
/// of its trials on the month index, `logit p(x) = a + b·x`.
///
/// Why this model: the logit keeps a projection inside 0–100% (a linear trend of the rate walks
/// through 100% within a few years at the slopes provinces show), each month is weighted by its
/// volume (a commune's 40-application month counts less than its 400-application month), and
/// the dispersion `φ = max(1, X²/(n−2))` (Pearson's chi-square over the residual degrees of
/// freedom) widens the intervals by how much more the months scatter than binomial noise allows,
/// which for a province of tens of thousands of applications a month is most of the uncertainty.
/// The floor at 1 keeps the binomial noise: months never vary less than that (a deliberate
/// deviation from statsmodels' `scale='X2'`, which would narrow the intervals below it).
/// Intervals use Student's t on `n−2` degrees of freedom, as statsmodels does with `use_t=True`.
///
/// Fitted by ``BinomialGLM`` (iteratively reweighted least squares, McCullagh & Nelder 1989, §2.5); validated
/// against statsmodels' `GLM(Binomial()).fit(scale=φ, use_t=True)` (scripts/fixtures/make_logit_trend_fixtures.py).
public struct LogitTrend: Sendable, Equatable {
    public let intercept: Double
    public let slope: Double
    /// The covariance of (intercept, slope), multiplied by the dispersion.
    public let varianceIntercept: Double
    public let varianceSlope: Double
    public let covariance: Double
    /// Pearson's chi-square over the residual degrees of freedom (before the floor).
    public let pearsonDispersion: Double
    /// The dispersion the intervals use: `max(1, pearsonDispersion)`.
    public let dispersion: Double
    /// Residual degrees of freedom: points − 2.
    public let degreesOfFreedom: Int

    /// Fits the trend.
    /// - Throws: ``StatisticsError`` with fewer than 3 points with trials, a single x, no success or
    ///   no failure at all (the logit is then infinite), or a fit that does not converge.
    public static func fit(x: [Double], successes: [Int64], trials: [Int64]) throws(StatisticsError) -> LogitTrend {
        precondition(x.count == successes.count && x.count == trials.count, "one x per month")
        let kept = x.indices.filter { trials[$0] > 0 }
        let xs = kept.map { x[$0] }, ns = kept.map { Double(trials[$0]) }, ks = kept.map { Double(successes[$0]) }
        guard xs.count >= 3 else { throw StatisticsError("a trend needs at least 3 months with data (found \(xs.count))") }
        guard Set(xs).count > 1 else { throw StatisticsError("a trend needs months at different times") }
        let total = ks.reduce(0, +)
        guard total > 0, total < ns.reduce(0, +) else { throw StatisticsError("a trend of a rate that is always \(total > 0 ? "100%" : "0%") has no finite logit") }
        // The fit itself is the shared quasi-binomial GLM on the design [1, x]; this type keeps only what a
        // trend adds (the t intervals on n − 2 degrees of freedom and Fieller's crossing).
        let fit: BinomialGLM
        do {
            fit = try BinomialGLM.fit(design: xs.flatMap { [1, $0] }, columns: 2, successes: ks, trials: ns)
        } catch {
            throw StatisticsError("the trend's fit failed (a rate near 0% or 100% throughout?): \(error.message)")
        }
        let (a, b) = (fit.coefficients[0], fit.coefficients[1])
        guard a.isFinite, b.isFinite else { throw StatisticsError("the trend's fit did not converge (a rate near 0% or 100% throughout)") }
        return LogitTrend(intercept: a, slope: b, varianceIntercept: fit.covariance[0], varianceSlope: fit.covariance[3],
                          covariance: fit.covariance[1], pearsonDispersion: fit.pearsonDispersion, dispersion: fit.dispersion,
                          degreesOfFreedom: xs.count - 2)
    }

    /// The two-sided t critical value at `confidence`.
    public func critical(_ confidence: Double) throws(StatisticsError) -> Double {
        do { return try Distributions.studentTQuantile(0.5 + confidence / 2, degreesOfFreedom: Double(degreesOfFreedom)) } catch {
            throw StatisticsError(error.message)
        }
    }

    /// The trend's rate at `x` with its confidence interval (the band of the fitted line on the
    /// logit scale, mapped back: asymmetric, inside 0–1).
    public func rate(at x: Double, confidence: Double = 0.95) throws(StatisticsError) -> (value: Double, low: Double, high: Double) {
        let eta = intercept + slope * x
        let se = sqrt(varianceIntercept + 2 * x * covariance + x * x * varianceSlope)
        let q = try critical(confidence)
        return (Self.expit(eta), Self.expit(eta - q * se), Self.expit(eta + q * se))
    }

    /// Where the trend crosses `rate` (inverse prediction): the x at which the fitted logit equals
    /// `logit(rate)` (`nil` when the slope is 0), and the interval of x whose confidence band holds
    /// it (Fieller's theorem). The interval is bounded only when the slope is told from zero at
    /// `confidence` (`b²/Var b > q²`); otherwise `low` and `high` are `nil`.
    public func crossing(of rate: Double, confidence: Double = 0.95) throws(StatisticsError) -> (x: Double?, low: Double?, high: Double?) {
        precondition(rate > 0 && rate < 1, "a rate strictly between 0 and 1")
        let target = log(rate / (1 - rate)), d = intercept - target
        let point: Double? = slope != 0 ? -d / slope : nil
        let q2 = pow(try critical(confidence), 2)
        // (d + b·x)² ≤ q²·(Va + 2x·C + x²·Vb)  ⇔  A x² + 2B x + C0 ≤ 0
        let A = slope * slope - q2 * varianceSlope, B = d * slope - q2 * covariance, C0 = d * d - q2 * varianceIntercept
        guard A > 0 else { return (point, nil, nil) }
        let disc = B * B - A * C0
        guard disc >= 0 else { return (point, nil, nil) }
        let root = disc.squareRoot()
        return (point, (-B - root) / A, (-B + root) / A)
    }

    static func expit(_ eta: Double) -> Double { 1 / (1 + exp(-eta)) }
}
