import Testing
import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI

/// `RootCauseExplainer` puts `uptake explain` behind the alerts' `{{ explanation }}` and the monthly
/// report's flagged localities: the same finding as the explainer itself, in each hook's shape.
@Suite struct ExplainerHookTests {
    /// A 3-day outage at commune 00002 with its one-stop incident (as in ExplainTests).
    func outageStore() async -> InMemoryStore {
        let store = await ExplainWorld.store(effect: { c, _, d in c == "00002" && ExplainWorld.outage.contains(d) ? 0.02 : 1 })
        await ExplainWorld.readiness(store)
        await store.insert(incidents: [IncidentRecord(start: Instant(day: ExplainWorld.outage.first, text: "2025-07-15"),
                                                      end: Instant(day: ExplainWorld.outage.last, text: "2025-07-17"),
                                                      locality: "00002", system: .oneStop, kind: .outage, errors: 40)])
        return store
    }

    @Test func anAlertOnTheOutageCarriesItsIncidentAsTheTopExplanation() async throws {
        let store = await outageStore()
        let report = try await AnomalyDetector(store: store).detect(AnomalyRequest(units: .localities(["00002"]), range: DayRange(period: "2025-07")!))
        let outage = try #require(report.anomalies.first { $0.start == ExplainWorld.outage.first })
        let direct = try await Explainer(store: store).explain(ExplainRequest(anomaly: outage))
        #expect(direct.window == DayRange(first: outage.start, last: outage.end))
        #expect(direct.baseline == DayRange(first: outage.start.advanced(by: -56), last: outage.start.advanced(by: -1)))
        let sentence = try #require(try await RootCauseExplainer(store: store).topExplanation(for: outage, asOf: ExplainWorld.outage.last))
        #expect(sentence.hasPrefix("one_stop_errors: "), "\(sentence)")
        #expect(sentence == "one_stop_errors: " + (direct.causes.first?.evidence.first ?? "–"))
    }

    @Test func aFlaggedLocalityGetsTheExplainersCausesAndContributors() async throws {
        let store = await outageStore()
        let july = DayRange(period: "2025-07")!, june = DayRange(period: "2025-06")!
        let flagged = FlaggedLocality(unit: ReportUnit(code: "01", name: "Alpha", level: .province), reasons: [.anomaly], anomalyIDs: [], incidents: [])
        let hook = try #require(try await RootCauseExplainer(store: store).explain(flagged, period: july, baseline: june))
        let direct = try await Explainer(store: store).explain(ExplainRequest(locality: "01", window: july, baseline: june, metric: .received, top: 5))
        #expect(hook.causes.map(\.cause) == direct.causes.map(\.cause.rawValue))
        #expect(!hook.causes.isEmpty)
        #expect(hook.contributors.count == direct.contributors.filter { $0.share != nil }.count)
    }
}
