import UptakeCore
import UptakeStoreAPI

/// `status`: the map's reported colour beside measured operation.
public struct StatusQuestion: Question {
    public static let name = "status"

    /// The levels `status` compares.
    public enum Level: String, Codable, Sendable, CaseIterable, ParameterValue {
        case province, commune
        var level: LocalityLevel { self == .province ? .province : .commune }
    }

    /// Which colours are shown: the map's, or also those computed from the plan's tasks.
    public enum Colour: String, Codable, Sendable, CaseIterable, ParameterValue { case reported, computed }

    public var level: Level?
    /// Only this province (by code or name).
    public var parent: String?
    public var days: PeriodSelection
    public var alpha: Double?
    public var colour: Colour?
    public var redAfterDays: Int?
    public var onTimeShare: Double?

    enum CodingKeys: String, CodingKey {
        case level, parent, days, alpha, colour, redAfterDays = "red-after-days", onTimeShare = "on-time-share"
    }

    public init(level: Level? = nil, parent: String? = nil, days: PeriodSelection = PeriodSelection(), alpha: Double? = nil,
                colour: Colour? = nil, redAfterDays: Int? = nil, onTimeShare: Double? = nil) {
        self.level = level
        self.parent = parent
        self.days = days
        self.alpha = alpha
        self.colour = colour
        self.redAfterDays = redAfterDays
        self.onTimeShare = onTimeShare
    }

    var computed: Bool { colour == .computed }

    public func validate(_ name: ParameterSpelling) throws(QueryError) {
        try days.validate(name)
        if let alpha { try Check.open01(alpha, "alpha", name, example: "0.05") }
        if let redAfterDays, redAfterDays < 1 { throw QueryError("\(name("red-after-days")) must be 1 or more, e.g. 30") }
        if let onTimeShare, !(0...1).contains(onTimeShare) { throw QueryError("\(name("on-time-share")) must lie between 0 and 1, e.g. 0.8") }
        if !computed, redAfterDays != nil || onTimeShare != nil {
            throw QueryError("\(name("red-after-days")) and \(name("on-time-share")) go with \(name("colour")) computed")
        }
        try days.validateAsOf(name, alsoRelative: computed)
    }

    public func answer(_ context: AnswerContext) async throws -> StatusResult {
        let store = context.store
        var code: String?
        if let parent {
            let found = try LocalityLookup.find(parent, in: try await store.localities())
            guard found.level == .province else {
                throw QueryError.usage("\(context.spelling("parent")) names a province: \(found.code) \(found.name) is a \(found.level.rawValue)")
            }
            code = found.code
        }
        let rules = computed ? TaskColourRules(redAfterDaysOverdue: redAfterDays ?? TaskColourRules.defaultRedAfterDaysOverdue,
                                               minimumOnTimeShare: onTimeShare ?? TaskColourRules.defaultMinimumOnTimeShare) : nil
        let request = StatusRequest(level: (level ?? .province).level, parent: code, range: try await range(context),
                                    sectors: try await days.checkedSectors(store, context.spelling), alpha: alpha ?? 0.05,
                                    taskColours: rules, tasksAsOf: computed ? days.asOf : nil)
        return try await StatusAnalyzer(store: store).status(request)
    }

    /// With computed colours and `as-of` alone: the month of `as-of` up to that day.
    func range(_ context: AnswerContext) async throws -> DayRange {
        if computed, days.explicitRange(today: context.today) == nil, let day = days.asOf {
            let start = Grain.month.periodStart(of: day)
            let end = Grain.month.periodEnd(startingAt: start)
            return DayRange(first: start, last: day, label: day == end ? Grain.month.label(startingAt: start) : nil)
        }
        return try await days.range(context.store, today: context.today)
    }
}

/// `readiness`: the basic requirements met per unit, as of a day.
public struct ReadinessQuestion: Question {
    public static let name = "readiness"

