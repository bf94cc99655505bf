import GRDB
import Testing
import UptakeCore
import UptakeStoreAPI
import UptakeSQLite
import UptakeTestSupport

/// Counts stored before the contract bounded them can overflow a nation's sum: the query says so
/// instead of trapping (it once crashed with SIGILL).
@Suite struct LegacyOverflowTests {
    @Test func aSumPast64BitsIsAnErrorNotACrash() async throws {
        let fixture = try StoreFixture()
        let writer = try DatabaseQueue(path: fixture.dir.file("test.sqlite"))
        try await writer.write { db in
            for province in ["01", "04"] {
                let id = try Int.fetchOne(db, sql: "SELECT id FROM localities WHERE code = ?", arguments: [province])!
                try db.execute(sql: """
                    INSERT INTO agg_province_month (province_id, sector_id, month, rows, received, received_online, resolved, resolved_online,
                        resolved_with_online, synced, received_with_sync, on_time, resolved_with_on_time)
                    VALUES (?, 1, ?, 1, 5000000000000000000, 0, 0, 0, 0, 0, 0, 0, 0)
                    """, arguments: [id, 2025 * 12 + 6])
            }
        }
        try writer.close()
        let july = DayRange(period: "2025-07")!
        #expect(try await fixture.store.sums(SumsQuery(units: .provinces, range: july, grain: .month)).map(\.sums.received) == [5_000_000_000_000_000_000, 5_000_000_000_000_000_000])
        do {
            _ = try await fixture.store.sums(SumsQuery(units: .nation, range: july, grain: .month))
            Issue.record("the nation's sum past 64 bits must throw")
        } catch let error as QueryError {
            #expect(error.message == "the sums overflow 64-bit integers: the database holds counts above the limit of 1,000,000,000 per row")
        }
    }
}
