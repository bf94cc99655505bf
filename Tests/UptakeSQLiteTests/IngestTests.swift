import Foundation
import GRDB
import Testing
import UptakeCore
import UptakeStoreAPI
import UptakeSQLite
import UptakeIngest
import UptakeTestSupport

@Suite struct IngestTests {
    @Test func anErrorOnTheLastLineLeavesTheDatabaseUnchanged() async throws {
        let fixture = try StoreFixture()
        _ = try fixture.ingest("a.csv", header + "2025-07-01,00004,land,10,4,,,,\n")
        let before = try fixture.store.query(sql: "SELECT * FROM applications")
        let aggBefore = try fixture.store.query(sql: "SELECT * FROM agg_province_day")
        let rows = (2...28).map { "2025-07-\(String(format: "%02d", $0)),00004,land,10,4,,,,\n" }.joined()
        let summary = try fixture.ingest("b.csv", header + "2025-07-01,00004,land,99,4,,,,\n" + rows + "2025-07-29,00004,land,10,11,,,,\n")
        #expect(!summary.committed)
        #expect(summary.errorCount == 1)
        #expect(try fixture.store.query(sql: "SELECT * FROM applications") == before)
        #expect(try fixture.store.query(sql: "SELECT * FROM agg_province_day") == aggBefore)
    }

    @Test func revisionsReplaceAndAreCounted() async throws {
        let fixture = try StoreFixture()
        _ = try fixture.ingest("a.csv", header + "2025-07-01,00004,land,10,4,,,,\n2025-07-01,00008,land,10,4,,,,\n")
        let s = try fixture.ingest("b.csv", header + "2025-07-01,00004,land,10,4,,,,\n2025-07-01,00008,land,20,5,,,,\n2025-07-02,00008,land,1,1,,,,\n")
        #expect((s.inserted, s.revised, s.unchanged) == (1, 1, 1))
        let value = try fixture.store.query(sql: "SELECT received FROM applications a JOIN localities l ON l.id = a.locality_id WHERE l.code = '00008' AND day = \(Day(iso: "2025-07-01")!.number)")
        #expect(value.rows == [["20"]])
    }

    @Test func anIdenticalFileChangesNothing() async throws {
        let fixture = try StoreFixture()
        let text = header + "2025-07-01,00004,land,10,4,,,,\n"
        let first = try fixture.ingest("a.csv", text)
        let again = try fixture.ingest("a.csv", text)
        #expect(first.committed)
        #expect(again.identicalToIngest == 2)
        #expect(!again.committed)
        #expect(try fixture.count("ingests") == 2)
    }

    @Test func incidentsAndReadinessLoad() async throws {
        let fixture = try StoreFixture()
        let incidents = try fixture.ingest("i.csv", "start,end,locality,system,kind,errors,note\n2025-07-03,2025-07-04,00004,one_stop,outage,12,\"lỗi, treo\"\n2025-07-05,,,network,degraded,,\n")
        let readiness = try fixture.ingest("r.csv", "date,locality,criterion,value\n2025-07-31,00004,reported_status,green\n2025-07-31,00004,digital_signature,0\n")
        #expect(incidents.inserted == 2)
        #expect(readiness.inserted == 2)
        let bad = try fixture.ingest("r2.csv", "date,locality,criterion,value\n2025-07-31,00004,reported_status,blue\n")
        #expect(bad.errors.first?.message == "reported_status must be green, yellow or red, found \"blue\"")
        let reversed = try fixture.ingest("i2.csv", "start,end,system,kind\n2025-07-05,2025-07-01,network,outage\n")
        #expect(reversed.errors.first?.message == "end (2025-07-01) comes before start (2025-07-05)")
    }

    @Test func readOnlySQLRefusesWrites() async throws {
        let fixture = try StoreFixture()
        for sql in ["DELETE FROM applications", "ATTACH DATABASE '/tmp/x.sqlite' AS x", "PRAGMA journal_mode = DELETE", "CREATE TABLE t (a)"] {
            #expect(throws: QueryError.self) { try fixture.store.query(sql: sql) }
        }
        #expect(try fixture.store.query(sql: "PRAGMA page_size").rows == [["8192"]])
        do {
            _ = try fixture.store.query(sql: "SELEC 1")
            Issue.record("bad SQL must throw")
        } catch let e as QueryError {
            #expect(e.message == "bad SQL: near \"SELEC\": syntax error")
        }
    }
}

/// Large files go through multi-row inserts; a stored key inside one of those statements must
/// still get its own outcome (a key repeated within the file never reaches the store: the pipeline
/// rejects it, UptakeIngestTests).
@Suite struct ManyRowInsertTests {
    static func rows(_ n: Int, changing: Int? = nil) -> String {
        let codes = ["00004", "00008", "01273"]
        return (0..<n).map { i in
            let day = Day(iso: "2025-01-01")!.advanced(by: i / 3)
            return "\(day),\(codes[i % 3]),land,\(i == changing ? 99 : 10),4,,,,\n"
        }.joined()
    }

    @Test func revisionsInsideMultiRowStatementsAreCounted() async throws {
        let fixture = try StoreFixture()
        let first = try fixture.ingest("a.csv", header + ManyRowInsertTests.rows(300))
        #expect(first.inserted == 300)
        let second = try fixture.ingest("b.csv", header + ManyRowInsertTests.rows(330, changing: 150))
        #expect((second.inserted, second.revised, second.unchanged) == (30, 1, 299))
        let total = try fixture.store.query(sql: "SELECT SUM(received), (SELECT SUM(received) FROM agg_province_day) FROM applications")
        #expect(total.rows == [["\(330 * 10 + 89)", "\(330 * 10 + 89)"]])
    }
}

@Suite struct ConcurrentWriterTests {
    /// Two ingests into one database while a third connection holds the write lock: both must wait
    /// (neither fails with "database is locked"), and both land once the lock is released.
    @Test func twoIngestsWaitForTheWriteLockAndBothLand() async throws {
        let fixture = try StoreFixture()
        let rows = ManyRowInsertTests.rows(3000)
        let a = fixture.dir.write("a.csv", header + rows)
        let b = fixture.dir.write("b.csv", header + rows.replacingOccurrences(of: ",land,", with: ",civil_status,"))
        let second = try SQLiteStore(path: fixture.dir.file("test.sqlite"))
        var config = Configuration()
        config.allowsUnsafeTransactions = true  // the point: a transaction held open across accesses
        let holder = try DatabaseQueue(path: fixture.dir.file("test.sqlite"), configuration: config)
        try await holder.writeWithoutTransaction { try $0.execute(sql: "BEGIN IMMEDIATE") }
        let first = Task { try await fixture.store.ingest(path: a, options: IngestOptions.todaysUnits(now: "t"), progress: nil) }
        let other = Task { try await second.ingest(path: b, options: IngestOptions.todaysUnits(now: "t"), progress: nil) }
        try await Task.sleep(for: .milliseconds(700))
        // Still waiting: the lock is held, so nothing of either file is there yet.
        // (application_months, not the applications view: this bare connection lacks the view's function.)
        #expect(try await holder.writeWithoutTransaction { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM application_months") } == 0)
        try await holder.writeWithoutTransaction { try $0.execute(sql: "COMMIT") }
        let (x, y) = try await (first.value, other.value)
        #expect(x.committed && y.committed)
        #expect(try fixture.count("applications") == 6000)
    }
}
