import UptakeCore
import UptakeStoreAPI

/// `rates`: a metric per unit and period, as ratios of sums with intervals.
public struct RatesQuestion: Question {
    public static let name = "rates"

    /// What `by` cuts by: a grain of periods, or the sectors.
    public enum Breakdown: String, Codable, Sendable, CaseIterable, ParameterValue {
        case day, week, month, quarter, year, range, sector
        var grain: Grain { Grain(rawValue: rawValue) ?? .range }
    }

    public var metric: Metric?
    public var units: UnitQuery
    public var days: PeriodSelection
    public var by: Breakdown?
    public var interval: IntervalMethod?
    public var confidence: Double?
    public var rank: Bool
    public var with: EvidenceKinds?
    /// The units to answer in: today's (`nil`, the default, with pre-reform data folded in) or the
    /// pre-reform ones as filed (``PreReformUnitsStore``).
    public var vintage: UnitVintage?

    enum CodingKeys: String, CodingKey { case metric, units, days, by, interval, confidence, rank, with, vintage }

    public init(metric: Metric? = nil, units: UnitQuery = UnitQuery(), days: PeriodSelection = PeriodSelection(), by: Breakdown? = nil,
                interval: IntervalMethod? = nil, confidence: Double? = nil, rank: Bool = false, with: EvidenceKinds? = nil, vintage: UnitVintage? = nil) {
        self.vintage = vintage
        self.metric = metric
        self.units = units
        self.days = days
        self.by = by
        self.interval = interval
        self.confidence = confidence
        self.rank = rank
        self.with = with
    }

    public func validate(_ name: ParameterSpelling) throws(QueryError) {
        try units.validate(name)
        try days.validate(name)
        if let confidence { try Check.open01(confidence, "confidence", name, example: "0.95") }
        try days.validateAsOf(name)
    }

    /// The rows, with what they need to be printed.
    public struct Answer: Sendable {
        public var rows: [RateRow]
        public var metric: Metric
        public var ranked: Bool
        /// The days the store has applications for (a period outside them says so).
        public var coverage: DayRange?
        public var evidence: [UnitEvidence]?
        public var evidenceKinds: Set<EvidenceKind>
        /// The days answered about.
        public var range: DayRange
    }

    public func answer(_ context: AnswerContext) async throws -> Answer {
        let context = try await context.inUnits(vintage)
        let store = context.store, metric = metric ?? .onlineSubmission
        let request = RateRequest(metric: metric, units: try await units.units(store), range: try await days.range(store, today: context.today),
                                  grain: (by ?? .range).grain, sectors: try await days.checkedSectors(store, context.spelling),
                                  confidence: confidence ?? 0.95, interval: interval ?? .wilson, rank: rank, calendar: context.calendar)
        let calculator = RateCalculator(store: store)
        let rows = by == .sector ? try await calculator.ratesBySector(request) : try await calculator.rates(request)
        let evidence = try await EvidenceKinds.collector(with, context, covering: request.range)?.evidence(for: rows)
        return Answer(rows: rows, metric: metric, ranked: rank, coverage: try await store.applicationsSpan(),
                      evidence: evidence, evidenceKinds: with?.kinds ?? [], range: request.range)
    }
}

extension UnitVintage: ParameterValue {}
