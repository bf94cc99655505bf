import UptakeCore
import UptakeStoreAPI

/// `forecast`: daily values of a volume or a rate beyond the history, with 95% predictive
/// intervals, for one unit (the nation by default) or every unit of a level.
public struct ForecastQuestion: Question {
    public static let name = "forecast"

    public var metric: Metric?
    /// One locality by code or name.
    public var locality: String?
    /// Every province, or every commune (of `parent` when given), instead of one unit.
    public var level: LocalityLevel?
    public var parent: String?
    /// The last day of history (default: the last day with data).
    public var historyTo: Day?
    /// The last day forecast (default: 30 days after the history).
    public var until: Day?
    /// Days of history fitted (default 84).
    public var window: Int?
    public var sector: SectorNames?
    /// The units to answer in: today's (`nil`, the default, with pre-reform data folded in) or the
    /// pre-reform ones as filed (``PreReformUnitsStore``).
    public var vintage: UnitVintage?

    enum CodingKeys: String, CodingKey { case metric, locality, level, parent, historyTo = "history-to", until, window, sector, vintage }

    public init(metric: Metric? = nil, locality: String? = nil, level: LocalityLevel? = nil, parent: String? = nil, historyTo: Day? = nil,
                until: Day? = nil, window: Int? = nil, sector: SectorNames? = nil, vintage: UnitVintage? = nil) {
        (self.metric, self.locality, self.level, self.parent, self.historyTo, self.until, self.window, self.sector) =
            (metric, locality, level, parent, historyTo, until, window, sector)
        self.vintage = vintage
    }

    /// A horizon longer than a year extrapolates a twelve-week trend too far to mean anything.
    static let longestHorizon = 366

    public func validate(_ name: ParameterSpelling) throws(QueryError) {
        let metric = metric ?? .received
        guard metric.hasDailySeries else { throw QueryError("\(name("metric")) \(metric.rawValue) has no daily series: forecast a volume or a simple rate") }
        if locality != nil, level != nil || parent != nil {
            throw QueryError("give either \(name("locality")) (one unit) or \(name("level"))/\(name("parent")) (every unit), not both")
        }
        if let level, level != .commune, parent != nil { throw QueryError("\(name("parent")) lists communes: use \(name("level")) commune") }
        if let historyTo, let until {
            guard until > historyTo else { throw QueryError("\(name("until")) must come after \(name("history-to")) (\(until) is not after \(historyTo))") }
            guard historyTo.distance(to: until) <= Self.longestHorizon else {
                throw QueryError("\(name("until")) is at most \(Self.longestHorizon) days after \(name("history-to")): a twelve-week trend says nothing further out")
            }
        }
        if let window, !(28...730).contains(window) { throw QueryError("\(name("window")) takes 28 to 730 days of history") }
    }

    var units: UnitSelection {
        if let locality { return locality == Locality.nationCode ? .nation : .localities([locality]) }
        if let parent { return .communes(parentCode: parent) }
        switch level {
        case nil, .nation?: return .nation
        case .province?: return .provinces
        case .commune?: return .communes(parentCode: nil)
        }
    }

    public func answer(_ context: AnswerContext) async throws -> ForecastResult {
        let context = try await context.inUnits(vintage)
        let store = context.store
        var copy = self
        if locality != nil || parent != nil {
            let all = try await store.localities()
            if let locality { copy.locality = try LocalityLookup.code(locality, in: all) }
            if let parent { copy.parent = try LocalityLookup.find(parent, in: all).code }
        }
        var lastDay = historyTo
        if lastDay == nil { lastDay = try await store.applicationsSpan()?.last }
        guard let last = lastDay else {
            throw QueryError("there are no applications to forecast from", hint: "ingest applications first")
        }
        let end = until ?? last.advanced(by: 30)
        try copy.checkHorizon(last, end, context.spelling)
        let sectors = try await PeriodSelection(sectors: sector?.sectors).checkedSectors(store, context.spelling)
        let result = try await Forecaster(store: store).forecast(ForecastRequest(metric: metric ?? .received, units: copy.units, historyTo: last, until: end,
                                                                                 window: window ?? DailyForecast.standardWindow, sectors: sectors,
                                                                                 calendar: context.calendar))
        // One unit asked for: a forecast that cannot be made is an error, not an empty table.
        if level == nil, parent == nil, let note = result.units.first?.note {
            throw QueryError("\(result.units[0].name): \(note)", hint: "give an earlier \(context.spelling("history-to")) or a longer \(context.spelling("window"))")
        }
        return result
    }

    private func checkHorizon(_ last: Day, _ end: Day, _ name: ParameterSpelling) throws(QueryError) {
        var both = self
        (both.historyTo, both.until) = (last, end)
        try both.validate(name)
    }
}
