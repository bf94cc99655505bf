import Foundation
import GRDB
import Testing
import UptakeCore
import UptakeStoreAPI
import UptakeSQLite
import UptakeTestSupport
import UptakeIngest

/// Issue 22: opening a store writes nothing into a file that is not an Uptake database, names a
/// damaged file, a -wal another user owns, and closing leaves the file whole.
@Suite struct StoreOpeningTests {
    @Test func onlyCreatingTheSchemaTouchesAnotherApplicationsDatabase() throws {
        let dir = TemporaryDirectory()
        let other = dir.file("other.db")
        let queue = try DatabaseQueue(path: other)
        try queue.write { try $0.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY)") }
        try queue.close()
        let error = #expect(throws: NotAnUptakeDatabase.self) { try SQLiteStore(path: other, opening: .uptakeDatabaseOnly) }
        #expect(error?.message == "\(other) is not an Uptake database (no Uptake schema)")
        #expect(try DatabaseQueue(path: other).read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_schema") } == ["notes"])
        #expect(try SQLiteStore(path: other, opening: .creatingSchema).query(sql: "SELECT COUNT(*) FROM localities").rows == [["0"]])
    }

    /// A WAL database without its -wal: a read-only look would leave a -wal and -shm beside it.
    @Test func refusingAnotherApplicationsWALDatabaseLeavesNoFileBesideIt() throws {
        let dir = TemporaryDirectory()
        let other = dir.file("other.db")
        let pool = try DatabasePool(path: other)
        try pool.write { try $0.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY)") }
        try pool.close()
        _ = try? FileManager.default.removeItem(atPath: other + "-wal")
        _ = try? FileManager.default.removeItem(atPath: other + "-shm")
        #expect(throws: NotAnUptakeDatabase.self) { try SQLiteStore(path: other, opening: .uptakeDatabaseOnly) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["other.db"])
    }

    @Test func anEmptyFileIsNoUptakeDatabase() throws {
        let dir = TemporaryDirectory()
        let empty = dir.write("empty.db", "")
        let error = #expect(throws: NotAnUptakeDatabase.self) { try SQLiteStore(path: empty, opening: .uptakeDatabaseOnly) }
        #expect(error?.reason == .empty)
    }

