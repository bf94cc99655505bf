import Foundation
import GRDB
import UptakeCore
import UptakeStoreAPI

/// The embedded store: one SQLite file in WAL mode, through GRDB on the system's libsqlite3.
public final class SQLiteStore: IngestingStore {
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
    /// What `dataVersion()` asks (a connection of its own).
    let versionProbe = DataVersionProbe()

    /// Opens (creating when needed) the database at `path` and brings its schema up to date. A
    /// database written by a newer Uptake (a migration this version does not know, or a higher
    /// `user_version`) is opened read-only and left as it is; so is a read-only file, or one in a
    /// read-only folder.
    public init(path: String) throws {
        self.path = path
        let access = ReadOnlyOpen.check(path)
        if let newer = SQLiteStore.newerSchema(at: path, access: access) {
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
        var config = Configuration()
        // A second writer (another ingest) waits for the first rather than failing at once.
        config.busyMode = .timeout(60)
        config.prepareDatabase { db in
            // page_size only takes effect before the first table exists. The pool puts the file in WAL
            // mode, which keeps readers and a killed writer from ever seeing half a file.
            try db.execute(sql: "PRAGMA page_size = 8192")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -32000")
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        queue = try DatabasePool(path: path, configuration: config)
        try Schema.migrator.migrate(queue)
    }

    public func localities() async throws -> [Locality] {
        try await queue.read { db in try self.directories.directory(db) }.entries.values.map(\.locality).sorted { $0.code < $1.code }
    }

    public func ingest(path: String, options: IngestOptions, progress: (@Sendable (IngestProgress) -> Void)? = nil) async throws -> IngestSummary {
        // An ingest blocks for seconds (and waits up to 60 s for another writer): on a thread of its
        // own, never on one of Swift concurrency's few cooperative threads, which readers need.
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(with: Result { try self.ingestNow(path: path, options: options, progress: progress) })
            }
        }
    }

    /// The same ingest, on the caller's thread (it blocks until the file is written).
    public func ingestNow(path: String, options: IngestOptions, progress: (@Sendable (IngestProgress) -> Void)? = nil) throws -> IngestSummary {
        if let readOnlyReason {
            throw QueryError("cannot ingest: \(readOnlyReason)",
                             hint: isNewerVersion ? "upgrade uptake to write to this database, or ingest into another one"
                                                  : "queries work on it; to ingest, make it (and its folder) writable or copy it elsewhere",
                             code: .io)
        }
        return try FileIngest(path: path, options: options, progress: progress).run(queue)
    }

    public func applicationsSpan() async throws -> DayRange? {
        try await queue.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT MIN(day) AS a, MAX(day) AS b FROM agg_province_day"),
                  let a = row["a"] as Int?, let b = row["b"] as Int? else { return nil }
            return DayRange(first: Day(number: a), last: Day(number: b))
        }
    }

    /// What marks the database at `path` as newer than this version, or `nil` (also when there is no
    /// database yet, or it cannot be read: the normal open then reports the problem).
    static func newerSchema(at path: String, access: ReadOnlyOpen.Access) -> String? {
        guard FileManager.default.fileExists(atPath: path), let probe = try? ReadOnlyOpen.pool(path, access: access) else { return nil }
        return try? probe.read { db -> String? in
            let unknown = try Schema.migrator.appliedIdentifiers(db).subtracting(Schema.migrator.migrations).sorted()
            if let first = unknown.first { return "migration \"\(first)\" is unknown to this version" }
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            if version > Schema.userVersion { return "schema version \(version); this version knows up to \(Schema.userVersion)" }
            return nil
        }
    }

    public func sectors() async throws -> [Sector] {
        try await queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sectors WHERE id IN (SELECT DISTINCT sector_id FROM agg_province_month) ORDER BY name")
                .compactMap { Sector($0) }
        }
    }
}
