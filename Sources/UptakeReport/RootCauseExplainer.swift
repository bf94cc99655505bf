import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI

/// `uptake explain` behind the alerts' `{{ explanation }}`. It lives with the rendering because the
/// hook takes a sentence: the explainer's facts are worded by ``EvidenceWording``. (The report's
/// hook takes the facts: ``FlaggedLocalityExplainer``.)
public struct RootCauseExplainer: AlertExplaining {
    public let store: any UptakeStore
    public let calendar: WorkingCalendar
    /// Reads kept between one check's explanations (``forOneCheck()``); `nil` for a long-lived
    /// explainer (the server's), whose reads must see each ingest.
    var shared: SharedExplainReads?

    public init(store: any UptakeStore, calendar: WorkingCalendar = .vietnam) { (self.store, self.calendar) = (store, calendar) }

    /// One check's explainer: its alerts' explanations read readiness as of a day, the nation's sums
    /// and a province's communes once (each explanation re-read them; 2025-09-10's national check spent
    /// about a fifth of its CPU on readiness and sums reads).
    public func forOneCheck() -> any AlertExplaining {
        var copy = self
        copy.shared = SharedExplainReads(store: store)
        return copy
    }

    /// The best-supported cause and its first piece of evidence, e.g. "one_stop_errors: 1 one-stop
    /// incident (outage) recorded at …"; `unexplained` is said as plainly.
    ///
    /// The explanation is told the anomaly's own fall test (``Anomaly/fall``, over the anomaly's days
    /// against the scan's baseline): its headline and every `fall` fact state that test, so an alert
    /// that pages a drop never carries "no fall to explain" for the same days (issue 24: "1 received
    /// against 18 expected" with "no fall to explain (p = 0.0512)"; explain's own two-period test at a
    /// count of 1 is far wider than the scan's negative binomial). The causes are explain's.
    public func topExplanation(for anomaly: Anomaly, asOf: Day) async throws -> String? {
        try await topExplanations(for: anomaly, asOf: asOf)[Language.en.rawValue]
    }

    /// One explanation, worded in each language: "one_stop_errors: 1 one-stop incident …" for the
    /// plain annotations (the cause as the data contract names it, as before), "Hệ thống một cửa điện
    /// tử lỗi lặp lại: 1 sự cố …" for `explanation_vi` (the cause as the Glossary words it).
    public func topExplanations(for anomaly: Anomaly, asOf: Day) async throws -> [String: String] {
        let explainer = shared.map { Explainer(store: store, sharing: $0) } ?? Explainer(store: store)
        let explanation = try await explainer.explain(ExplainRequest(anomaly: anomaly, calendar: calendar, top: 3)).stating(anomaly.fall)
        guard explanation.causes.first != nil else { return [:] }
        var out: [String: String] = [:]
        for language in Language.allCases {
            guard let top = EvidenceWording.worded(explanation, in: language).causes.first else { continue }
            let cause = switch language {
            case .en: top.cause.rawValue
            case .vi: Vietnamese.capitalised(top.cause.term.vi)
            }
            out[language.rawValue] = ([cause + ":"] + top.evidence.prefix(1)).joined(separator: " ")
        }
        return out
    }
}
