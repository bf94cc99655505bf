import Testing
import UptakeTestSupport
import UptakeCore
import UptakeStoreAPI
import UptakeSQLite
import UptakeIngest

/// After random ingests and revisions, every aggregate answer equals a recomputation from the raw
/// rows and an independent sum in memory of what was last written for each key.
@Suite(.tags(.slow)) struct AggregateTests {
    @Test(arguments: [1, 2, 3])
    func aggregatesEqualRawRowsAfterRandomRevisions(seed: UInt64) async throws {
        let fixture = try StoreFixture()
        var rng = SeededRandom(seed: seed)
        let communes = ["00004", "00008", "01273", "01"]  // "01" is province-level handling
        let sectors = ["land", "civil_status", ""]
        var truth: [String: ApplicationCounts] = [:]  // key "day|locality|sector"
        let start = Day(iso: "2025-06-20")!
        for batch in 0..<6 {
            var lines: [String] = []
            var seen = Set<String>()
            for _ in 0..<Int.random(in: 20...60, using: &rng) {
                let day = start.advanced(by: Int.random(in: 0..<45, using: &rng))
                let loc = communes.randomElement(using: &rng)!
                let sector = sectors.randomElement(using: &rng)!
                let key = "\(day)|\(loc)|\(sector.isEmpty ? "all" : sector)"
                guard seen.insert(key).inserted else { continue }
                // Seed 3 draws counts up to the contract's bound, so sums run far past 32 bits.
                let received = Int64.random(in: 0...(seed == 3 ? DataDomain.maxCount : 50), using: &rng)
                let online = Int64.random(in: 0...received, using: &rng)
                let hasResolved = Bool.random(using: &rng)
                let resolved = hasResolved ? Int64.random(in: 0...(seed == 3 ? DataDomain.maxCount : 40), using: &rng) : nil
                let resolvedOnline = resolved.flatMap { r in Bool.random(using: &rng) ? Int64.random(in: 0...r, using: &rng) : nil }
                let synced = Bool.random(using: &rng) ? Int64.random(in: 0...received, using: &rng) : nil
                let onTime = resolved.flatMap { r in Bool.random(using: &rng) ? Int64.random(in: 0...r, using: &rng) : nil }
                let counts = ApplicationCounts(received: received, receivedOnline: online, resolved: resolved, resolvedOnline: resolvedOnline,
                                               synced: synced, onTime: onTime)
                truth[key] = counts
                func s(_ v: Int64?) -> String { v.map(String.init) ?? "" }
                lines.append("\(day),\(loc),\(sector),\(received),\(online),\(s(resolved)),\(s(resolvedOnline)),\(s(synced)),\(s(onTime))")
            }
            let summary = try fixture.ingest("b\(batch).csv", header + lines.joined(separator: "\n") + "\n")
            #expect(summary.committed)
        }
        func expected(_ codes: Set<String>, _ range: DayRange, _ sector: String?) -> CountSums {
            var total = CountSums()
            for (key, counts) in truth {
                let parts = key.split(separator: "|").map(String.init)
                let day = Day(iso: parts[0])!
                guard range.contains(day), codes.contains(parts[1]), sector == nil || parts[2] == sector else { continue }
                total += CountSums(counts)
            }
            return total
        }
        let ranges = [DayRange(period: "2025-07")!, DayRange(first: Day(iso: "2025-06-25")!, last: Day(iso: "2025-07-09")!), DayRange(period: "2025-Q3")!]
        let selections: [(UnitSelection, [String: Set<String>])] = [
            (.provinces, ["01": ["00004", "00008", "01"], "04": ["01273"]]),
            (.nation, ["VN": ["00004", "00008", "01", "01273"]]),
            (.communes(parentCode: "01"), ["00004": ["00004"], "00008": ["00008"]]),
            (.localities(["00008", "04"]), ["00008": ["00008"], "04": ["01273"]]),
        ]
        for range in ranges {
            for grain in [Grain.range, .month, .week, .day] {
                for (units, members) in selections {
                    for sector in [nil, "land"] as [String?] {
                        let query = SumsQuery(units: units, range: range, grain: grain, sectors: sector.map { [Sector($0)!] })
                        let fast = try await fixture.store.sums(query)
                        let raw = try fixture.store.rawSums(query)
                        #expect(fast == raw, "\(units) \(range) \(grain) \(sector ?? "all")")
                        for row in fast {
                            #expect(row.sums == expected(members[row.locality.code]!, row.period, sector), "\(row.locality.code) \(row.period)")
                        }
                    }
                }
            }
        }
    }
}
