import UptakeCore
import UptakeStoreAPI

/// `compare`: two periods unit by unit, with tests, flags and optionally a decomposition.
public struct CompareQuestion: Question {
    public static let name = "compare"

    /// What `by` cuts by.
    public enum Breakdown: String, Codable, Sendable, CaseIterable, ParameterValue { case commune, sector }

    public var metric: Metric?
    public var units: UnitQuery
    public var days: PeriodSelection
    /// Default: the period of the same length just before.
    public var baseline: CompareBaseline?
    public var by: Breakdown?
    public var alpha: Double?
    public var decompose: Bool
    public var top: Int?
    public var with: EvidenceKinds?
    /// The units to answer in: today's (`nil`, the default, with pre-reform data folded in) or the
    /// pre-reform ones as filed (``PreReformUnitsStore``).
    public var vintage: UnitVintage?

    enum CodingKeys: String, CodingKey { case metric, units, days, baseline, by, alpha, decompose, top, with, vintage }

    public init(metric: Metric? = nil, units: UnitQuery = UnitQuery(), days: PeriodSelection = PeriodSelection(), baseline: CompareBaseline? = nil,
                by: Breakdown? = nil, alpha: Double? = nil, decompose: Bool = false, top: Int? = nil, with: EvidenceKinds? = nil, vintage: UnitVintage? = nil) {
        self.metric = metric
        self.units = units
        self.days = days
        self.baseline = baseline
        self.by = by
        self.alpha = alpha
        self.decompose = decompose
        self.top = top
        self.with = with
        self.vintage = vintage
    }

    public func validate(_ name: ParameterSpelling) throws(QueryError) {
        try units.validate(name)
        try days.validate(name)
        if let top, top < 1 { throw QueryError("\(name("top")) must be at least 1") }
        if let alpha { try Check.open01(alpha, "alpha", name, example: "0.05") }
        try days.validateAsOf(name, alsoRelative: baseline?.period?.expression.relativePeriod != nil)
        if by == .commune, units.locality == nil { throw QueryError("\(name("by")) commune needs \(name("locality")), the province whose communes to compare") }
        if by == .sector, decompose { throw QueryError("\(name("decompose")) splits one aggregate's change: leave out \(name("by")) sector, or give one \(name("sector"))") }
    }

    public struct Answer: Sendable {
        public var result: ComparisonResult
        public var evidence: [UnitEvidence]
        public var evidenceKinds: Set<EvidenceKind>
        /// Both periods, for the calendar's coverage note.
        public var current: DayRange, baseline: DayRange
    }

    public func answer(_ context: AnswerContext) async throws -> Answer {
        let context = try await context.inUnits(vintage)
        let store = context.store
        var selection = try await units.units(store)
        if by == .commune, case .localities(let codes) = selection { selection = .communes(parentCode: codes[0]) }
        let current = try await days.range(store, today: context.today)
        let baselineRange = baseline?.range(against: current, asOf: days.asOf ?? context.today())
        let request = ComparisonRequest(metric: metric ?? .onlineSubmission, units: selection, current: current,
                                        baseline: baselineRange, sectors: try await days.checkedSectors(store, context.spelling),
                                        calendar: context.calendar, alpha: alpha ?? 0.05, decompose: decompose)
        try request.checkDecomposable(context.spelling)
        let comparer = Comparer(store: store)
        var result = by == .sector ? try await comparer.compareBySector(request) : try await comparer.compare(request)
        if let top { result = result.top(top) }
        let evidence = try await EvidenceKinds.collector(with, context, covering: request.current)?.evidence(for: result) ?? []
        return Answer(result: result, evidence: evidence, evidenceKinds: with?.kinds ?? [], current: request.current, baseline: request.baseline)
    }
}

/// compare's baseline: a period or a range (``PeriodOrRange``), or `last-year`, the current period's
/// days a year before (year over year, each year's working days counted with its own calendar).
public struct CompareBaseline: TextParameter, Hashable {
    /// `nil`: last year.
    public var period: PeriodOrRange?

    public init(_ period: PeriodOrRange?) { self.period = period }
    public static let lastYear = CompareBaseline(nil)

    public init?(parameter text: String) {
        if text == "last-year" { period = nil; return }
        guard let period = PeriodOrRange(parameter: text) else { return nil }
        self.period = period
    }

    public static var expected: String { PeriodOrRange.expected + ", or last-year (the same days a year before)" }
    public var parameterText: String { period?.parameterText ?? "last-year" }

    /// The baseline's days for `current`: the period given (a relative one counted from `asOf`), or
    /// last year's same days (across the 2025 reform when they fall before it). compare, the report and
    /// the dashboard take their baseline from here, so last year is the same days everywhere.
    public func range(against current: DayRange, asOf: Day) -> DayRange {
        period?.expression.range(asOf: asOf) ?? current.yearEarlier
    }

    /// Whether this is last year (year over year).
    public var isLastYear: Bool { period == nil }
}
