import UptakeCore
import UptakeStoreAPI

/// `targets`: each target's units, how far each is from it, whether its monthly trend gets there
/// by the deadline, and when it would. The targets are the caller's (``AnswerContext/targets``: the
/// CLI's `--targets` file, the server's), never a request's; the shipped file when none is given.
public struct TargetsQuestion: Question {
    public static let name = "targets"

    /// Only the targets on this rate.
    public var metric: Metric?
    /// Only this unit's rows (a code or a name).
    public var locality: String?
    /// The day asked on (default today): the trend ends with the latest whole month on or before it.
    public var asOf: Day?

    enum CodingKeys: String, CodingKey { case metric, locality, asOf = "as-of" }

    public init(metric: Metric? = nil, locality: String? = nil, asOf: Day? = nil) {
        (self.metric, self.locality, self.asOf) = (metric, locality, asOf)
    }

    public func validate(_ name: ParameterSpelling) throws(QueryError) {
        if let metric, !metric.isRate || metric == .onlineSubmission766 {
            throw QueryError("\(name("metric")) takes a simple rate: online-submission, online-result, sync or on-time")
        }
    }

    public func answer(_ context: AnswerContext) async throws -> TargetsResult {
        let store = context.store
        var targets = try context.targets ?? TargetFile.shipped()
        if let metric { targets = targets.filter { $0.indicator == metric } }
        var code: String?
        if let locality { code = try LocalityLookup.code(locality, in: try await store.localities()) }
        return try await TargetsAnalyzer(store: store).targets(targets, asOf: asOf ?? context.today(), locality: code)
    }
}
