import Foundation

/// The share model of one series' window: a binomial GLM (logit link) whose days vary more than
/// binomially, by Williams' model: a day's successes x of n trials have
/// Var(x) = n p(1 − p)(1 + ρ(n − 1)) (D. A. Williams 1982, "Extra-binomial variation in logistic
/// linear models", Applied Statistics 31:144–148; the beta-binomial's variance, ρ the correlation
/// of two applications of one day). So a day's share varies by p(1 − p)(ρ + (1 − ρ)/n): a part that
/// does not shrink with the day's volume (which services came in that day) and the binomial part.
///
/// Why not one quasi-binomial φ for every day, as before: φ then averages 1 + ρ(n − 1) over the
/// window's days, whose volumes differ (a Saturday takes a fraction of a weekday's), so it runs
/// below a working day's; and a day's n was taken as its expected count, while a day with fewer
/// applications has a noisier share. On independently generated series (seed 26,
/// benchmarks/forecast/misses.py) the communes' days whose true share barely moved were covered
/// 92.3% where the share lay inside (0, 1), 62% where fewer than half the expected applications came,
/// and never where it was exactly 0 or 1 (4.3% of those days: see ``predictive``).
///
/// ρ is Williams' moment estimate: the ρ ∈ [0, 1] at which Pearson's χ² of the fit weighted by
/// wᵢ = 1/(1 + ρ(nᵢ − 1)), β refitted with those prior weights, equals its degrees of freedom
/// (rows − columns); 0 when the binomial fit's χ² is already below them (no extra variation), 1 when
/// it stays above them at ρ = 1. β's covariance is (XᵀWX)⁻¹ with W = w n p(1 − p) (``BinomialGLM``
/// with `priorWeights`: its φ is 1 at the root).
struct ShareModel {
    let design: ForecastDesign
    let glm: BinomialGLM
    /// Williams' ρ.
    let rho: Double
    let rows: Int

    init(numerator: [Double], denominator: [Double], types: [ForecastDayType], history: Int, window: Int) throws(ForecastUnavailable) {
        let rows = (Swift.max(0, history - window)..<history).filter { denominator[$0] > 0 && !numerator[$0].isNaN }
        let design = ForecastDesign(types: types, fitted: rows, trend: true) { days in
            let x = days.reduce(0) { $0 + numerator[$1] }, n = days.reduce(0) { $0 + denominator[$1] }
            return x > 0 && x < n
        }
        do {
            (glm, rho) = try Self.williams(design: design.matrix(types, rows), columns: design.columns,
                                           successes: rows.map { numerator[$0] }, trials: rows.map { denominator[$0] })
        } catch { throw .modelFailed(error.message) }
        self.design = design
        self.rows = rows.count
    }

    /// The fit at Williams' ρ and ρ itself: the root of φ(ρ) − 1 by regula falsi (Illinois), each fit
    /// started from the last one below the root. φ(ρ) falls as ρ grows: the weights shrink.
    static func williams(design: [Double], columns: Int, successes x: [Double], trials n: [Double]) throws(StatisticsError) -> (BinomialGLM, Double) {
        func fit(_ rho: Double, from start: [Double]?) throws(StatisticsError) -> BinomialGLM {
            try BinomialGLM.fit(design: design, columns: columns, successes: x, trials: n,
                                priorWeights: rho == 0 ? nil : n.map { 1 / (1 + rho * ($0 - 1)) }, start: start)
        }
        var below = try fit(0, from: nil)
        guard below.pearsonDispersion > 1 else { return (below, 0) }
        let atOne = try fit(1, from: below.coefficients)
        guard atOne.pearsonDispersion < 1 else { return (atOne, 1) }
        var (low, high) = (0.0, 1.0)
        var (excessLow, excessHigh) = (below.pearsonDispersion - 1, atOne.pearsonDispersion - 1)
        var lastSide = 0
        for _ in 0..<200 {
            let rho = (low * excessHigh - high * excessLow) / (excessHigh - excessLow)
            let next = try fit(rho, from: below.coefficients)
            let excess = next.pearsonDispersion - 1
            if Swift.abs(excess) <= 1e-13 || high - low <= 1e-15 * (1 + rho) { return (next, rho) }
            if excess > 0 {
                (low, excessLow, below) = (rho, excess, next)
                if lastSide == 1 { excessHigh /= 2 }
                lastSide = 1
            } else {
                (high, excessHigh) = (rho, excess)
                if lastSide == -1 { excessLow /= 2 }
                lastSide = -1
            }
        }
        throw StatisticsError("the share model's extra-binomial ρ did not converge in 200 steps")
    }

    /// Day `index`'s share and its interval: logistic(η̂ ± z√(xᵀVx + (ρ + (1 − ρ)E[1/n])/(p(1 − p)))), the
    /// day's share variance on the logit scale with E[1/n] over the trials' predictive NB, since the
    /// day's volume is not known either (1/E[n] would understate it: Jensen). A day with few
    /// applications may see a share of exactly 0 or 1, which no logit interval holds: when the model
    /// gives that outcome at least the interval's tail probability, the bound is 0 (or 1), as the
    /// predictive distribution's quantile then is (``TrialsOutlook``).
    /// - Parameters: tail: the interval's probability on each side (0.025); z: the normal quantile 1 − tail.
    func predictive(_ index: Int, _ type: ForecastDayType, trials: CountModel, tail: Double, z: Double) -> ForecastValue {
        let (eta, v) = glm.linearPredictor(design.row(type, index: index))
        let p = DailyForecast.logistic(eta)
        // A day without expected trials (a closed day never seen with applications) counts as one trial.
        let outlook = trials.predictive(index, type).map { TrialsOutlook(mean: $0.mean, shape: $0.shape, share: p, rho: rho) }
            ?? TrialsOutlook(oneTrialWithShare: p)
        let spread = z * (v + (rho + (1 - rho) * outlook.meanInverse) / (p * (1 - p))).squareRoot()
        return ForecastValue(expected: p, low: outlook.allFail >= tail ? 0 : DailyForecast.logistic(eta - spread),
                             high: outlook.allSucceed >= tail ? 1 : DailyForecast.logistic(eta + spread))
    }

    var summary: ForecastFit {
        ForecastFit(days: rows, dispersion: rho, trendPerDay: Foundation.exp(glm.coefficients[design.columns - 1]) - 1,
                    weekdayFactors: design.hasWeekdays ? DailyForecast.weekdayFactors(glm.coefficients) : nil)
    }
}
