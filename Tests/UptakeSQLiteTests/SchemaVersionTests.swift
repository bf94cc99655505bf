import GRDB
import Testing
import UptakeCore
import UptakeStoreAPI
import UptakeSQLite
import UptakeIngest
import UptakeTestSupport

/// A database written by a newer Uptake is opened read-only, with a message, and never written to.
@Suite struct SchemaVersionTests {
    @Test(arguments: [
        ("INSERT INTO grdb_migrations (identifier) VALUES ('v9-future')", "migration \"v9-future\" is unknown to this version"),
        ("PRAGMA user_version = 99", "schema version 99; this version knows up to 8"),
    ])
    func aNewerDatabaseIsOpenedReadOnly(mark: String, reason: String) async throws {
        let fixture = try StoreFixture()
        let path = fixture.dir.file("test.sqlite")
        let writer = try DatabaseQueue(path: path)
        try await writer.writeWithoutTransaction { try $0.execute(sql: mark) }
        try writer.close()

        let reopened = try SQLiteStore(path: path)
        #expect(reopened.readOnlyReason == "\(path) was written by a newer version of Uptake (\(reason)); it is opened read-only")
        #expect(throws: QueryError.self) {
            try reopened.ingestNow(path: fixture.dir.write("a.csv", header + "2025-07-01,00004,land,4,1,,,,\n"), options: IngestOptions.todaysUnits(now: "t"), progress: nil)
        }
        #expect(try reopened.query(sql: "SELECT COUNT(*) FROM localities").rows == [["5"]], "queries still work")
        #expect(try reopened.query(sql: "SELECT COUNT(*) FROM applications").rows == [["0"]])
        #expect(try await reopened.localities().count == 5)
    }

    @Test func aDatabaseOfThisVersionIsWritable() throws {
        let fixture = try StoreFixture()
        let reopened = try SQLiteStore(path: fixture.dir.file("test.sqlite"))
        #expect(reopened.readOnlyReason == nil)
        #expect(try reopened.query(sql: "PRAGMA user_version").rows == [["8"]])
    }
}
