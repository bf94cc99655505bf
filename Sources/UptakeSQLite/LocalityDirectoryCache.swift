import GRDB
import Synchronization
import UptakeStoreAPI

/// The locality directory of one store, loaded once and reused until the localities change.
///
/// Every query starts from the directory (3,355 rows); loading it was a tenth of a province-level
/// `rates` query in profiles, and a server answers many queries between two ingests. The key is read
/// in the caller's transaction, so a directory is never newer or older than the data it is used with:
/// localities only change through an ingest (which records a row in `ingests`) or `init` (which adds
/// rows), so the newest ingest id and the count and highest id of the localities identify a version.
final class LocalityDirectoryCache: Sendable {
    private struct Key: Equatable { let ingest: Int64, count: Int64, maxID: Int64 }
    private let cached = Mutex<(key: Key, directory: LocalityDirectory)?>(nil)

    func directory(_ db: Database) throws -> LocalityDirectory {
        // Each its own subquery: SQLite then answers MAX(id) from the end of the key and COUNT(*) by
        // counting cells page by page; together in one SELECT, every locality row went through the
        // aggregate, which was a sixth of a report's explanations (every query checks this key).
        let row = try Row.fetchOne(db, sql: """
            SELECT (SELECT IFNULL(MAX(id), 0) FROM ingests), (SELECT COUNT(*) FROM localities), (SELECT IFNULL(MAX(id), 0) FROM localities)
            """)
        let key = Key(ingest: row?[0] ?? 0, count: row?[1] ?? 0, maxID: row?[2] ?? 0)
        if let hit = cached.withLock({ $0?.key == key ? $0?.directory : nil }) { return hit }
        let directory = try LocalityDirectory(db)
        cached.withLock { $0 = (key, directory) }
        return directory
    }
}
