import Foundation
import Testing
import UptakeAnalysis
import UptakeCore
import UptakeReport
import UptakeStoreAPI

/// Evidence is worded in one place (``EvidenceWording``), from facts, and a sentence never says the
/// opposite of its test: "no fall" only when the one fall test did not find one.
@Suite struct EvidenceWordingTests {
    static let july = DayRange(period: "2025-07")!, june = DayRange(period: "2025-06")!

    func explanation(with fall: FallTest) -> Explanation {
        var e = Explanation(locality: "04", name: "Cao Bằng", level: .province, metric: .received, sectors: nil, mode: .change, window: Self.july,
                            baseline: Self.june, reference: nil, summary: "")
        e.fall = fall
        e.causes = [CauseFinding(cause: .unexplained, score: 0.5, facts: [.fall(FallFact(metric: .received, mode: .change, test: fall))])]
        return e
    }

    /// A 25% fall, a flat month and a 30% rise: the sentence says fell, did not change, rose; "no
    /// fall to explain" only when the test did not find a fall. The old wording said "did not move
    /// the bad way beyond the noise (p < 0.0001): there is no fall to explain" for both the flat month
    /// and the rise, and a report could call the first a drop and then "no fall".
    @Test(arguments: [(750.0, FallTest.Verdict.fell, "fell beyond the noise"), (1000, .steady, "did not change beyond the noise"), (1300, .rose, "rose")])
    func theSentenceFollowsTheTest(count: Double, verdict: FallTest.Verdict, words: String) throws {
        let test = try FallTest.volume(count: count, days: 10, baselineCount: 1000, baselineDays: 10)
        #expect(test.verdict == verdict)
        let sentence = try #require(EvidenceWording.worded(explanation(with: test)).causes.first?.evidence.first)
        #expect(sentence.contains(words), "\(sentence)")
        #expect(sentence.contains("no fall to explain") == (verdict != .fell), "\(sentence)")
    }

    /// The report's Hồ Chí Minh City (30% fewer receipts from 1 July, an outage at Sài Gòn on three
    /// days): the rendered JSON carries each fact with its `kind` beside the worded `evidence`.
    @Test func theJSONCarriesFactsBesideTheirWords() async throws {
        let store = await ReportFixture.store()
        let e = try await Explainer(store: store).explain(ExplainRequest(locality: "79", window: Self.july, baseline: Self.june, metric: .received))
        #expect(e.summary.isEmpty && e.causes.allSatisfy { $0.evidence.isEmpty }, "the analysis words nothing")
        let json = ExplanationReport(e).render(.json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((object["summary"] as? String)?.hasPrefix("Hồ Chí Minh (79): ") == true)
        for cause in object["causes"] as? [[String: Any]] ?? [] {
            let facts = cause["facts"] as? [[String: Any]] ?? [], evidence = cause["evidence"] as? [String] ?? []
            #expect(facts.count == evidence.count && !facts.isEmpty)
            #expect(facts.allSatisfy { $0["kind"] is String })
        }
        #expect((object["checks"] as? [Any])?.count == (object["checked"] as? [String])?.count)
    }
}

/// `uptake explain` behind the monthly report's flagged localities (``FlaggedLocalityExplainer``:
/// the explainer's own facts, worded when the report is rendered) and the alerts' `{{ explanation }}`
/// (`RootCauseExplainer`, a sentence worded by ``EvidenceWording``).
@Suite struct ExplainerHookTests {
    @Test func aFlaggedLocalityGetsTheExplainersFactsWordedWhenRendered() async throws {
        let store = await ReportFixture.store()
        let july = DayRange(period: "2025-07")!, june = DayRange(period: "2025-06")!
        let unit = ReportUnit(code: "79", name: "Hồ Chí Minh", level: .province)
        let flagged = FlaggedLocality(unit: unit, reasons: [.anomaly], anomalyIDs: [], incidents: [])
        let hook = try #require(try await FlaggedLocalityExplainer(store: store).explain(flagged, period: july, baseline: june))
        let direct = try await Explainer(store: store).explain(ExplainRequest(locality: "79", window: july, baseline: june, metric: .received, top: 5))
        #expect(hook == direct)
        #expect(!hook.causes.isEmpty && hook.causes.allSatisfy { !$0.facts.isEmpty && $0.evidence.isEmpty })
        var withHook = flagged
        withHook.explanation = hook
        var report = try await MonthlyReportBuilder(store: store).build(MonthlyReportRequest(period: july, baseline: june))
        report.explanations = .present([withHook])
        let json = try JSONDecoder().decode(MonthlyReport.self, from: Data(MonthlyReportDocument(report).render(.json).utf8))
        let decoded = try #require(json.explanations.content?.first?.explanation), worded = EvidenceWording.worded(direct)
        // Compared as read back: JSON keeps a period's days, not its label (2025-07 comes back as 2025-07-01..2025-07-31).
        #expect(decoded.summary == worded.summary && decoded.causes.map(\.evidence) == worded.causes.map(\.evidence), "the report's JSON is explain's, worded")
        #expect(decoded.causes.map(\.cause) == direct.causes.map(\.cause) && decoded.causes.map(\.facts.count) == direct.causes.map(\.facts.count))
    }

    @Test func anAlertCarriesTheTopCauseAndItsFirstSentence() async throws {
        let store = await ReportFixture.store()
        let report = try await AnomalyDetector(store: store).detect(AnomalyRequest(units: .localities(["26734"]), range: DayRange(period: "2025-07")!))
        let outage = try #require(report.anomalies.first { $0.locality == "26734" }, "\(report.anomalies)")
        let direct = EvidenceWording.worded(try await Explainer(store: store).explain(ExplainRequest(anomaly: outage)))
        let sentence = try #require(try await RootCauseExplainer(store: store).topExplanation(for: outage, asOf: Day(iso: "2025-07-16")!))
        let top = try #require(direct.causes.first)
        #expect(sentence == top.cause.rawValue + ": " + (top.evidence.first ?? ""))
    }
}

/// `gap` hands over numbers; its summary and the costliest children's sentences are worded by
/// ``EvidenceWording`` (notebook 04 checks the whole text on the bundled data).
@Suite struct GapWordingTests {
    @Test func theSummaryAndTheCostliestChildrenAreWordedFromTheNumbers() async throws {
        let store = await ReportFixture.store()
        let g = try await GapAnalyzer(store: store).gap(GapRequest(locality: "01", window: DayRange(period: "2025-07")!))
        #expect(g.summary.isEmpty && g.sentences.isEmpty)
        let w = EvidenceWording.worded(g)
        #expect(w.summary.hasPrefix("Hà Nội (01): the online-submission rate "), "\(w.summary)")
        #expect(w.summary.contains(" against Việt Nam (VN) ") || w.summary.contains(" (VN) "), "\(w.summary)")
        let costly = g.contributors.filter { $0.dimension == .locality && $0.contribution < 0 }
        #expect(w.sentences.count == min(3, costly.count))
        for (sentence, c) in zip(w.sentences, costly) {
            #expect(sentence.hasPrefix("\(c.name ?? "") costs Hà Nội ") && sentence.hasSuffix("applications that would have been online at the national rate."), "\(sentence)")
        }
        #expect(GapReport(g).render(.json).contains("\"summary\" : \"Hà Nội (01)"), "the JSON carries the words too")
    }
}