    @Test func anOlderUptakeDatabaseIsStillBroughtUpToDate() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("old.sqlite")
        var migrator = DatabaseMigrator()
        let current = try SQLiteStore(path: dir.file("current.sqlite"))
        let v1 = try current.query(sql: "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND name IN ('localities', 'sectors', 'agg_province_day')").rows.map { $0[0]! }
        // v1's applications table, one row per day (packed into application_months since v7), with
        // two days of one month and one of the next for one locality and sector.
        let applications = """
            CREATE TABLE applications (
                day INTEGER NOT NULL, locality_id INTEGER NOT NULL, sector_id INTEGER NOT NULL,
                received INTEGER NOT NULL, received_online INTEGER NOT NULL,
                resolved INTEGER, resolved_online INTEGER, synced INTEGER, on_time INTEGER,
                ingest_id INTEGER NOT NULL,
                PRIMARY KEY (day, locality_id, sector_id)) WITHOUT ROWID
            """
        // v1's incidents and readiness (rebuilt in v8 with the old unit's code in the key), a row each.
        let incidents = """
            CREATE TABLE incidents (
                id INTEGER PRIMARY KEY,
                start TEXT NOT NULL, start_day INTEGER NOT NULL, "end" TEXT, end_day INTEGER,
                locality_id INTEGER NOT NULL,
                system TEXT NOT NULL, kind TEXT NOT NULL, errors INTEGER, note TEXT,
                ingest_id INTEGER NOT NULL,
                UNIQUE (start, locality_id, system, kind));
            INSERT INTO incidents VALUES (3, '2025-07-01T08:00', 20270, NULL, NULL, 7, 'network', 'outage', 2, 'x', 1);
            CREATE TABLE readiness (
                locality_id INTEGER NOT NULL, criterion TEXT NOT NULL, day INTEGER NOT NULL,
                value TEXT NOT NULL, ingest_id INTEGER NOT NULL,
                PRIMARY KEY (locality_id, criterion, day)) WITHOUT ROWID;
            INSERT INTO readiness VALUES (7, 'guidance', 20270, 'true', 1);
            """
        let stored = [[20300, 7, 1, 10, 4, nil, nil, 3, nil, 1], [20270, 7, 1, 12, 5, 9, 2, nil, 8, 1], [20269, 7, 1, 0, 0, 0, 0, 0, 0, 2]]
        migrator.registerMigration("v1") { db in
            for sql in v1 + [applications, incidents] { try db.execute(sql: sql) }
            for row in stored { try db.execute(sql: "INSERT INTO applications VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", arguments: StatementArguments(row)) }
        }
        let queue = try DatabaseQueue(path: path)
        try migrator.migrate(queue)
        try queue.close()
        let store = try SQLiteStore(path: path, opening: .uptakeDatabaseOnly)
        #expect(store.readOnlyReason == nil)
        #expect(try store.query(sql: "SELECT COUNT(*) FROM grdb_migrations").rows == [["8"]])
        // The rows as they were, through the view: 2025-06-30 in June's chunk, 07-01 and 07-31 in July's.
        #expect(try store.query(sql: "SELECT * FROM applications ORDER BY day").rows == stored.sorted { $0[0]! < $1[0]! }.map { $0.map { $0.map(String.init) } })
        #expect(try store.query(sql: "SELECT COUNT(*) FROM application_months").rows == [["2"]])
        #expect(try store.query(sql: "SELECT id, start, locality_id, errors, note, old_code, allocated FROM incidents").rows == [["3", "2025-07-01T08:00", "7", "2", "x", "", "0"]])
        #expect(try store.query(sql: "SELECT locality_id, criterion, day, value, old_code, allocated FROM readiness").rows == [["7", "guidance", "20270", "true", "", "0"]])
    }

    @Test func aDamagedFileIsNamedAsSuch() throws {
        let dir = TemporaryDirectory()
        let bad = dir.write("bad.db", String(repeating: "not a database\n", count: 300))
        for opening in [SQLiteStore.Opening.creatingSchema, .uptakeDatabaseOnly] {
            let error = #expect(throws: QueryError.self) { try SQLiteStore(path: bad, opening: opening) }
            #expect(error?.message == "\(bad) is not an SQLite database or is damaged")
            #expect(error?.code == .io)
        }
    }

    /// libsqlite3 is built with SQLITE_USE_URI: without care "file:/abs/victim.sqlite" would open (and
    /// create) that absolute path. It names the relative path ./file:/abs/…, whose folder is absent.
    @Test func aPathThatLooksLikeAURIIsAPlainRelativePath() throws {
        let dir = TemporaryDirectory()
        let victim = dir.file("victim.sqlite")
        #expect(throws: QueryError.self) { try SQLiteStore(path: "file:" + victim) }
        #expect(!FileManager.default.fileExists(atPath: victim))
    }

    @Test func closingFoldsTheWALIntoTheDatabaseFile() throws {
        let fixture = try StoreFixture()
        _ = try fixture.ingest("a.csv", header + "2025-07-01,00004,land,4,1,,,,\n")
        try fixture.store.close()
        let wal = (try? FileManager.default.attributesOfItem(atPath: fixture.dir.file("test.sqlite-wal")))?[.size] as? Int ?? 0
        #expect(wal == 0)
        let copy = fixture.dir.file("copy.sqlite")
        try FileManager.default.copyItem(atPath: fixture.dir.file("test.sqlite"), toPath: copy)
        #expect(try SQLiteStore(path: copy, opening: .uptakeDatabaseOnly).query(sql: "SELECT COUNT(*) FROM applications").rows == [["1"]])
    }

    @Test func backupCopiesEveryCommitAndRefusesToOverwrite() throws {
        let fixture = try StoreFixture()
        _ = try fixture.ingest("a.csv", header + "2025-07-01,00004,land,4,1,,,,\n")
        let target = fixture.dir.file("backup.sqlite")
        let bytes = try fixture.store.backup(to: target, replacing: false)
        #expect(bytes > 0)
        #expect(!FileManager.default.fileExists(atPath: target + "-wal"))
        #expect(try SQLiteStore(path: target, opening: .uptakeDatabaseOnly).query(sql: "SELECT COUNT(*) FROM applications").rows == [["1"]])
        let again = #expect(throws: QueryError.self) { try fixture.store.backup(to: target, replacing: false) }
        #expect(again?.message == "\(target) exists; nothing was written")
        let itself = #expect(throws: QueryError.self) { try fixture.store.backup(to: fixture.dir.file("test.sqlite"), replacing: true) }
        #expect(itself?.message.hasSuffix("is the database itself") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.dir.path).filter { $0.contains(".backup-") }.isEmpty)
    }

    /// A copy that cannot be put in place (here the target is a folder) leaves nothing behind.
    @Test func aFailedBackupLeavesNoFile() throws {
        let fixture = try StoreFixture()
        let target = fixture.dir.file("copy.sqlite")
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        let error = #expect(throws: QueryError.self) { try fixture.store.backup(to: target, replacing: true) }
        #expect(error?.message.hasPrefix("cannot write \(target): ") == true, "\(String(describing: error))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.dir.path).filter { $0.contains(".backup-") }.isEmpty)
        let missing = #expect(throws: QueryError.self) { try fixture.store.backup(to: fixture.dir.file("absent/copy.sqlite"), replacing: false) }
        #expect(missing?.hint == "check that its folder exists and that you may write there")
    }

    @Test(.enabled(if: geteuid() == 0, "needs root to give files to another user"))
    func aWriteBlockedByAnotherUsersFilesNamesThemAndTheFix() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("u.sqlite")
        let store = try SQLiteStore(path: path)
        try store.close()
        for suffix in ["-wal", "-shm"] {
            if !FileManager.default.fileExists(atPath: path + suffix) { _ = FileManager.default.createFile(atPath: path + suffix, contents: nil) }
            chown(path + suffix, 65534, 65534)
        }
        let error = store.describe(DatabaseError(resultCode: .SQLITE_READONLY, message: "attempt to write a readonly database")) as? QueryError
        #expect(error?.message == "cannot write \(path): \(path)-wal and \(path)-shm belong to nobody (uid 65534), not to root (uid 0)")
        #expect(error?.hint?.contains("remove them: rm '\(path)-wal' '\(path)-shm'") == true)
    }
}
