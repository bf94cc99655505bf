import Testing
import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI

/// The report's explainer keeps reads between its explanations (readiness, the nation's sums, a
/// province's communes): each explanation must equal the one `uptake explain` gives alone, whatever
/// was explained before it (a commune of the same province, of another, the province itself).
@Suite struct ExplainMemoTests {
    @Test func aReportsSharedReadsGiveEachLocalityTheExplanationItGetsAlone() async throws {
        let store = await ExplainWorld.store(effect: { code, _, day in code == "00002" && day >= Day(valid: 2025, 7, 10) ? 0.5 : 1 })
        let july = DayRange(period: "2025-07")!, june = DayRange(period: "2025-06")!
        let shared = FlaggedLocalityExplainer(store: store)
        func alone(_ code: String, _ reason: FlagReason) async -> String {
            let request = reason == .lagging
                ? ExplainRequest(locality: code, window: july, metric: .onlineSubmission, top: 5)
                : ExplainRequest(locality: code, window: july, baseline: june, metric: .received, top: 5)
            do { return "\(try await Explainer(store: store).explain(request))" } catch { return "error: \(error)" }
        }
        var compared = 0
        for code in ["00002", "00001", "01", "00004", "02", "00002"] {
            for reason in [FlagReason.anomaly, .lagging] {
                let unit = ReportUnit(code: code, name: code, level: code.count == 2 ? .province : .commune)
                let flagged = FlaggedLocality(unit: unit, reasons: [reason], anomalyIDs: [], incidents: [])
                let kept: String
                do { kept = "\(try await shared.explain(flagged, period: july, baseline: june).map { "\($0)" } ?? "nil")" } catch { kept = "error: \(error)" }
                let single = await alone(code, reason)
                #expect(kept == single, "\(code) \(reason)")
                if !kept.hasPrefix("error") { compared += 1 }
            }
        }
        #expect(compared >= 8, "most explanations succeed, so the comparison says something")
    }
}