    public var asOf: Day?
    public var level: LocalityLevel?
    /// Only this province and its communes (a code).
    public var parent: String?
    /// The criteria, comma-separated (default: the basic requirements).
    public var criteria: String?

    enum CodingKeys: String, CodingKey { case asOf = "as-of", level, parent, criteria }

    public init(asOf: Day? = nil, level: LocalityLevel? = nil, parent: String? = nil, criteria: String? = nil) {
        self.asOf = asOf
        self.level = level
        self.parent = parent
        self.criteria = criteria
    }

    public func validate(_ name: ParameterSpelling) throws(QueryError) {
        if level == .nation { throw QueryError("\(name("level")) is province or commune for readiness (the national total comes with province)") }
        _ = try ReadinessCriterion.list(criteria, parameter: name("criteria"))
    }

    public struct Answer: Sendable {
        public var report: ReadinessReport
        public var level: LocalityLevel
    }

    public func answer(_ context: AnswerContext) async throws -> Answer {
        let level = level ?? .province
        let request = ReadinessRequest(asOf: asOf, level: level, parent: parent, criteria: try ReadinessCriterion.list(criteria, parameter: context.spelling("criteria")))
        return Answer(report: try await ReadinessCalculator(store: context.store).report(request), level: level)
    }
}

/// `localities`: the official list, filtered.
public struct LocalitiesQuestion: Question {
    public static let name = "localities"

    public var level: LocalityLevel?
    public var parent: String?
    public var search: String?

    public init(level: LocalityLevel? = nil, parent: String? = nil, search: String? = nil) {
        self.level = level
        self.parent = parent
        self.search = search
    }

    public func validate(_ name: ParameterSpelling) throws(QueryError) {
        if parent != nil, let level, level != .commune {
            throw QueryError("\(name("parent")) lists communes: leave out \(name("level")) \(level.rawValue), or use \(name("level")) commune")
        }
    }

    public func answer(_ context: AnswerContext) async throws -> [Locality] {
        try LocalityFilter(level: level, parent: parent, search: search).apply(to: try await context.store.localities())
    }
}

/// `gap`: one locality's rate against another's or the nation's, and where the difference comes from.
public struct GapQuestion: Question {
    public static let name = "gap"

    /// By code or name (required).
    public var locality: String?
    /// By code or name, or nation (the default).
    public var versus: String?
    public var metric: Metric?
    public var days: PeriodSelection
    public var top: Int?

    enum CodingKeys: String, CodingKey { case locality, versus, metric, days, top }

    public init(locality: String?, versus: String? = nil, metric: Metric? = nil, days: PeriodSelection = PeriodSelection(), top: Int? = nil) {
        self.locality = locality
        self.versus = versus
        self.metric = metric
        self.days = days
        self.top = top
    }

    public func validate(_ name: ParameterSpelling) throws(QueryError) {
        guard locality != nil else { throw QueryError("give \(name("locality")): the locality whose gap to explain (a code or a name)") }
        try days.validate(name)
        try days.validateAsOf(name)
        let metric = metric ?? .onlineSubmission
        guard metric.isRate, metric != .onlineSubmission766 else {
            throw QueryError("\(name("metric")) takes a simple rate: online-submission, online-result, sync or on-time")
        }
        if let top, top < 1 { throw QueryError("\(name("top")) must be at least 1") }
    }

    public func answer(_ context: AnswerContext) async throws -> GapResult {
        let store = context.store, all = try await store.localities()
        let request = GapRequest(locality: try LocalityLookup.code(locality ?? "", in: all), versus: try LocalityLookup.code(versus ?? "nation", in: all),
                                 window: try await days.range(store, today: context.today), metric: metric ?? .onlineSubmission,
                                 sectors: try await days.checkedSectors(store, context.spelling), top: top ?? 10)
        return try await GapAnalyzer(store: store).gap(request)
    }
}
