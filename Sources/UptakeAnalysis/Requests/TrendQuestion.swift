import UptakeCore
import UptakeStoreAPI

/// `trend`: one unit's daily series summarised (STL, Theil–Sen, Mann–Kendall, moving averages),
/// or listed by day, week or sector.
public struct TrendQuestion: Question {
    public static let name = "trend"

    /// What `by` lists.
    public enum Breakdown: String, Codable, Sendable, CaseIterable, ParameterValue { case day, week, sector }

    public var metric: Metric?
    /// A locality by code or name; the nation when absent.
    public var locality: String?
    public var days: PeriodSelection
    public var robust: Bool
    public var daily: Bool
    public var by: Breakdown?
    public var with: EvidenceKinds?
    /// The units to answer in: today's (`nil`, the default, with pre-reform data folded in) or the
    /// pre-reform ones as filed (``PreReformUnitsStore``).
    public var vintage: UnitVintage?

    enum CodingKeys: String, CodingKey { case metric, locality, days, robust, daily, by, with, vintage }

    public init(metric: Metric? = nil, locality: String? = nil, days: PeriodSelection = PeriodSelection(), robust: Bool = false,
                daily: Bool = false, by: Breakdown? = nil, with: EvidenceKinds? = nil, vintage: UnitVintage? = nil) {
        self.metric = metric
        self.locality = locality
        self.days = days
        self.robust = robust
        self.daily = daily
        self.by = by
        self.with = with
        self.vintage = vintage
    }

    public func validate(_ name: ParameterSpelling) throws(QueryError) {
        try days.validate(name)
        if daily, let by, by != .day { throw QueryError("give either \(name("daily")) or \(name("by")) \(by.rawValue), not both") }
        try days.validateAsOf(name)
    }

    public enum Answer: Sendable {
        /// One series: summarised, or listed by day (`daily`) or ISO week (`weekly`).
        case series(TrendResult, daily: Bool, weekly: Bool, evidence: [UnitEvidence], kinds: Set<EvidenceKind>)
        /// Each sector's summary.
        case sectors([TrendResult], evidence: [UnitEvidence], kinds: Set<EvidenceKind>)

        /// The days answered about.
        public var range: DayRange? {
            switch self {
            case .series(let r, _, _, _, _): r.range
            case .sectors(let list, _, _): list.first?.range
            }
        }
    }

    public func answer(_ context: AnswerContext) async throws -> Answer {
        let context = try await context.inUnits(vintage)
        let store = context.store
        let range = try await days.rangeOrSpan(store, today: context.today)
        var code: String?
        if let locality { code = try LocalityLookup.find(locality, in: try await store.localities()).code }
        let request = TrendRequest(metric: metric ?? .onlineSubmission, locality: code, range: range,
                                   sectors: try await days.checkedSectors(store, context.spelling), robust: robust, calendar: context.calendar)
        let collector = try await EvidenceKinds.collector(with, context, covering: range)
        let kinds = with?.kinds ?? []
        if by == .sector {
            let results = try await TrendAnalyzer(store: store).trendBySector(request)
            var found: [UnitEvidence] = []
            for result in results { found += try await collector?.evidence(for: result) ?? [] }
            return .sectors(results, evidence: found, kinds: kinds)
        }
        let result = try await TrendAnalyzer(store: store).trend(request)
        let isDaily = daily || by == .day, weekly = by == .week
        let found = try await weekly ? collector?.weeklyEvidence(for: result) : collector?.evidence(for: result, daily: isDaily)
        return .series(result, daily: isDaily, weekly: weekly, evidence: found ?? [], kinds: kinds)
    }
}
