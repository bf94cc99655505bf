import UptakeCore

/// One day of a unit's forecast, as `uptake forecast --format json` prints it.
public struct ForecastDay: Sendable, Codable, Equatable {
    public var date: Day
    /// `working`, `saturday` (a Saturday off) or `closed` (a Sunday, a holiday, a bridge day).
    public var type: String
    /// The expected count, or share in [0, 1]; nil when the model has no level for the day.
    public var expected: Double?
    /// The 95% predictive interval of the day's value.
    public var low: Double?
    public var high: Double?
    /// The value stored for the day, when the forecast covers days already in the data (a back-test).
    public var observed: Double?
}

/// One unit's forecast: what was fitted, then the days.
public struct UnitForecast: Sendable, Codable, Equatable {
    public var locality: String
    public var name: String
    public var level: LocalityLevel
    /// Days of the window with data that entered the fit (0 when it could not be fitted).
    public var fittedDays: Int
    /// NB α for a count; for a share Williams' ρ (a day's extra-binomial correlation: Var = n p(1 − p)(1 + ρ(n − 1))); nil when not fitted.
    public var dispersion: Double?
    /// The fitted trend, relative change per day (counts: of the level; shares: of the odds).
    public var trendPerDay: Double?
    /// Monday … Friday against their geometric mean; nil without weekday effects.
    public var weekdayFactors: [Double]?
    /// Why the unit has no forecast (too few days with data, no applications), or nil: `unavailable`'s message.
    public var note: String?
    public var days: [ForecastDay]
    /// Why the unit has no forecast, as a case a reader's language can word (not in the JSON: `note` says it).
    public var unavailable: ForecastUnavailable? = nil

    enum CodingKeys: String, CodingKey {
        case locality, name, level, fittedDays = "fitted_days", dispersion, trendPerDay = "trend_per_day"
        case weekdayFactors = "weekday_factors", note, days
    }
}

/// `uptake forecast`'s answer.
public struct ForecastResult: Sendable, Codable, Equatable {
    public var metric: Metric
    /// `negative_binomial` (a count) or `quasi_binomial` (a share).
    public var model: String
    /// The fitted window: its first and last day.
    public var windowStart: Day
    public var historyTo: Day
    public var until: Day
    /// The interval's level (0.95).
    public var level: Double
    public var sectors: [String]?
    public var units: [UnitForecast]

    enum CodingKeys: String, CodingKey {
        case metric, model, windowStart = "window_start", historyTo = "history_to", until, level, sectors, units
    }
}
