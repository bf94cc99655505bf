import UptakeCore
import UptakeStoreAPI

/// `lagging`: which units lag their peers on a rate, given their volume.
public struct LaggingQuestion: Question {
    public static let name = "lagging"

    public var metric: Metric?
    public var units: UnitQuery
    public var days: PeriodSelection
    /// The false-discovery rate at which a unit is called lagging (default 0.05).
    public var fdr: Double?

    /// The units to answer in: today's (`nil`, the default, with pre-reform data folded in) or the
    /// pre-reform ones as filed (``PreReformUnitsStore``).
    public var vintage: UnitVintage?

    enum CodingKeys: String, CodingKey { case metric, units, days, fdr, vintage }

    public init(metric: Metric? = nil, units: UnitQuery = UnitQuery(), days: PeriodSelection = PeriodSelection(), fdr: Double? = nil, vintage: UnitVintage? = nil) {
        self.vintage = vintage
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
        let context = try await context.inUnits(vintage)
        let store = context.store
        let request = LaggingRequest(metric: metric ?? .onlineSubmission, units: try await units.units(store), range: try await days.range(store, today: context.today),
                                     sectors: try await days.checkedSectors(store, context.spelling), fdr: fdr ?? 0.05)
        return try await LaggingAnalyzer(store: store).lagging(request)
    }
}
