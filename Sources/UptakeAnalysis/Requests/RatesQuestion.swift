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
    /// pre-reform ones as filed (``PreReformRates``).
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
        if vintage == .pre2025 {
            if by == .sector { throw QueryError("\(name("by")) sector is not answered in pre-reform units yet: give \(name("sector")) instead") }
            if with != nil { throw QueryError("\(name("with")) evidence is kept in today's units: leave it out in pre-reform units") }
        }
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
        let store = context.store, metric = metric ?? .onlineSubmission
        if vintage == .pre2025 { return try await answerInPreReformUnits(context, metric: metric) }
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

extension RatesQuestion {
    /// The rows in the 63 old provinces and 10,040 old communes, from the pre-reform rows as filed.
    func answerInPreReformUnits(_ context: AnswerContext, metric: Metric) async throws -> Answer {
        guard let preReform = context.store.capabilities.preReform, let span = try await preReform.preReformSpan() else {
            throw QueryError("the database holds no applications in pre-reform units", hint: "ingest a file of them first (dated up to 2025-06-30)", code: .notFound)
        }
        let month = Grain.month.periodStart(of: span.last)  // by default the last month with data, as in today's units
        let range = days.explicitRange(today: context.today)
            ?? DayRange(first: month, last: Grain.month.periodEnd(startingAt: month), label: Grain.month.label(startingAt: month))
        let calculator = PreReformRates(preReform: preReform)
        let units = try calculator.units(self.units, context.spelling)
        let request = RateRequest(metric: metric, units: .nation, range: range, grain: (by ?? .range).grain, sectors: try await days.checkedSectors(context.store, context.spelling),
                                  confidence: confidence ?? 0.95, interval: interval ?? .wilson, rank: rank, calendar: context.calendar)
        let rows = try await calculator.rates(request, units: units)
        return Answer(rows: rows, metric: metric, ranked: rank, coverage: span, evidence: nil, evidenceKinds: [], range: range)
    }
}

extension UnitVintage: ParameterValue {}
