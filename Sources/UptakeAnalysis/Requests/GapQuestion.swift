import UptakeCore
import UptakeStoreAPI

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

    /// The units to answer in: today's (`nil`, the default, with pre-reform data folded in) or the
    /// pre-reform ones as filed (``PreReformUnitsStore``).
    public var vintage: UnitVintage?

    enum CodingKeys: String, CodingKey { case locality, versus, metric, days, top, vintage }

    public init(locality: String?, versus: String? = nil, metric: Metric? = nil, days: PeriodSelection = PeriodSelection(), top: Int? = nil, vintage: UnitVintage? = nil) {
        self.vintage = vintage
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
        let context = try await context.inUnits(vintage)
        let store = context.store, all = try await store.localities()
        let request = GapRequest(locality: try LocalityLookup.code(locality ?? "", in: all), versus: try LocalityLookup.code(versus ?? "nation", in: all),
                                 window: try await days.range(store, today: context.today), metric: metric ?? .onlineSubmission,
                                 sectors: try await days.checkedSectors(store, context.spelling), top: top ?? 10)
        return try await GapAnalyzer(store: store).gap(request)
    }
}
