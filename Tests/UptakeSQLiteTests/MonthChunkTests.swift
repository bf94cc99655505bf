import Foundation
import GRDB
import Testing
import UptakeCore
import UptakeStoreAPI
import UptakeTestSupport
@testable import UptakeSQLite

/// The packed layout of raw applications (schema v7): records as written, and a writer that holds
/// rows in memory, writes them in parts and merges revisions day by day.
@Suite struct MonthChunkTests {
    typealias Record = MonthChunk.Record

    @Test func aRecordComesBackAsWritten() {
        let records = [Record(dayOfMonth: 1, counts: ApplicationCounts(received: 1_000_000_000, receivedOnline: 0), ingestID: 3),
                       Record(dayOfMonth: 31, counts: ApplicationCounts(received: 7, receivedOnline: 2, resolved: 0, resolvedOnline: nil, synced: 5, onTime: 1),
                              ingestID: 0)]
        let bytes = MonthChunk.encode(records)
        #expect(bytes.count == 2 * MonthChunk.recordBytes)
        bytes.withUnsafeBytes { b in
            #expect(MonthChunk.records(b) == records)
            #expect(MonthChunk.field(b, record: 1, field: 0) == 31)
            #expect(MonthChunk.field(b, record: 1, field: 3) == 0)  // resolved 0, not left out
            #expect(MonthChunk.field(b, record: 1, field: 4) == nil)  // resolved_online left out
            #expect(MonthChunk.field(b, record: 0, field: 1) == 1_000_000_000)
            #expect(MonthChunk.field(b, record: 0, field: 7) == 3)
        }
    }

    @Test func theMonthsOfARangeCrossTheYear() {
        let range = DayRange(first: Day(valid: 2024, 12, 31), last: Day(valid: 2025, 2, 1))
        #expect(MonthChunkScan.monthStarts(range) == [Day(valid: 2024, 12, 1), Day(valid: 2025, 1, 1), Day(valid: 2025, 2, 1)].map(\.number))
        #expect(Day(valid: 2024, 2, 29).monthStartAndDay == (Day(valid: 2024, 2, 1), 29))
    }

    /// Two ingests over three months, the first in date order (a file as it comes: later parts
    /// append to stored chunks), the second shuffled (parts merge day by day), each written whole or
    /// in parts of a few rows, with sectors the writer chains by array (below 16) and by key (16 and
    /// above): every outcome, every row of the `applications` view, the chunks' bytes and the
    /// aggregates' totals equal an independent tally of what was written last.
    @Test(arguments: [3, 1_000_000], [1, 15]) func rowsWrittenInPartsMergeDayByDay(pendingRows: Int, firstSector: Int) throws {
        let dir = TemporaryDirectory()
        let path = dir.file("chunks.sqlite")
        try SQLiteStore(path: path).close()
        var config = Configuration()
        config.prepareDatabase { db in try ChunkSQLFunction.install(on: db.sqliteConnection!) }
        let queue = try DatabaseQueue(path: path, configuration: config)
        var generator = SeededRandom(seed: 7)
        let days = (Day(valid: 2025, 6, 20).number...Day(valid: 2025, 8, 10).number).map { Day(number: $0) }
        var keys: [(Day, Int, Int)] = []
        for day in days { for locality in 2...4 { for sector in firstSector...firstSector + 1 { keys.append((day, locality, sector)) } } }
        func counts() -> ApplicationCounts {
            let received = Int64.random(in: 0...50, using: &generator)
            return ApplicationCounts(received: received, receivedOnline: Int64.random(in: 0...received, using: &generator),
                                     resolved: Bool.random(using: &generator) ? Int64.random(in: 0...9, using: &generator) : nil,
                                     synced: Int64.random(in: 0...3, using: &generator))
        }
        var expected: [String: [Int64?]] = [:]  // "day,locality,sector" -> counts and ingest id
        func run(_ rows: [ApplicationRow], ingestID: Int) throws -> IngestCounts {
            try queue.write { db in
                let writer = try MonthChunkWriter(db, ingestID: ingestID, maxLocalityID: 10, provinceOf: { _ in 1 },
                                                  pendingLimit: pendingRows)
                for batch in stride(from: 0, to: rows.count, by: 5) { try writer.add(Array(rows[batch..<min(batch + 5, rows.count)])) }
                return try writer.finish()
            }
        }
        func record(_ row: ApplicationRow, _ ingestID: Int) {
            let c = row.counts
            expected["\(row.day.number),\(row.localityID),\(row.sectorID)"] = [c.received, c.receivedOnline, c.resolved, c.resolvedOnline, c.synced, c.onTime, Int64(ingestID)]
        }
        let first = keys.shuffled(using: &generator).prefix(200).sorted { $0.0 < $1.0 }
            .map { ApplicationRow(day: $0.0, localityID: $0.1, sectorID: $0.2, counts: counts()) }
        for row in first { record(row, 1) }
        let one = try run(first, ingestID: 1)
        #expect((one.inserted, one.revised, one.unchanged) == (200, 0, 0))
        // The second ingest: 40 of the first rows unchanged, 30 revised, 50 new keys.
        var second = Array(first.prefix(40))
        second += first[40..<70].map { var r = $0; r.counts.received += 1; return r }
        let stored = Set(first.map { "\($0.day.number),\($0.localityID),\($0.sectorID)" })
        second += keys.filter { !stored.contains("\($0.0.number),\($0.1),\($0.2)") }.prefix(50)
            .map { ApplicationRow(day: $0.0, localityID: $0.1, sectorID: $0.2, counts: counts()) }
        second.shuffle(using: &generator)
        for row in second { record(row, 2) }
        let two = try run(second, ingestID: 2)
        #expect((two.inserted, two.revised, two.unchanged) == (50, 30, 40))
        try queue.read { db in
            var seen: [String: [Int64?]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM applications") {
                let key = "\(row["day"] as Int),\(row["locality_id"] as Int),\(row["sector_id"] as Int)"
                seen[key] = ["received", "received_online", "resolved", "resolved_online", "synced", "on_time", "ingest_id"].map { row[$0] as Int64? }
            }
            #expect(seen == expected)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM application_months WHERE typeof(days) <> 'blob'") == 0)
            let total = expected.values.reduce(Int64(0)) { $0 + $1[0]! }
            #expect(try Int64.fetchOne(db, sql: "SELECT SUM(received) FROM agg_province_day") == total)
            #expect(try Int64.fetchOne(db, sql: "SELECT SUM(received) FROM agg_locality_month") == total)
            #expect(try Int64.fetchOne(db, sql: "SELECT SUM(rows) FROM agg_province_month") == Int64(expected.count))
        }
    }
}
