import Foundation
import GSLSupport

/// One forecast day's expected value and its 95% predictive interval (a count, or a share in [0, 1]).
public struct ForecastValue: Sendable, Hashable {
    public var expected: Double
    public var low: Double
    public var high: Double

    public init(expected: Double, low: Double, high: Double) {
        (self.expected, self.low, self.high) = (expected, low, high)
    }
}

/// What was fitted, for the reader to judge the forecast by.
public struct ForecastFit: Sendable, Hashable {
    /// Days of the window with data that entered the fit.
    public var days: Int
    /// NB α (counts) or the quasi-binomial φ (shares).
    public var dispersion: Double
    /// exp(trend per day) − 1: a share's relative change of the odds a day; nil for counts (no trend).
    public var trendPerDay: Double?
    /// Monday … Friday against their geometric mean (counts: levels; shares: odds); nil without weekday effects.
    public var weekdayFactors: [Double]?
}

/// Daily forecasts from a count model with calendar regressors (``ForecastDesign``), fitted on the
/// last `window` days of history.
///
/// - Counts: ``NegativeBinomialGLM`` with α by maximum likelihood. The predictive distribution of a
///   day is NB with mean μ̂ = exp(xᵀβ̂) and 1/θ = α̂ + (e^v − 1), v = xᵀ(XᵀWX)⁻¹x: the day's own
///   dispersion plus β̂'s uncertainty as a log-normal factor on μ (moment matching); the interval is
///   its 2.5% and 97.5% quantiles (NB quantiles, so whole counts). A type of day off whose window
///   days were all 0 is forecast 0 with [0, 0].
/// - Shares: ``BinomialGLM`` (quasi-binomial) of numerator over denominator. A day's observed share,
///   with n its forecast denominator (the count model's μ̂), has on the logit scale the variance
///   v + φ/(n p(1 − p)); the interval is the logistic of η̂ ± z√that.
///
/// A share's trend is extrapolated as fitted; its uncertainty enters through v, which grows with the
/// distance from the window's centre. Counts have no trend (``ForecastDesign``).
public enum DailyForecast {
    /// 84 days: twelve weeks, enough for weekday effects and a trend, short enough to follow a change.
    public static let standardWindow = 84

    /// Forecasts of days `history..<types.count` (nil: no level for the day, a day off never seen in the window), from `counts[history - window ..< history]` (NaN: missing).
    public static func counts(_ counts: [Double], types: [ForecastDayType], history: Int, window: Int = standardWindow,
                              level: Double = 0.95) throws(ForecastUnavailable) -> (values: [ForecastValue?], fit: ForecastFit) {
        let model = try CountModel(counts, types: types, history: history, window: window)
        let z = lowerProbability(level)
        let points = (history..<types.count).map { index -> ForecastValue? in
            guard let (mu, shape) = model.predictive(index, types[index]),
                  let nb = try? NegativeBinomialDistribution(mean: mu, shape: shape) else {
                return model.zeroTypes.contains(types[index]) ? ForecastValue(expected: 0, low: 0, high: 0) : nil
            }
            return ForecastValue(expected: mu, low: nb.quantile(z), high: nb.quantile(1 - z))
        }
        return (points, model.summary)
    }

