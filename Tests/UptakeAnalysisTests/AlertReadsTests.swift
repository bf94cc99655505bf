import Synchronization
import Testing
@testable import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI

/// The morning check and the backtest read each watched series once (``SeriesWindow``) and explain
/// only what an annotation shows (issue 27): what they observe and say must not change.
@Suite struct AlertReadsTests {
    static let outage = Day(iso: "2025-07-14")!...Day(iso: "2025-07-16")!

    static func store() async -> InMemoryStore {
        await AnomalyTests.store(communes: 3, seed: 7, plant: { c, day, y in c == 2 && outage.contains(day) ? 0 : y })
    }

    @Test func aWindowCutsTheSeriesThatAReadOfTheDaysGives() async throws {
        let store = await Self.store()
        let window = SeriesWindow(base: store, days: DayRange(first: Day(iso: "2025-04-01")!, last: Day(iso: "2025-07-31")!))
        let ranges = [DayRange(first: Day(iso: "2025-04-01")!, last: Day(iso: "2025-07-31")!),  // the whole window
                      DayRange(first: Day(iso: "2025-07-10")!, last: Day(iso: "2025-07-16")!),  // a revision window
                      DayRange(first: Day(iso: "2025-04-17")!, last: Day(iso: "2025-07-16")!),  // with its history
                      DayRange(first: Day(iso: "2025-03-20")!, last: Day(iso: "2025-04-10")!)]  // reaching outside: the store's
        var compared = 0
        for metric in [Metric.received, .receivedOnline, .onlineSubmission, .resolved] {
            for units in [UnitSelection.communes(parentCode: "01"), .provinces, .nation] {
                for range in ranges {
                    for bySector in [false, true] {
                        let query = SeriesQuery(metric: metric, units: units, range: range, bySector: bySector)
                        let cut = try await window.dailySeries(query), read = try await store.dailySeries(query)
                        #expect("\(cut)" == "\(read)", "\(metric) \(units) \(range) by sector \(bySector)")  // NaN ≠ NaN: compared as text
                        compared += read.count
                    }
                }
            }
        }
        #expect(compared > 100)
    }

    static let rules = AlertRuleFile(
        rules: [AlertRule(name: "CommuneOfficeDown", watch: AlertWatch(level: .commune),
                          condition: AlertCondition(anomaly: AnomalyMatch(kinds: [.drop, .levelShift], minSeverity: .minor), dropShare: 0.6),
                          annotations: ["explanation": try! AlertTemplate("{{ explanation }}")], groupBy: ["province"]),
                AlertRule(name: "CommuneOnlineDown", watch: AlertWatch(metric: .receivedOnline, level: .commune),
                          condition: AlertCondition(anomaly: AnomalyMatch(kinds: [.drop, .levelShift], minSeverity: .minor)),
                          annotations: ["summary": try! AlertTemplate("{{ name }}: {{ observed }} against {{ expected }}")], groupBy: ["province"]),
                AlertRule(name: "OnlineShare", watch: AlertWatch(metric: .onlineSubmission, level: .province),
                          condition: AlertCondition(anomaly: AnomalyMatch(kinds: [.rateDrop], minSeverity: .minor)), groupBy: ["province"])],
        receivers: [AlertReceiver(name: "console", kind: .stdout)])

    @Test func observationsFromOneReadEqualThoseOfADayReadAlone() async throws {
        let store = await Self.store()
        let july = DayRange(period: "2025-07")!
        let plain = AlertObserver(store: store), once = plain.readingOnce(july)
        var active = 0
        for last in july.first.advanced(by: 6)...july.last {
            let days = DayRange(first: last.advanced(by: -6), last: last)
            let alone = try await plain.observe(Self.rules, days: days), shared = try await once.observe(Self.rules, days: days)
            #expect(shared == alone, "\(last)")
            active += alone.filter { $0.reading == .active }.count
        }
        #expect(active > 0, "the outage is observed, so the comparison covers active readings")
    }

    /// Counts the anomalies it is asked to explain.
    final class CountingExplainer: AlertExplaining {
        private let asked = Mutex<[String]>([])
        var rules: [String] { asked.withLock { $0 } }
        func topExplanation(for anomaly: Anomaly, asOf: Day) async throws -> String? {
            asked.withLock { $0.append("\(anomaly.metric.rawValue) \(anomaly.locality)") }
            return "because"
        }
    }

    @Test func onlyTheAnomaliesAnAnnotationShowsAreExplained() async throws {
        let store = await Self.store()
        let explainer = CountingExplainer()
        let result = try await AlertCheck(store: store, state: InMemoryAlertStateStore(), explainer: explainer).evaluate(Self.rules, asOf: Day(iso: "2025-07-16")!)
        let firing = result.evaluation.book.alerts.values.filter { $0.status == .firing }
        #expect(firing.contains { $0.rule == "CommuneOfficeDown" } && firing.contains { $0.rule == "CommuneOnlineDown" }, "both rules fire on the outage")
        #expect(explainer.rules == ["received 00002"], "CommuneOnlineDown's annotations show no explanation: not asked")
        #expect(firing.first { $0.rule == "CommuneOfficeDown" }?.annotations["explanation"] == "because")
    }
}
