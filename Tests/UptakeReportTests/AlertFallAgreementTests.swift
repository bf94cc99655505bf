import Foundation
import Testing
import UptakeAnalysis
import UptakeCore
import UptakeReport
import UptakeStoreAPI
import UptakeTestSupport

/// Issue 24: one test of "did it fall". An alert paged "Lương Tài: 1 received against 18 expected"
/// with the explanation "no fall to explain (p = 0.0512)": the scan judged the day by its negative
/// binomial, explain by a two-period rate ratio. Now each anomaly carries its ``FallTest`` (a drop is
/// reported only when it says `fell`) and the alert's explanation is told that test.
@Suite struct AlertFallAgreementTests {
    static let province = Locality(code: "27", parentCode: nil, level: .province, name: "Bắc Ninh")
    static let commune = Locality(code: "07412", parentCode: "27", level: .commune, name: "Lương Tài")
    static let history = DayRange(first: Day(iso: "2025-04-01")!, last: Day(iso: "2025-07-31")!)

    /// One commune of ~`level` a working day (NB θ = `shape`, a tenth of that on days off); `plant` rewrites a day.
    static func store(level: Double, shape: Double, seed: UInt64, plant: (Day, Double) -> Double) async -> InMemoryStore {
        let store = InMemoryStore(localities: [province, commune])
        var sampler = CountSampler(seed: seed)
        var records: [ApplicationRecord] = []
        for day in history.first...history.last {
            let mean = WorkingCalendar.vietnam.isWorkingDay(day) && !day.isWeekend ? level : level / 10
            let y = plant(day, sampler.negativeBinomial(mean: mean, shape: shape))
            records.append(ApplicationRecord(day: day, locality: commune.code, sector: Sector("land")!,
                                             counts: ApplicationCounts(received: Int64(y), receivedOnline: Int64((y * 0.6).rounded(.down)))))
        }
        await store.insert(records)
        return store
    }

    static let rules = AlertRuleFile(rules: [
        AlertRule(name: "CommuneOfficeDown", watch: AlertWatch(level: .commune),
                  condition: AlertCondition(anomaly: AnomalyMatch(kinds: [.drop, .levelShift], minSeverity: .minor), dropShare: 0.6),
                  annotations: ["summary": try! AlertTemplate("{{ name }}: {{ observed }} received against {{ expected }} expected"),
                                "explanation": try! AlertTemplate("{{ explanation }}")],
                  groupBy: ["province"]),
    ])

    /// What the alerts of a morning run say: each alert's annotations with the anomaly behind it.
    static func morning(_ store: InMemoryStore, asOf: Day) async throws -> [NotifiedAlert] {
        let check = AlertCheck(store: store, state: InMemoryAlertStateStore(), explainer: RootCauseExplainer(store: store))
        return try await check.run(rules, asOf: asOf).evaluation.notifications.flatMap(\.alerts).filter { $0.status == .firing }
    }

    /// `explain --anomaly ID` states the anomaly's own test too: asked by the id the scan printed, the
    /// same day is not called "no fall" by the question behind the command and the endpoint.
    @Test func explainByAnomalyIDStatesTheScansTest() async throws {
        let day = Day(iso: "2025-07-15")!
        let store = await Self.store(level: 18, shape: 30, seed: 7) { d, y in d == day ? 1 : y }
        let report = try await AnomalyDetector(store: store).detect(AnomalyRequest(units: .localities([Self.commune.code]), range: DayRange(first: day, last: day)))
        let drop = try #require(report.anomalies.first { $0.kind == .drop }, "\(report.anomalies)")
        let context = AnswerContext(store: store, calendar: .vietnam, today: { Day(iso: "2025-07-16")! })
        let explanation = try await ExplainQuestion(locality: nil, anomaly: drop.id).answer(context)
        #expect(explanation.fall == drop.fall && explanation.fall?.verdict == .fell, "\(String(describing: explanation.fall))")
        let worded = EvidenceWording.worded(explanation)
        #expect(!(worded.causes.flatMap(\.evidence) + [worded.summary]).contains { $0.contains("no fall") }, "\(worded.summary)")
    }

    /// The Lương Tài case replayed: ~18 a day (NB θ = 30), one day at 1, flagged by the scan (p ≈ 10⁻⁵).
    /// explain's own two-period test of a count of 1 is a Wald interval on the log scale with the
    /// days' dispersion, much wider; the page and its explanation now say the same.
    @Test func lươngTàiIsPagedWithAnExplanationThatSaysItFell() async throws {
        let day = Day(iso: "2025-07-15")!
        let store = await Self.store(level: 18, shape: 30, seed: 7) { d, y in d == day ? 1 : y }
        let report = try await AnomalyDetector(store: store).detect(AnomalyRequest(units: .localities([Self.commune.code]), range: DayRange(first: day, last: day)))
        let drop = try #require(report.anomalies.first { $0.kind == .drop }, "\(report.anomalies)")
        let fall = try #require(drop.fall)
        #expect(fall.verdict == .fell && drop.observed == 1, "\(fall)")
        // explain's own test of the same day, untold: the disagreement the alert used to carry.
        let untold = try await Explainer(store: store).explain(ExplainRequest(anomaly: drop, top: 3))
        let alerts = try await Self.morning(store, asOf: day)
        let alert = try #require(alerts.first, "the drop pages")
        #expect(alert.annotations["summary"]?.hasPrefix("Lương Tài: 1 received against ") == true)
        let explanation = try #require(alert.annotations["explanation"])
        #expect(!explanation.contains("no fall") && !explanation.contains("did not change"), "\(explanation) (explain untold: \(untold.fall.map { "\($0.verdict)" } ?? "-"))")
    }

    /// Many generated cases (volumes 6–40 a day, noise θ 3–∞, one to four planted low days of 0–40%
    /// of the level): every reported drop has a fall test that says `fell`, and every page's
    /// explanation never says there was no fall. No output says both.
    @Test func noOutputCallsADropNoFall() async throws {
        var sampler = CountSampler(seed: 24)
        var pages = 0, drops = 0
        for case_ in 0..<24 {
            let level = 6 + 34 * sampler.unit(), shape = [3.0, 8, 30, .infinity][case_ % 4]
            let length = 1 + case_ % 4, share = 0.4 * sampler.unit()
            let first = Day(iso: "2025-07-14")!
            let planted = (0..<length).map { first.advanced(by: $0) }
            let store = await Self.store(level: level, shape: shape, seed: UInt64(100 + case_)) { d, y in
                planted.contains(d) ? (y * share).rounded(.down) : y
            }
            let asOf = planted.last!
            let report = try await AnomalyDetector(store: store).detect(AnomalyRequest(units: .localities([Self.commune.code]),
                                                                                       range: DayRange(first: Day(iso: "2025-06-01")!, last: asOf)))
            for a in report.anomalies where a.direction == .down {
                drops += 1
                #expect(a.fall?.verdict == .fell, "case \(case_) (level \(level), θ \(shape)): \(a.kind) \(a.start)…\(a.end) with \(a.fall.map { "\($0.verdict)" } ?? "no test")")
            }
            for alert in try await Self.morning(store, asOf: asOf) {
                pages += 1
                let text = alert.annotations["explanation"] ?? ""
                #expect(!text.contains("no fall") && !text.contains("did not change beyond the noise"), "case \(case_): \(text)")
            }
        }
        #expect(drops > 0 && pages > 0, "the cases include drops that page (\(drops) drops, \(pages) pages)")
    }
}
