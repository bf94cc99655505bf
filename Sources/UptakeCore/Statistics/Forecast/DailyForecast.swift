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
    /// NB α (counts) or Williams' extra-binomial ρ (shares: ``ShareModel``).
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
///   day is NB with mean μ̂ = exp(xᵀβ̂) and 1/θ = α̂ + (e^v − 1), v = xᵀ(XᵀWX)⁻¹x + s²(d − t̄)²: the
///   day's own dispersion plus, as a log-normal factor on μ (moment matching), β̂'s uncertainty and
///   the drift of the level the window cannot rule out: s² is the variance of the slope a trend
///   column would have had (the same design with a trend per day, at α̂), d the day and t̄ the
///   window's mean day. The level is not extrapolated along that slope (``ForecastDesign``), but a
///   level held flat for 60 days is only as sure as the window's slope is; without this the
///   provinces' intervals, narrow where α̂ is small, missed the drift of the months after the window
///   (independently generated series, from 31 August: 86.0% covered). The interval is the NB's 2.5%
///   and 97.5% quantiles (whole counts). A type of day off whose window days were all 0 is forecast
///   0 with [0, 0].
/// - Shares: ``ShareModel``, a binomial GLM of numerator over denominator whose days vary more than
///   binomially by Williams' ρ. A day's observed share, its denominator n unknown, has on the logit
///   scale the variance v + (ρ + (1 − ρ)E[1/n])/(p(1 − p)), E over the count model's predictive NB
///   for n; the interval is the logistic of η̂ ± z√that.
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
        let model = try ShareModel(numerator: numerator, denominator: denominator, types: types, history: history, window: window)
        let tail = lowerProbability(level)
        let z = (try? Distributions.normalQuantile(1 - tail)) ?? 1.96
        let points = (history..<types.count).map { index -> ForecastValue? in
            model.predictive(index, types[index], trials: trials, tail: tail, z: z)
        }
        return (points, model.summary)
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
    /// s²: the variance of a trend's slope per day had the window been fitted with one at α̂; 0 when
    /// that fit fails (a window too short or too sparse for one more column), so no drift is carried.
    let slopeVariance: Double
    /// t̄: the window's mean day index, where the slope's uncertainty adds nothing.
    let slopeCentre: Double

    init(_ counts: [Double], types: [ForecastDayType], history: Int, window: Int) throws(ForecastUnavailable) {
        precondition(counts.count >= history && types.count >= history && window > 0, "the series covers the history")
        let observed = (Swift.max(0, history - window)..<history).filter { !counts[$0].isNaN }
        let informative: ([Int]) -> Bool = { days in days.contains { counts[$0] > 0 } }
        let design = ForecastDesign(types: types, fitted: observed, trend: false, informative: informative)
        let rows = observed.filter { design.covers(types[$0]) }
        guard rows.filter({ types[$0].isWorking }).count >= design.columns + 2 else {
            throw .tooFewWorkingDays(needed: design.columns + 2, found: rows.filter { types[$0].isWorking }.count, window: window)
        }
        guard rows.contains(where: { counts[$0] > 0 }) else { throw .noApplications }
        let y = rows.map { counts[$0] }
        do {
            glm = try NegativeBinomialGLM.fit(design: design.matrix(types, rows), columns: design.columns, y: y)
        } catch { throw .modelFailed(error.message) }
        let trended = ForecastDesign(types: types, fitted: observed, trend: true, informative: informative)
        let slope = try? NegativeBinomialGLM.fit(design: trended.matrix(types, rows), columns: trended.columns, y: y, dispersion: glm.dispersion)
        slopeVariance = slope.map { $0.covariance[trended.columns * trended.columns - 1] } ?? 0
        slopeCentre = trended.centre
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
        let distance = Double(index) - slopeCentre
        let inverseShape = glm.dispersion + Foundation.expm1(v + slopeVariance * distance * distance)
        return (Foundation.exp(eta), inverseShape > 0 ? 1 / inverseShape : .infinity)
    }

    var summary: ForecastFit {
        ForecastFit(days: rows, dispersion: glm.dispersion, trendPerDay: nil,
                    weekdayFactors: design.hasWeekdays ? DailyForecast.weekdayFactors(glm.coefficients) : nil)
    }
}
