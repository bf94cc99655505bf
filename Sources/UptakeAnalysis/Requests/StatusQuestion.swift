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
