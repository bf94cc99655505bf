import Foundation
import GRDB
import GRDBSQLite
import UptakeCore
import UptakeStoreAPI

/// The embedded store: one SQLite file in WAL mode, through GRDB on the system's libsqlite3.
public final class SQLiteStore: BlockingIngestingStore {
    /// A pool: many readers at once, and they go on reading while one ingest writes (WAL).
    let queue: DatabasePool
    public let path: String
    /// Why the database was opened read-only, or `nil`: queries work, ingests are refused with
    /// this message.
    public let readOnlyReason: String?
    /// Whether it was opened read-only because a newer Uptake wrote it (worth a warning on every
    /// command, unlike a read-only file, which is the user's choice).
    public let isNewerVersion: Bool
    /// The locality directory, reused by queries until the localities change.
    let directories = LocalityDirectoryCache()
    /// The first and last day of the raw rows, kept until the next ingest.
    let spans = ApplicationsSpanCache()
    /// What `dataVersion()` asks (a connection of its own).
    let versionProbe = DataVersionProbe()

    /// What ``init(path:opening:)`` may do with a file that is not yet an Uptake database.
    public enum Opening: Sendable {
        /// Create the file when missing and add Uptake's schema to whatever SQLite file is there
        /// (`uptake init`).
        case creatingSchema
        /// Open only an Uptake database (an older one's schema is brought up to date); throw
        /// ``NotAnUptakeDatabase`` for an empty file or another application's database.
        case uptakeDatabaseOnly
    }

    /// Opens the database at `path` and brings its schema up to date. A database written by a newer
    /// Uptake (a migration this version does not know, or a higher `user_version`) is opened
    /// read-only and left as it is; so is a read-only file, or one in a read-only folder. SQLite's
    /// errors (a damaged file, a `-wal` another user owns) come out as ``QueryError``s that say
    /// what to do.
    ///
    /// ```swift
    /// let store = try SQLiteStore(path: "uptake.sqlite", opening: .uptakeDatabaseOnly)
    /// defer { try? store.close() }
    /// ```
    public init(path: String, opening: Opening = .creatingSchema) throws {
        let path = StoreFile.literal(path)
        self.path = path
        do {
            let access = ReadOnlyOpen.check(path)
            let contents = try StoreFile.inspect(path, access: access)
            if opening == .uptakeDatabaseOnly {
                if contents == .absent { throw QueryError("no database at \(path)", hint: "create one with 'uptake init'", code: .notFound) }
                if case .foreign(let reason) = contents { throw NotAnUptakeDatabase(path: path, reason: reason) }
            }
            if case .uptake(let newer?) = contents {
                queue = try ReadOnlyOpen.pool(path, access: access)
                readOnlyReason = "\(path) was written by a newer version of Uptake (\(newer)); it is opened read-only"
                isNewerVersion = true
                return
            }
            isNewerVersion = false
            if access != .writable {
                queue = try ReadOnlyOpen.pool(path, access: access)
                readOnlyReason = access == .readOnlyFolder ? "the folder of \(path) is read-only" : "\(path) is read-only"
                return
            }
            readOnlyReason = nil
            queue = try DatabasePool(path: path, configuration: SQLiteStore.writerConfiguration)
            try Schema.migrator.migrate(queue)
        } catch {
            throw SQLiteErrors.describe(error, path: path)
        }
    }

    /// Each connection's page cache, in KiB; an ingest's connection keeps a smaller one while it writes.
    static let cacheKiB = 32000
    static let ingestCacheKiB = 8000

    private static var writerConfiguration: Configuration {
        var config = Configuration()
        // A second writer (another ingest) waits for the first rather than failing at once.
        config.busyMode = .timeout(60)
        config.prepareDatabase { db in
            // page_size only takes effect before the first table exists. The pool puts the file in WAL
            // mode, which keeps readers and a killed writer from ever seeing half a file.
            try db.execute(sql: "PRAGMA page_size = 8192")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -\(SQLiteStore.cacheKiB)")
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            try ChunkSQLFunction.install(on: db.sqliteConnection!)
        }
        return config
    }

    /// Folds the WAL into the database file and closes every connection, so that the file alone
    /// (copied, archived) holds every commit. Call it when done: the process's exit does not (the
    /// commits stay safe in the `-wal` file, but a copy of the database file alone lacks them). The
    /// store cannot be used afterwards.
    public func close() throws {
        if readOnlyReason == nil {
            // TRUNCATE leaves an empty -wal. With another process reading or writing it cannot finish
            // now (waiting up to a second, not the 60 s a writer waits); nothing is lost then: the
            // commits stay in the -wal, and that process, or the next open, folds them in.
            try? queue.writeWithoutTransaction { db in
                sqlite3_busy_timeout(db.sqliteConnection, 1000)
                _ = try db.checkpoint(.truncate)
            }
        }
        versionProbe.close()
        do { try queue.close() } catch { throw SQLiteErrors.describe(error, path: path) }
    }

    /// `error` as a user should read it: an SQLite error on this database (a damaged page found by
    /// a query, a write refused) says which file and what to do; any other error is returned as is.
    public func describe(_ error: any Error) -> any Error {
        SQLiteErrors.describe(error, path: path)
    }

    public func localities() async throws -> [Locality] {
        try await queue.read { db in try self.directories.sortedLocalities(db) }
    }

    /// The first and last day of the raw rows (``ApplicationsSpanCache``). (The province aggregate's
    /// key starts with the province: its MIN and MAX read all its rows, about 10 ms on the national
    /// dataset, and a question asked for the span two or three times.)
    public func applicationsSpan() async throws -> DayRange? {
        try await queue.read { db in try self.spans.span(db) }
    }

    public func sectors() async throws -> [Sector] {
        try await queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sectors WHERE id IN (SELECT DISTINCT sector_id FROM agg_province_month) ORDER BY name")
                .compactMap { Sector($0) }
        }
    }
}
