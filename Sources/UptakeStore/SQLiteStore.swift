import Foundation
import GRDB
import UptakeCore

/// The embedded store: one SQLite file in WAL mode, through GRDB on the system's libsqlite3.
public final class SQLiteStore: UptakeStore {
    let queue: DatabaseQueue
    public let path: String

    /// Opens (creating when needed) the database at `path` and brings its schema up to date.
    public init(path: String) throws {
        self.path = path
        var config = Configuration()
        // A second writer (another ingest) waits for the first rather than failing at once.
        config.busyMode = .timeout(60)
        config.prepareDatabase { db in
            // page_size only takes effect before the first table exists; WAL keeps readers and a
            // killed writer from ever seeing half a file.
            try db.execute(sql: "PRAGMA page_size = 8192")
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -32000")
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        queue = try DatabaseQueue(path: path, configuration: config)
        try Schema.migrator.migrate(queue)
    }

    public func localities() throws -> [Locality] {
        try queue.read { db in try LocalityDirectory(db) }.entries.values.map(\.locality).sorted { $0.code < $1.code }
    }

    public func ingest(path: String, options: IngestOptions, progress: (@Sendable (Int64, Int64) -> Void)? = nil) throws -> IngestSummary {
        try FileIngest(path: path, options: options, progress: progress).run(queue)
    }

    public func applicationsSpan() throws -> DayRange? {
        try queue.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT MIN(day) AS a, MAX(day) AS b FROM agg_province_day"),
                  let a = row["a"] as Int?, let b = row["b"] as Int? else { return nil }
            return DayRange(first: Day(number: a), last: Day(number: b))
        }
    }
}
