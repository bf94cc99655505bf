import UptakeCore

/// The hook through which a root-cause analysis (`uptake explain`) plugs its findings into the
/// report: given a flagged locality and the two periods, return what explains it, or `nil` when it
/// has nothing to say. The report builder calls it once per flagged locality; without one, the
/// report's explanation section lists the flagged localities with the incidents at hand and says
/// that no root-cause analysis was run.
///
/// ```swift
/// struct RootCauses: ReportExplainer {
///     func explain(_ flagged: FlaggedLocality, period: DayRange, baseline: DayRange) async throws -> ReportExplanation? { … }
/// }
/// let report = try await MonthlyReportBuilder(store: store, explainer: RootCauses()).build(request)
/// ```
public protocol ReportExplainer: Sendable {
    func explain(_ flagged: FlaggedLocality, period: DayRange, baseline: DayRange) async throws -> ReportExplanation?
}

/// What explains a flagged locality, in the shape of the contract's explanation object
/// (docs/data-contract.md, "JSON outputs"): the causes best first, each with its evidence as
/// sentences with numbers, and the children that contributed to the change. An explainer maps its
/// own typed result into this.
public struct ReportExplanation: Sendable, Codable, Equatable {
    public var causes: [ExplainedCause]
    public var contributors: [ExplanationContributor]

    public init(causes: [ExplainedCause], contributors: [ExplanationContributor] = []) { (self.causes, self.contributors) = (causes, contributors) }
}

/// One cause and the evidence for it.
public struct ExplainedCause: Sendable, Codable, Equatable {
    /// From the contract's vocabulary of root causes (`one_stop_errors`, `holiday`, `unexplained`, …).
    public var cause: String
    public var score: Double
    /// Sentences with numbers, as the explainer words them.
    public var evidence: [String]

    public init(cause: String, score: Double, evidence: [String]) { (self.cause, self.score, self.evidence) = (cause, score, evidence) }
}

/// A child (locality, sector) and its share of the change.
public struct ExplanationContributor: Sendable, Codable, Equatable {
    public var locality: String
    public var sector: String?
    public var share: Double

    public init(locality: String, sector: String?, share: Double) { (self.locality, self.sector, self.share) = (locality, sector, share) }
}
