import UptakeCore
import UptakeStoreAPI

/// `readiness`: the basic requirements met per unit, as of a day.
public struct ReadinessQuestion: Question {
    public static let name = "readiness"

    public var asOf: Day?
    public var level: LocalityLevel?
    /// Only this province and its communes (a code).
    public var parent: String?
    /// The criteria, comma-separated (default: the basic requirements).
    public var criteria: String?
    /// The units to answer in: today's (`nil`, the default, with rows filed in pre-reform units moved to
    /// the communes they went into) or the pre-reform ones as filed (``PreReformUnitsStore``).
    public var vintage: UnitVintage?

    enum CodingKeys: String, CodingKey { case asOf = "as-of", level, parent, criteria, vintage }

    public init(asOf: Day? = nil, level: LocalityLevel? = nil, parent: String? = nil, criteria: String? = nil, vintage: UnitVintage? = nil) {
        self.asOf = asOf
        self.level = level
        self.parent = parent
        self.criteria = criteria
        self.vintage = vintage
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
        let store = try await context.inUnits(vintage, readingApplications: false).store
        return Answer(report: try await ReadinessCalculator(store: store).report(request), level: level)
    }
}
