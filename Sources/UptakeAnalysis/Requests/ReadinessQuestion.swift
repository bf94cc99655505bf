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
    /// the communes they went into) or the pre-reform ones as filed (``PreReformReadiness``).
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
        if vintage == .pre2025 {
            guard let preReform = context.store.capabilities.preReform else {
                throw QueryError("this database keeps no data in pre-reform units", hint: "ask in today's units", code: .refused)
            }
            let states = try await PreReformReadiness(preReform: preReform).states(asOf: asOf, parent: parent)
            return Answer(report: ReadinessCalculator.summarize(states, request: request), level: level)
        }
        return Answer(report: try await ReadinessCalculator(store: context.store).report(request), level: level)
    }
}
