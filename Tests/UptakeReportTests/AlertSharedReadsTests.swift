import Synchronization
import Testing
import UptakeAnalysis
import UptakeCore
import UptakeReport
import UptakeStoreAPI
import UptakeTestSupport

/// One morning check's explanations share their reads (``RootCauseExplainer/forOneCheck()``): the
/// second explanation of the check re-reads no readiness, and says what it says alone. A long-lived
/// explainer (the server's) keeps nothing between explanations.
@Suite struct AlertSharedReadsTests {
    /// A store that counts the readiness reads reaching it.
    final class CountingStore: UptakeStore {
        let base: any UptakeStore
        let readinessReads = Mutex(0)
        init(_ base: any UptakeStore) { self.base = base }
        var capabilities: StoreCapabilities { base.capabilities }
        func localities() async throws -> [Locality] { try await base.localities() }
        func sums(_ query: SumsQuery) async throws -> [UnitPeriodSums] { try await base.sums(query) }
        func applicationsSpan() async throws -> DayRange? { try await base.applicationsSpan() }
        func sectors() async throws -> [Sector] { try await base.sectors() }
        func readiness(asOf day: Day?, scope: ReadinessScope) async throws -> [LocalityReadiness] {
            readinessReads.withLock { $0 += 1 }
            return try await base.readiness(asOf: day, scope: scope)
        }
        func dailySeries(_ query: SeriesQuery) async throws -> [DailySeries] { try await base.dailySeries(query) }
        func incidents(_ query: IncidentQuery) async throws -> [IncidentRecord] { try await base.incidents(query) }
    }

    @Test func aChecksExplanationsReadReadinessOnce() async throws {
        let day = Day(iso: "2025-07-15")!
        let inner = await AlertFallAgreementTests.store(level: 18, shape: 30, seed: 7) { d, y in d == day ? 1 : y }
        let report = try await AnomalyDetector(store: inner).detect(AnomalyRequest(units: .localities([AlertFallAgreementTests.commune.code]),
                                                                                   range: DayRange(first: day, last: day)))
        let drop = try #require(report.anomalies.first { $0.kind == .drop }, "\(report.anomalies)")

        let store = CountingStore(inner)
        let alone = try await RootCauseExplainer(store: store).topExplanations(for: drop, asOf: day)
        let readsAlone = store.readinessReads.withLock { $0 }
        #expect(readsAlone > 0 && !alone.isEmpty, "an explanation reads readiness: \(readsAlone), \(alone)")
        _ = try await RootCauseExplainer(store: store).topExplanations(for: drop, asOf: day)
        #expect(store.readinessReads.withLock { $0 } == 2 * readsAlone, "a long-lived explainer keeps nothing")

        let check = RootCauseExplainer(store: store).forOneCheck()
        store.readinessReads.withLock { $0 = 0 }
        let first = try await check.topExplanations(for: drop, asOf: day)
        let readsFirst = store.readinessReads.withLock { $0 }
        let second = try await check.topExplanations(for: drop, asOf: day)
        #expect(store.readinessReads.withLock { $0 } == readsFirst, "the check's second explanation re-read readiness")
        #expect(first == alone && second == alone, "shared reads change no word: \(first) / \(alone)")
    }
}
