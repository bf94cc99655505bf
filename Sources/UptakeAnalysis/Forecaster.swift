import UptakeCore
import UptakeStoreAPI

/// What to forecast: a metric for some units, from history up to a day, to a later day.
public struct ForecastRequest: Sendable {
    public var metric: Metric
    public var units: UnitSelection
    public var historyTo: Day
    public var until: Day
    public var window: Int
    public var sectors: [Sector]?
    public var calendar: WorkingCalendar

    public init(metric: Metric, units: UnitSelection, historyTo: Day, until: Day, window: Int = DailyForecast.standardWindow,
                sectors: [Sector]? = nil, calendar: WorkingCalendar) {
        (self.metric, self.units, self.historyTo, self.until, self.window, self.sectors, self.calendar) = (metric, units, historyTo, until, window, sectors, calendar)
    }
}

/// Reads the units' daily series (the window and, where stored, the forecast days) and forecasts
/// each with ``DailyForecast``. A unit that cannot be fitted (too few days with data) keeps its
/// place with a note instead of failing the others.
public struct Forecaster: Sendable {
    public let store: any UptakeStore
    public init(store: any UptakeStore) { self.store = store }

    public func forecast(_ request: ForecastRequest) async throws -> ForecastResult {
        let first = request.historyTo.advanced(by: 1 - request.window)
        let range = DayRange(first: first, last: request.until)
        let series = try await store.dailySeries(SeriesQuery(metric: request.metric, units: request.units, range: range, sectors: request.sectors))
        let types = (0..<range.dayCount).map { ForecastDayType(first.advanced(by: $0), calendar: request.calendar) }
        let history = request.window
        let units = series.map { s in Self.forecast(s, types: types, history: history, window: request.window) }
        return ForecastResult(metric: request.metric, model: request.metric.isRate ? "quasi_binomial" : "negative_binomial",
                              windowStart: first, historyTo: request.historyTo, until: request.until, level: 0.95,
                              sectors: request.sectors?.map(\.name), units: units)
    }

    /// One unit's forecast (pure: the series and the day types in).
    static func forecast(_ s: DailySeries, types: [ForecastDayType], history: Int, window: Int) -> UnitForecast {
        var unit = UnitForecast(locality: s.locality.code, name: s.locality.name, level: s.locality.level, fittedDays: 0, note: nil, days: [])
        let observed: (Int) -> Double? = { i in
            if let d = s.denominator { return d[i] > 0 && !s.numerator[i].isNaN ? s.numerator[i] / d[i] : nil }
            return s.numerator[i].isNaN ? nil : s.numerator[i]
        }
        let values: [ForecastValue?]
        do throws(ForecastUnavailable) {
            let (v, fit) = if let denominator = s.denominator {
                try DailyForecast.shares(numerator: s.numerator, denominator: denominator, types: types, history: history, window: window)
            } else {
                try DailyForecast.counts(s.numerator, types: types, history: history, window: window)
            }
            values = v
            (unit.fittedDays, unit.dispersion, unit.trendPerDay, unit.weekdayFactors) = (fit.days, fit.dispersion, fit.trendPerDay, fit.weekdayFactors)
        } catch {
            (unit.unavailable, unit.note) = (error, error.message)
            values = Array(repeating: nil, count: types.count - history)
        }
        unit.days = values.enumerated().map { offset, value in
            let i = history + offset
            return ForecastDay(date: s.first.advanced(by: i), type: types[i].name, expected: value?.expected, low: value?.low, high: value?.high, observed: observed(i))
        }
        return unit
    }
}
