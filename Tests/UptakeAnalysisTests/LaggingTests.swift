import Testing
import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI
import UptakeTestSupport

/// Peers with a real spread around 55%: a large unit far below is lagging, a tiny one further below is not.
@Suite struct LaggingTests {
    static func store() async -> InMemoryStore {
        var localities: [Locality] = []
        var records: [ApplicationRecord] = []
        var rng = SeededRandom(seed: 11)
        let day = Day(iso: "2025-07-10")!
        func add(_ code: String, _ online: Int64, _ received: Int64) {
            localities.append(Locality(code: code, parentCode: nil, level: .province, name: "P\(code)"))
            records.append(ApplicationRecord(day: day, locality: code, sector: Sector("land")!,
                                             counts: ApplicationCounts(received: received, receivedOnline: online)))
        }
        for p in 10..<40 {
            let n = Int64.random(in: 20_000...100_000, using: &rng)
            let rate = 0.55 + Double.random(in: -0.08...0.08, using: &rng)
            add(String(p), Int64(Double(n) * rate), n)
        }
        add("01", 48_497, 148_173)   // Hà Nội in July 2025: 32.73%
        add("99", 2, 9)              // a tiny unit at 22%, below Hà Nội
        let store = InMemoryStore(localities: localities)
        await store.insert(records)
        return store
    }

    @Test func aLargeUnitFarBelowLagsAndATinyOneDoesNot() async throws {
        let result = try await LaggingAnalyzer(store: await Self.store()).lagging(
            LaggingRequest(units: .provinces, range: DayRange(period: "2025-07")!))
        let hanoi = try #require(result.rows.first { $0.locality == "01" })
        let tiny = try #require(result.rows.first { $0.locality == "99" })
        #expect(hanoi.lagging)
        #expect(hanoi.qValue! < 0.05)
        #expect(!tiny.lagging, "9 applications say little")
        #expect(tiny.shrunkRate! > 0.3, "shrunk most of the way to the peers")
        #expect(tiny.shrunkHigh! - tiny.shrunkLow! > 10 * (hanoi.shrunkHigh! - hanoi.shrunkLow!), "and its interval stays wide")
        #expect(result.rows.first?.locality == "01", "lowest shrunk rate first: Hà Nội, not the tiny unit")
        #expect(result.betweenUnitVariance > 0, "the peers' spread is more than binomial")
        #expect(result.rows.filter(\.lagging).map(\.locality) == ["01"])
    }

    @Test func aVolumeIsRefusedWithoutNamingAFlag() async throws {
        let store = await Self.store()
        let error = await #expect(throws: QueryError.self) {
            try await LaggingAnalyzer(store: store).lagging(LaggingRequest(metric: .received, units: .provinces, range: DayRange(period: "2025-07")!))
        }
        #expect(error?.message == "lagging compares a simple rate; received is a volume")
        #expect(error.map { !$0.rendered.contains("--") } == true, "the analysis words no CLI flag")
    }
}
