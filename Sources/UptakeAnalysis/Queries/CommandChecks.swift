import Foundation
import UptakeCore
import UptakeStoreAPI

extension ComparisonRequest {
    /// Refuses a decomposition that cannot be made: of a volume or a product of rates, or of units
    /// that are not one aggregate's.
    public func checkDecomposable(_ name: ParameterSpelling) throws(QueryError) {
        guard decompose else { return }
        if !metric.isRate || metric == .onlineSubmission766 {
            throw QueryError("\(name("decompose")) splits the change of a simple rate; \(metric.rawValue) is \(metric.isRate ? "a product of two rates" : "a volume")",
                             hint: "use \(name("metric")) online-submission, online-result, sync or on-time")
        }
        if aggregate == nil {
            throw QueryError("\(name("decompose")) needs the units of one aggregate",
                             hint: "use \(name("level")) province, \(name("parent")) CODE, or \(name("locality")) CODE \(name("by")) commune")
        }
    }
}

extension ReadinessCriterion {
    /// The criteria of a comma-separated list (default: the basic requirements).
    public static func list(_ text: String?, parameter: String) throws(QueryError) -> [ReadinessCriterion] {
        guard let text else { return basicRequirements }
        var result: [ReadinessCriterion] = []
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard let c = ReadinessCriterion(rawValue: name), c != .reportedStatus else {
                throw QueryError("invalid \(parameter) \"\(name)\": expected some of \(flags.map(\.rawValue).joined(separator: ", "))")
            }
            guard !result.contains(c) else {
                throw QueryError("\(parameter) names \(name) twice", hint: "give each criterion once")
            }
            result.append(c)
        }
        return result
    }
}

extension AlertBook {
    /// The firing alerts held by a silence on the last evaluated day (inhibitions need the rule file).
    public var silencedOnLastEvaluatedDay: Set<String> {
        let day = lastEvaluated
        return Set(alerts.values.filter { r in
            r.status == .firing && silences.contains { s in day.map { s.isActive(on: $0) } == true && s.silences(r.labels) }
        }.map(\.fingerprint))
    }
}
