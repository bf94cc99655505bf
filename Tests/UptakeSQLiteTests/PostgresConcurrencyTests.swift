import Foundation
import Synchronization
import Testing
import UptakeCore
import UptakePostgres
import UptakeStoreAPI
import UptakeTestSupport
import UptakeIngest

/// Several writers and readers at once on PostgreSQL, each with its own pool as separate processes
/// would have: two ingests that add to the same monthly aggregates, and readers throughout. No read
/// fails, every read sees whole ingests (never half of one), and the totals afterwards are exact.
/// The throughput figures are benchmarks/postgres/concurrent.sh's, not this test's.
@Suite struct PostgresConcurrencyTests {
    /// How many ingests are still running, shared by the tasks.
    final class Writers: Sendable {
        let count = Mutex(2)
    }

    static let communes = ["00004", "00008", "01273"]
    static let sectors = ["business", "civil_status", "land", "social"]

    /// One file's rows: every commune and sector on each of `days` (deterministic counts).
    static func file(days: ClosedRange<Int>) -> (csv: String, received: Int64, byProvince: [String: Int64]) {
        var lines = ["date,locality,sector,received,received_online,resolved,resolved_online,synced,on_time"]
        var total: Int64 = 0
        var byProvince: [String: Int64] = [:]
        for d in days {
            for (c, commune) in communes.enumerated() {
                for (s, sector) in sectors.enumerated() {
                    let received = Int64(10 + (d * 7 + c * 3 + s) % 23)
                    lines.append("2025-07-\(d < 10 ? "0" : "")\(d),\(commune),\(sector),\(received),\(received / 2),\(received - 1),1,\(received / 3),\(received - 2)")
                    total += received
                    byProvince[commune == "01273" ? "04" : "01", default: 0] += received
                }
            }
        }
        return (lines.joined(separator: "\n") + "\n", total, byProvince)
    }

    @Test(.enabled(if: PostgresTestCluster.unavailableReason == nil, Comment(rawValue: PostgresTestCluster.unavailableReason ?? "")))
    func twoIngestsAndReadersAtOnceGiveExactTotals() async throws {
        let dir = TemporaryDirectory()
        let url = try PostgresURL(PostgresTestCluster.shared.get().createDatabase())
        let setup = try await PostgresStore(url: url)
        #expect(try await setup.ingest(path: dir.write("localities.csv", sampleLocalitiesCSV), options: IngestOptions.todaysUnits(now: "t"), progress: nil).committed)
        // The first half of July and the second: different rows, the same monthly aggregate rows.
        let first = Self.file(days: 1...15), second = Self.file(days: 16...31)
        let paths = [dir.write("first.csv", first.csv), dir.write("second.csv", second.csv)]
        let whole: Set<Int64> = [0, first.received, second.received, first.received + second.received]
        let july = DayRange(period: "2025-07")!

        let writing = Writers()
        let summaries = try await withThrowingTaskGroup(of: IngestSummary?.self) { group in
            for path in paths {
                group.addTask {
                    defer { writing.count.withLock { $0 -= 1 } }
                    let store = try await PostgresStore(url: url)
                    defer { store.close() }
                    return try await store.ingest(path: path, options: IngestOptions.todaysUnits(now: "t"), progress: nil)
                }
            }
            for reader in 0..<4 {
                group.addTask {
                    let store = try await PostgresStore(url: url)
                    defer { store.close() }
                    var reads = 0
                    // Until both ingests are done, and at least a few reads each; bounded either way.
                    while (writing.count.withLock { $0 > 0 } || reads < 3) && reads < 2_000 {
                        let units: UnitSelection = reader % 2 == 0 ? .nation : .communes(parentCode: nil)
                        let rows = try await store.sums(SumsQuery(units: units, range: july, grain: reader < 2 ? .month : .day))
                        let received = rows.reduce(Int64(0)) { $0 + $1.sums.received }
                        #expect(whole.contains(received), "reader \(reader) saw \(received): part of an ingest")
                        reads += 1
                    }
                    return nil
                }
            }
            return try await group.reduce(into: [IngestSummary]()) { if let s = $1 { $0.append(s) } }
        }
        #expect(summaries.count == 2 && summaries.allSatisfy { $0.committed && $0.errors.isEmpty })
        #expect(summaries.map(\.inserted).sorted() == [15 * 12, 16 * 12])

        let provinces = try await setup.sums(SumsQuery(units: .provinces, range: july, grain: .month))
        for code in ["01", "04"] {
            let expected = (first.byProvince[code] ?? 0) + (second.byProvince[code] ?? 0)
            #expect(provinces.first { $0.locality.code == code }?.sums.received == expected, "province \(code): no lost update of the monthly sums")
        }
        let communes = try await setup.sums(SumsQuery(units: .communes(parentCode: nil), range: july, grain: .day))
        #expect(communes.reduce(0) { $0 + $1.sums.received } == first.received + second.received, "the raw rows, day by day")
        #expect(communes.reduce(0) { $0 + $1.sums.rows } == Int64(31 * 12))
        setup.close()
    }

    /// A store keeps the locality tree between queries: another process's ingest that adds a
    /// commune must show in its next answer.
    @Test(.enabled(if: PostgresTestCluster.unavailableReason == nil, Comment(rawValue: PostgresTestCluster.unavailableReason ?? "")))
    func aCommuneAddedByAnotherStoreShowsInTheNextQuery() async throws {
        let dir = TemporaryDirectory()
        let url = try PostgresURL(PostgresTestCluster.shared.get().createDatabase())
        let reader = try await PostgresStore(url: url), writer = try await PostgresStore(url: url)
        defer { reader.close(); writer.close() }
        #expect(try await writer.ingest(path: dir.write("localities.csv", sampleLocalitiesCSV), options: IngestOptions.todaysUnits(now: "t"), progress: nil).committed)
        #expect(try await reader.localities().map(\.code) == ["00004", "00008", "01", "01273", "04"])
        let added = sampleLocalitiesCSV + "00010,01,commune,Ward,Phúc Xá,Phường Phúc Xá,Phuc Xa\n"
        #expect(try await writer.ingest(path: dir.write("more.csv", added), options: IngestOptions.todaysUnits(now: "t"), progress: nil).committed)
        #expect(try await reader.localities().map(\.code) == ["00004", "00008", "00010", "01", "01273", "04"])
        let communes = try await reader.sums(SumsQuery(units: .communes(parentCode: "01"), range: DayRange(period: "2025-07")!, grain: .range))
        #expect(communes.map(\.locality.code) == ["00004", "00008", "00010"])
    }
}