    /// Share forecasts: numerator over denominator, with the denominator's count model for each day's trials.
    public static func shares(numerator: [Double], denominator: [Double], types: [ForecastDayType], history: Int, window: Int = standardWindow,
                              level: Double = 0.95) throws(ForecastUnavailable) -> (values: [ForecastValue?], fit: ForecastFit) {
        let trials = try CountModel(denominator, types: types, history: history, window: window)
        let rows = (Swift.max(0, history - window)..<history).filter { denominator[$0] > 0 && !numerator[$0].isNaN }
        let design = ForecastDesign(types: types, fitted: rows, trend: true) { days in
            let x = days.reduce(0) { $0 + numerator[$1] }, n = days.reduce(0) { $0 + denominator[$1] }
            return x > 0 && x < n
        }
        let glm: BinomialGLM
        do {
            glm = try BinomialGLM.fit(design: design.matrix(types, rows), columns: design.columns,
                                      successes: rows.map { numerator[$0] }, trials: rows.map { denominator[$0] })
        } catch { throw .modelFailed(error.message) }
        let z = (try? Distributions.normalQuantile(1 - lowerProbability(level))) ?? 1.96
        let points = (history..<types.count).map { index -> ForecastValue? in
            let (eta, v) = glm.linearPredictor(design.row(types[index], index: index))
            let p = logistic(eta)
            // A day without expected trials (a closed day never seen with applications) adds no sampling noise beyond φ at n = 1.
            let n = Swift.max(1, trials.predictive(index, types[index])?.mean ?? 1)
            let spread = z * (v + glm.dispersion / (n * p * (1 - p))).squareRoot()
            return ForecastValue(expected: p, low: logistic(eta - spread), high: logistic(eta + spread))
        }
        return (points, ForecastFit(days: rows.count, dispersion: glm.dispersion, trendPerDay: Foundation.exp(glm.coefficients[design.columns - 1]) - 1,
                                    weekdayFactors: design.hasWeekdays ? weekdayFactors(glm.coefficients) : nil))
    }

    static func lowerProbability(_ level: Double) -> Double { (1 - level) / 2 }

    static func logistic(_ x: Double) -> Double { 1 / (1 + Foundation.exp(-x)) }

    /// exp of the Monday…Friday effects (Friday's is −ΣMon…Thu), from coefficients [β₀, Mon…Thu, …].
    static func weekdayFactors(_ beta: [Double]) -> [Double] {
        let effects = Array(beta[1...4])
        return (effects + [-effects.reduce(0, +)]).map { Foundation.exp($0) }
    }
}

/// The NB count model of one series' window.
struct CountModel {
    let design: ForecastDesign
    let glm: NegativeBinomialGLM
    let rows: Int
    /// Day-off types whose window days were all 0: forecast 0.
    let zeroTypes: Set<ForecastDayType>

    init(_ counts: [Double], types: [ForecastDayType], history: Int, window: Int) throws(ForecastUnavailable) {
        precondition(counts.count >= history && types.count >= history && window > 0, "the series covers the history")
        let observed = (Swift.max(0, history - window)..<history).filter { !counts[$0].isNaN }
        let design = ForecastDesign(types: types, fitted: observed, trend: false) { days in days.contains { counts[$0] > 0 } }
        let rows = observed.filter { design.covers(types[$0]) }
        guard rows.filter({ types[$0].isWorking }).count >= design.columns + 2 else {
            throw .tooFewWorkingDays(needed: design.columns + 2, found: rows.filter { types[$0].isWorking }.count, window: window)
        }
        guard rows.contains(where: { counts[$0] > 0 }) else { throw .noApplications }
        do {
            glm = try NegativeBinomialGLM.fit(design: design.matrix(types, rows), columns: design.columns, y: rows.map { counts[$0] })
        } catch { throw .modelFailed(error.message) }
        self.design = design
        self.rows = rows.count
        zeroTypes = Set([ForecastDayType.saturday, .closed].filter { type in
            !design.covers(type) && observed.contains { types[$0] == type } && observed.allSatisfy { types[$0] != type || counts[$0] == 0 }
        })
    }

    /// The predictive NB (mean, shape) of day `index`, or nil when its type has no level.
    func predictive(_ index: Int, _ type: ForecastDayType) -> (mean: Double, shape: Double)? {
        guard design.covers(type) else { return nil }
        let (eta, v) = glm.linearPredictor(design.row(type, index: index))
        let inverseShape = glm.dispersion + Foundation.expm1(v)
        return (Foundation.exp(eta), inverseShape > 0 ? 1 / inverseShape : .infinity)
    }

    var summary: ForecastFit {
        ForecastFit(days: rows, dispersion: glm.dispersion, trendPerDay: nil,
                    weekdayFactors: design.hasWeekdays ? DailyForecast.weekdayFactors(glm.coefficients) : nil)
    }
}
