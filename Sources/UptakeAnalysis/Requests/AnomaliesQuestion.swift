import UptakeCore
import UptakeStoreAPI

/// `anomalies`: drops, spikes, level shifts and rate collapses, judged against each series' history.
public struct AnomaliesQuestion: Question {
    public static let name = "anomalies"

    /// What a scan watches: one metric, or the watched ones (the default), so that an online-system
    /// outage (online submissions collapse while paper continues) is found by the plain question.
    public enum Scan: TextParameter, Hashable {
        case metric(Metric)
        /// Receipts, online submissions and the online share (counts only for a count method).
        case watched

        public static let watchedMetrics: [Metric] = [.received, .receivedOnline, .onlineSubmission]

        public init?(parameter text: String) {
            if text == "watched" { self = .watched; return }
            guard let metric = Metric(rawValue: text) else { return nil }
            self = .metric(metric)
        }
        public static var expected: String { "watched, " + Metric.allCases.map(\.rawValue).joined(separator: ", ") }
        public var parameterText: String {
            switch self {
            case .metric(let m): m.rawValue
            case .watched: "watched"
            }
        }
    }

    /// Default: ``Scan/watched``.
    public var metric: Scan?
    public var units: UnitQuery
    public var days: PeriodSelection
    public var bySector: Bool
    public var direction: DirectionFilter?
    public var method: DetectionMethod?
    /// nb's sensitivity: false flags expected per 1,000 series-days (default 0.1).
    public var falseFlags: Double?
    public var noEvents: Bool
    /// The units to answer in: today's (`nil`, the default, with pre-reform data folded in) or the
    /// pre-reform ones as filed (``PreReformUnitsStore``).
    public var vintage: UnitVintage?

    enum CodingKeys: String, CodingKey {
        case metric, units, days, bySector = "by-sector", direction, method, falseFlags = "false-flags", noEvents = "no-events", vintage
    }

    public init(metric: Scan? = nil, units: UnitQuery = UnitQuery(), days: PeriodSelection = PeriodSelection(), bySector: Bool = false,
                direction: DirectionFilter? = nil, method: DetectionMethod? = nil, falseFlags: Double? = nil, noEvents: Bool = false,
                vintage: UnitVintage? = nil) {
        self.metric = metric
        self.units = units
        self.days = days
        self.bySector = bySector
        self.direction = direction
        self.method = method
        self.falseFlags = falseFlags
        self.noEvents = noEvents
        self.vintage = vintage
    }

    public func validate(_ name: ParameterSpelling) throws(QueryError) {
        try units.validate(name)
        try days.validate(name)
        try days.validateAsOf(name)
        let method = method ?? .negativeBinomial
        if let falseFlags {
            guard falseFlags > 0, falseFlags < 1000 else { throw QueryError("\(name("false-flags")) must lie between 0 and 1000, e.g. 0.1") }
            guard method == .negativeBinomial else { throw QueryError("\(name("false-flags")) sets nb's threshold: \(name("method")) \(method.rawValue) has its own") }
        }
        if noEvents, units.parent == nil, units.level != .commune {
            throw QueryError("\(name("no-events")) unfolds commune anomalies: it goes with \(name("level")) commune or \(name("parent"))")
        }
        guard case .metric(let metric) = metric else { return }
        if metric == .onlineSubmission766 { throw QueryError("online-submission-766 is a product of two rates: scan online-submission and sync") }
        if metric.isRate, method != .negativeBinomial {
            throw QueryError("\(name("method")) \(method.rawValue) judges counts: use a volume metric, or the default method for a rate")
        }
    }

    /// The metrics scanned: the one asked for, or the watched ones (their counts only for a peer's method, which judges counts).
    public var metrics: [Metric] {
        switch metric ?? .watched {
        case .metric(let m): [m]
        case .watched: Scan.watchedMetrics.filter { !$0.isRate || (method ?? .negativeBinomial) == .negativeBinomial }
        }
    }

    public func answer(_ context: AnswerContext) async throws -> AnomalyReport {
        let context = try await context.inUnits(vintage)
        let store = context.store
        let units = try await units.units(store), range = try await days.range(store, today: context.today)
        let sectors = try await days.checkedSectors(store, context.spelling)
        let threshold = try DetectionThreshold(falseFlagsPerThousandSeriesDays: falseFlags ?? 0.1)
        var reports: [AnomalyReport] = []
        for metric in metrics {
            reports.append(try await AnomalyDetector(store: store).detect(AnomalyRequest(
                metric: metric, units: units, range: range, sectors: sectors, bySector: bySector, direction: direction ?? .down,
                method: method ?? .negativeBinomial, threshold: threshold, calendar: context.calendar, foldProvinceEvents: !noEvents)))
        }
        guard let report = AnomalyReport.merging(reports) else { preconditionFailure("a scan watches at least one metric") }
        return report
    }
}
