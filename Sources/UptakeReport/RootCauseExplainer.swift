import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI

/// `uptake explain` behind the two hooks that want a root cause: an alert's `{{ explanation }}`
/// and the monthly report's explanation of each flagged locality. It lives with the rendering
/// because both hooks take sentences: the explainer's facts are worded by ``EvidenceWording``.
public struct RootCauseExplainer: AlertExplaining, ReportExplainer {
    public let store: any UptakeStore
    public let calendar: WorkingCalendar

    public init(store: any UptakeStore, calendar: WorkingCalendar = .vietnam) { (self.store, self.calendar) = (store, calendar) }

    /// The best-supported cause and its first piece of evidence, e.g. "one_stop_errors: 1 one-stop
    /// incident (outage) recorded at …"; `unexplained` is said as plainly.
    public func topExplanation(for anomaly: Anomaly, asOf: Day) async throws -> String? {
        let explanation = EvidenceWording.worded(try await Explainer(store: store).explain(ExplainRequest(anomaly: anomaly, calendar: calendar, top: 3)))
        guard let top = explanation.causes.first else { return nil }
        return ([top.cause.rawValue + ":"] + top.evidence.prefix(1)).joined(separator: " ")
    }

    /// A lagging locality: its online-submission gap to the nation in the period; a locality flagged
    /// for an anomaly only: the change in applications received against the baseline.
    public func explain(_ flagged: FlaggedLocality, period: DayRange, baseline: DayRange) async throws -> ReportExplanation? {
        let request = flagged.reasons.contains(.lagging)
            ? ExplainRequest(locality: flagged.unit.code, window: period, metric: .onlineSubmission, calendar: calendar, top: 5)
            : ExplainRequest(locality: flagged.unit.code, window: period, baseline: baseline, metric: .received, calendar: calendar, top: 5)
        let e = EvidenceWording.worded(try await Explainer(store: store).explain(request))
        return ReportExplanation(
            causes: e.causes.map { ExplainedCause(cause: $0.cause.rawValue, score: $0.score, evidence: $0.evidence) },
            contributors: e.contributors.compactMap { c in
                guard let share = c.share else { return nil }
                return ExplanationContributor(locality: c.locality ?? c.name ?? "", sector: c.sector?.name, share: share)
            })
    }
}
