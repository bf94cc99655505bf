import UptakeCore

extension SeriesMethod: ParameterValue {}
extension SeriesCost: ParameterValue {}

/// `detect`: a detector run on one bare `date,value` series, no database involved.
///
/// The parameters are a question's like any other (named as the CLI's options and the API's query
/// parameters, checked once by `validate`); the series is not a parameter: the CLI reads it from the
/// file it is given, the server from the request body (`POST /api/v1/detect`, text/csv), and either
/// sets ``series`` before answering. So ``ParameterDecoder`` reads the parameters alone and leaves the
/// series empty.
public struct DetectQuestion: Question {
    public static let name = "detect"

    /// Which days count: absent, the caller's calendar (Vietnam's, or the file `--calendar` names on the
    /// command line); `none`, every day, weekends and holidays included (a series that is not office days).
    public enum CalendarChoice: String, Codable, Sendable, CaseIterable, ParameterValue {
        /// `none`: no calendar, every day counts (not `case none`, which reads as `Optional.none`).
        case everyDay = "none"
    }

    /// Default: ``SeriesMethod/nb``.
    public var method: SeriesMethod?
    /// PELT's segment cost (poisson, gaussian, meanvar or linear); default ``SeriesCost/defaultCost(for:)``
    /// (linear for counts, gaussian for other measurements). Only with `method` pelt.
    public var cost: SeriesCost?
    /// Default: both.
    public var direction: DirectionFilter?
    /// nb's sensitivity: false flags expected per 1,000 days, per direction (default 0.1).
    public var falseFlags: Double?
    public var calendar: CalendarChoice?
    /// The series judged: not a parameter (see the type's summary).
    public var series: DateValueSeries

    enum CodingKeys: String, CodingKey {
        case method, cost, direction, falseFlags = "false-flags", calendar
    }

    public init(series: DateValueSeries, method: SeriesMethod? = nil, cost: SeriesCost? = nil, direction: DirectionFilter? = nil,
                falseFlags: Double? = nil, calendar: CalendarChoice? = nil) {
        self.series = series
        self.method = method
        self.cost = cost
        self.direction = direction
        self.falseFlags = falseFlags
        self.calendar = calendar
    }

    /// The parameters; the series is empty until the caller sets it.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(series: DateValueSeries(first: Day(number: 0), values: []),
                  method: try c.decodeIfPresent(SeriesMethod.self, forKey: .method),
                  cost: try c.decodeIfPresent(SeriesCost.self, forKey: .cost),
                  direction: try c.decodeIfPresent(DirectionFilter.self, forKey: .direction),
                  falseFlags: try c.decodeIfPresent(Double.self, forKey: .falseFlags),
                  calendar: try c.decodeIfPresent(CalendarChoice.self, forKey: .calendar))
    }

    /// The parameters only, as a URL carries them.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(method, forKey: .method)
        try c.encodeIfPresent(cost, forKey: .cost)
        try c.encodeIfPresent(direction, forKey: .direction)
        try c.encodeIfPresent(falseFlags, forKey: .falseFlags)
        try c.encodeIfPresent(calendar, forKey: .calendar)
    }

    public func validate(_ name: ParameterSpelling) throws(QueryError) {
        let method = method ?? .nb
        if let falseFlags {
            guard falseFlags > 0, falseFlags < 1000 else { throw QueryError("\(name("false-flags")) must lie between 0 and 1000, e.g. 0.1") }
            guard method == .nb else { throw QueryError("\(name("false-flags")) sets nb's threshold: \(name("method")) \(method.rawValue) has its own") }
        }
        if cost != nil, method != .pelt { throw QueryError("\(name("cost")) is PELT's segment cost: it goes with \(name("method")) pelt") }
    }

    /// The anomalies found, and the method that found them (the report's note depends on it).
    public struct Answer: Sendable, Equatable {
        public var anomalies: [SeriesAnomaly]
        public var method: SeriesMethod
        /// PELT's cost, asked for or the default; nil for the other methods.
        public var cost: SeriesCost? = nil
    }

    /// The calendar the series is judged with: every day for `none`, else `calendar` (the caller's).
    public func workingCalendar(_ calendar: WorkingCalendar) -> WorkingCalendar {
        self.calendar == CalendarChoice.everyDay ? WorkingCalendar.everyDay : calendar
    }

    /// The answer with the caller's calendar; no store is read (the command line has none to give).
    /// - Throws: ``StatisticsError`` when the series does not suit the method (nb on values that are not counts).
    public func answer(calendar: WorkingCalendar) throws -> Answer {
        let method = method ?? .nb
        let cost = method == .pelt ? cost ?? .defaultCost(for: series.values) : nil
        let found = try SeriesDetector.detect(series, method: method, cost: cost, calendar: workingCalendar(calendar),
                                              threshold: try DetectionThreshold(falseFlagsPerThousandSeriesDays: falseFlags ?? 0.1),
                                              direction: direction ?? .both)
        return Answer(anomalies: found, method: method, cost: cost)
    }

    public func answer(_ context: AnswerContext) async throws -> Answer { try answer(calendar: context.calendar) }
}
