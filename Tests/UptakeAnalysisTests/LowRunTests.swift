import Testing
import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI
import UptakeTestSupport

/// Issue 24: small communes' outages. Below 10 expected a day no single day is judged, and at 10–30
/// one low day rarely reaches p < 10⁻⁴; a run of low days is judged by its sum.
@Suite struct LowRunTests {
    /// Khoen On (03640) in the independent benchmark: online submissions 1, 1, 0, 0 against about 9 a day.
    @Test func aSmallCommunesFourLowDaysAreOneDrop() async throws {
        let run = Day(iso: "2025-07-15")!...Day(iso: "2025-07-18")!
        let planted: [Day: Double] = [run.lowerBound: 1, run.lowerBound.advanced(by: 1): 1, run.lowerBound.advanced(by: 2): 0, run.upperBound: 0]
        let store = await AnomalyTests.store(level: 9, shape: 30, seed: 3) { _, day, y in planted[day] ?? y }
        let report = try await AnomalyTests.detect(store, AnomalyRequest(units: .communes(parentCode: "01"), range: AnomalyTests.july))
        let drop = try #require(report.anomalies.first { $0.kind == .drop && $0.start <= run.upperBound && $0.end >= run.lowerBound },
                                "\(report.anomalies.map { "\($0.kind) \($0.start)…\($0.end)" })")
        #expect(drop.observed! <= 2 && drop.expected! > 10)
        #expect(drop.fall?.verdict == .fell)
        #expect(drop.severity >= .major, "score \(drop.score)")
    }

    /// A commune's earlier outage that only its run shows stays out of the baselines after it: the
    /// same commune's second outage is judged as where the first outage's days have no count at all
    /// (before, the first inflated κ̂ and lowered μ for eight weeks, and the second read as noise).
    @Test func anEarlierRunStaysOutOfTheBaselineOfTheNext() async throws {
        let first = [Day(iso: "2025-07-08")!: 0.0, Day(iso: "2025-07-09")!: 1, Day(iso: "2025-07-10")!: 0]
        let second = [Day(iso: "2025-07-28")!: 2.0, Day(iso: "2025-07-29")!: 2, Day(iso: "2025-07-30")!: 1]
        let both = await Self.store { day, y in first[day] ?? second[day] ?? y }
        let missing = await Self.store { day, y in first[day] != nil ? nil : second[day] ?? y }
        func drop(_ store: InMemoryStore) async throws -> Anomaly {
            let report = try await AnomalyTests.detect(store, AnomalyRequest(units: .communes(parentCode: "01"), range: AnomalyTests.july))
            return try #require(report.anomalies.first { $0.kind == .drop && $0.start >= Day(iso: "2025-07-20")! },
                                "\(report.anomalies.map { "\($0.kind) \($0.start)…\($0.end) \($0.score)" })")
        }
        let (withFirst, withoutFirst) = (try await drop(both), try await drop(missing))
        #expect(withFirst.fall?.verdict == .fell && withFirst.score >= 4, "score \(withFirst.score)")
        #expect(abs(withFirst.score - withoutFirst.score) < 1e-9, "\(withFirst.score) against \(withoutFirst.score) without the first outage's days")
        #expect(withFirst.expected == withoutFirst.expected)
    }

    /// One commune at ~11 a working day (θ = 30), as ``AnomalyTests/store(communes:level:shape:seed:plant:)``
    /// draws it; `plant` rewrites a day's count, or leaves the day without a row (`nil`).
    static func store(plant: (Day, Double) -> Double?) async -> InMemoryStore {
        let store = InMemoryStore(localities: [AnomalyTests.province, AnomalyTests.commune(1)])
        var sampler = CountSampler(seed: 5)
        var records: [ApplicationRecord] = []
        for day in AnomalyTests.history.first...AnomalyTests.history.last {
            let mean = WorkingCalendar.vietnam.isWorkingDay(day) && !day.isWeekend ? 11.0 : 1.1
            guard let y = plant(day, sampler.negativeBinomial(mean: mean, shape: 30)) else { continue }
            records.append(ApplicationRecord(day: day, locality: AnomalyTests.commune(1).code, sector: Sector("land")!,
                                             counts: ApplicationCounts(received: Int64(y), receivedOnline: Int64((y * 0.6).rounded(.down)))))
        }
        await store.insert(records)
        return store
    }

    /// The run test keeps the scan's promise on ordinary data: small communes with nothing planted.
    @Test(arguments: [4.0, 9, 15]) func smallCommunesWithNothingPlantedStayQuiet(level: Double) async throws {
        let store = await AnomalyTests.store(communes: 20, level: level, shape: 5, seed: 11)
        let report = try await AnomalyTests.detect(store, AnomalyRequest(units: .communes(parentCode: "01"), range: AnomalyTests.july, foldProvinceEvents: false))
        // 20 series × 23 judged days: at 0.1 per 1,000 series-days, 0.05 expected; allow one.
        #expect(report.anomalies.filter { $0.direction == .down }.count <= 1, "\(report.anomalies.map { "\($0.locality) \($0.kind) \($0.start) \($0.score)" })")
    }

    /// The fall test of a count against its expectation reads the scan's tail: P(X ≤ 1) under
    /// NB(18, θ = 15) ≈ 7·10⁻⁵, far below 0.025, so the interval lies below 1.
    @Test func aCountAgainstItsExpectation() throws {
        let t = try #require(FallTest.count(1, expected: 18, shape: 15, days: 1))
        #expect(t.verdict == .fell && t.high < 0.4 && t.low > 0 && t.pValue < 2e-4, "\(t)")
        let steady = try #require(FallTest.count(15, expected: 18, shape: 15, days: 1))
        #expect(steady.verdict == .steady && steady.low < 1 && steady.high > 1)
        let zero = try #require(FallTest.count(0, expected: 3, shape: .infinity, days: 1))
        #expect(zero.low == 0 && zero.verdict == .steady, "a zero where 3 are expected (p = e⁻³ ≈ 0.05) is not a fall")
    }
}
