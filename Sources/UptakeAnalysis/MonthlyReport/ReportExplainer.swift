import UptakeCore
import UptakeStoreAPI

/// The hook through which a root-cause analysis plugs its findings into the report: given a
/// flagged locality and the two periods, return its explanation (typed facts, worded only when the
/// report is rendered), or `nil` when it has nothing to say. The report builder calls it once per
/// flagged locality; without one, the report's explanation section lists the flagged localities with
/// the incidents at hand and says that no root-cause analysis was run.
///
/// ```swift
/// let report = try await MonthlyReportBuilder(store: store, explainer: FlaggedLocalityExplainer(store: store)).build(request)
/// ```
public protocol ReportExplainer: Sendable {
    func explain(_ flagged: FlaggedLocality, period: DayRange, baseline: DayRange) async throws -> Explanation?
}

/// `uptake explain`'s question about a flagged locality: a lagging one, its online-submission gap
/// to the nation in the period; one flagged for an anomaly only, the change in applications
/// received against the baseline. The report's JSON carries the same explanation object as
/// `uptake explain --format json`.
public struct FlaggedLocalityExplainer: ReportExplainer {
    public let store: any UptakeStore
    public let calendar: WorkingCalendar
    /// The report's flagged localities repeat reads (readiness, the nation, a province's communes): kept for the report.
    let memo: ExplainMemo

    public init(store: any UptakeStore, calendar: WorkingCalendar = .vietnam) {
        (self.store, self.calendar, self.memo) = (store, calendar, ExplainMemo(store: store))
    }

    public func explain(_ flagged: FlaggedLocality, period: DayRange, baseline: DayRange) async throws -> Explanation? {
        let request = flagged.reasons.contains(.lagging)
            ? ExplainRequest(locality: flagged.unit.code, window: period, metric: .onlineSubmission, calendar: calendar, top: 5)
            : ExplainRequest(locality: flagged.unit.code, window: period, baseline: baseline, metric: .received, calendar: calendar, top: 5)
        return try await Explainer(store: store, memo: memo).explain(request)
    }
}
