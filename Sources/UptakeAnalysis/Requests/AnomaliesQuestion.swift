import UptakeCore
import UptakeStoreAPI

/// `anomalies`: drops, spikes, level shifts and rate collapses, judged against each series' history.
public struct AnomaliesQuestion: Question {
    public static let name = "anomalies"

    public var metric: Metric?
    public var units: UnitQuery
    public var days: PeriodSelection
    public var bySector: Bool
    public var direction: DirectionFilter?
    public var method: DetectionMethod?
    /// nb's sensitivity: false flags expected per 1,000 series-days (default 0.1).
    public var falseFlags: Double?
    public var noEvents: Bool

    enum CodingKeys: String, CodingKey {
        case metric, units, days, bySector = "by-sector", direction, method, falseFlags = "false-flags", noEvents = "no-events"
    }

    public init(metric: Metric? = nil, units: UnitQuery = UnitQuery(), days: PeriodSelection = PeriodSelection(), bySector: Bool = false,
                direction: DirectionFilter? = nil, method: DetectionMethod? = nil, falseFlags: Double? = nil, noEvents: Bool = false) {
        self.metric = metric
        self.units = units
        self.days = days
        self.bySector = bySector
        self.direction = direction
        self.method = method
        self.falseFlags = falseFlags
        self.noEvents = noEvents
    }

    public func validate(_ name: ParameterSpelling) throws(QueryError) {
        try units.validate(name)
        try days.validate(name)
        try days.validateAsOf(name)
        let metric = metric ?? .received, method = method ?? .negativeBinomial
        if let falseFlags {
            guard falseFlags > 0, falseFlags < 1000 else { throw QueryError("\(name("false-flags")) must lie between 0 and 1000, e.g. 0.1") }
            guard method == .negativeBinomial else { throw QueryError("\(name("false-flags")) sets nb's threshold: \(name("method")) \(method.rawValue) has its own") }
        }
        if noEvents, units.parent == nil, units.level != .commune {
            throw QueryError("\(name("no-events")) unfolds commune anomalies: it goes with \(name("level")) commune or \(name("parent"))")
        }
        if metric == .onlineSubmission766 { throw QueryError("online-submission-766 is a product of two rates: scan online-submission and sync") }
        if metric.isRate, method != .negativeBinomial {
            throw QueryError("\(name("method")) \(method.rawValue) judges counts: use a volume metric, or the default method for a rate")
        }
    }

    public func answer(_ context: AnswerContext) async throws -> AnomalyReport {
        let store = context.store
        let request = AnomalyRequest(metric: metric ?? .received, units: try await units.units(store), range: try await days.range(store, today: context.today),
                                     sectors: try await days.checkedSectors(store, context.spelling), bySector: bySector,
                                     direction: direction ?? .down, method: method ?? .negativeBinomial,
                                     threshold: try DetectionThreshold(falseFlagsPerThousandSeriesDays: falseFlags ?? 0.1),
                                     calendar: context.calendar, foldProvinceEvents: !noEvents)
        return try await AnomalyDetector(store: store).detect(request)
    }
}

/// `lagging`: which units lag their peers on a rate, given their volume.
public struct LaggingQuestion: Question {
    public static let name = "lagging"

    public var metric: Metric?
    public var units: UnitQuery
    public var days: PeriodSelection
    /// The false-discovery rate at which a unit is called lagging (default 0.05).
    public var fdr: Double?

    enum CodingKeys: String, CodingKey { case metric, units, days, fdr }

    public init(metric: Metric? = nil, units: UnitQuery = UnitQuery(), days: PeriodSelection = PeriodSelection(), fdr: Double? = nil) {
        self.metric = metric
        self.units = units
        self.days = days
        self.fdr = fdr
    }

    public func validate(_ name: ParameterSpelling) throws(QueryError) {
        try units.validate(name)
        try days.validate(name)
        let metric = metric ?? .onlineSubmission
        guard metric.isRate, metric != .onlineSubmission766 else {
            throw QueryError("\(name("metric")) must be a simple rate: online-submission, online-result, sync or on-time")
        }
        try days.validateAsOf(name)
        if let fdr { try Check.open01(fdr, "fdr", name, example: "0.05") }
        if units.level == .nation { throw QueryError("\(name("level")) nation is one unit: lagging compares peers (use \(name("level")) province or commune)") }
        if units.locality != nil, units.level != .commune {
            throw QueryError("\(name("locality")) names one unit: lagging compares peers (use \(name("parent")), \(name("level")), or \(name("locality")) with \(name("level")) commune)")
        }
    }

    public func answer(_ context: AnswerContext) async throws -> LaggingResult {
        let store = context.store
        let request = LaggingRequest(metric: metric ?? .onlineSubmission, units: try await units.units(store), range: try await days.range(store, today: context.today),
                                     sectors: try await days.checkedSectors(store, context.spelling), fdr: fdr ?? 0.05)
        return try await LaggingAnalyzer(store: store).lagging(request)
    }
}
