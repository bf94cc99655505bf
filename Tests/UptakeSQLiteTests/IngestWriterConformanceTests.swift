import Foundation
import Testing
import UptakeCore
import UptakeSQLite
import UptakeStoreAPI
import UptakeTestSupport
import UptakeIngest

/// A store's side of an ingest, with no file: typed batches written through ``IngestWriter``, the
/// same for SQLite, PostgreSQL and memory. What the writer counts, what a commit keeps (rows, aggregates,
/// new sectors) and that a transaction ended without `commit` keeps nothing. The file formats are
/// the pipeline's tests (UptakeIngestTests).
@Suite struct IngestWriterConformanceTests {
    typealias Kind = StoreConformanceTests.StoreKind

    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    /// Writes `rows` (locality codes, sector id 1 named "land") in one transaction; commits when asked.
    static func write(_ store: any IngestingStore, _ rows: [(String, String, Int64)], commit: Bool) async throws -> IngestCounts {
        try await store.withIngestWriter(IngestStart(path: "batch", kind: .applications, format: .csv, now: "t")) { writer in
            let land = writer.sectorNames.first { $0.value == "land" }?.key ?? (writer.sectorNames.keys.max() ?? 0) + 1
            let batch = rows.map { day, code, received in
                ApplicationRow(day: Self.day(day), localityID: writer.localities.id(forCode: code)!, sectorID: land,
                               counts: ApplicationCounts(received: received, receivedOnline: 1, resolved: nil, resolvedOnline: nil, synced: nil, onTime: nil))
            }
            var counts = try writer.write(.applications(batch))
            counts += try writer.endStaging()
            if commit {
                let newSectors = writer.sectorNames[land] == nil ? [(id: land, name: "land")] : []
                try writer.commit(IngestRecord(kind: .applications, sha256: UUID().uuidString, rows: rows.count, counts: counts, rejected: 0, newSectors: newSectors))
            }
            return counts
        }
    }

    @Test(arguments: StoreIngestConformanceTests.kinds)
    func batchesAreCountedCommittedOrLeftOut(kind: Kind) async throws {
        let dir = TemporaryDirectory()
        let store = try await StoreIngestConformanceTests.make(kind, dir)
        let first = try await Self.write(store, [("2025-07-01", "00004", 10), ("2025-07-01", "00008", 10)], commit: true)
        #expect(first == IngestCounts(inserted: 2), "\(kind)")
        let second = try await Self.write(store, [("2025-07-01", "00004", 10), ("2025-07-01", "00008", 20), ("2025-07-02", "00008", 1)], commit: true)
        #expect(second == IngestCounts(inserted: 1, revised: 1, unchanged: 1), "\(kind)")
        let uncommitted = try await Self.write(store, [("2025-07-03", "00004", 500)], commit: false)
        #expect(uncommitted == IngestCounts(inserted: 1), "\(kind): counted, then rolled back")
        let sums = try await store.sums(SumsQuery(units: .nation, range: DayRange(period: "2025-07")!, grain: .range))[0].sums
        #expect((sums.rows, sums.received) == (3, 31), "\(kind): the aggregates follow the revision and keep nothing uncommitted")
        #expect(try await store.sectors().map(\.name) == ["land"], "\(kind): the new sector is stored with the commit")
    }
}
