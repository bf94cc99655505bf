import GRDB
import Synchronization
import UptakeCore
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
    private struct Cached {
        let key: Key
        let directory: LocalityDirectory
        /// Every locality by code, as `localities()` answers (sorting 3,355 on each question was
        /// measurable in the server's profile); made on first use.
        var sorted: [Locality]?
        /// The entries of the provinces, of all communes and of each province's communes, as
        /// `LocalityDirectory.units(_:)` lists them: filtering and sorting 3,355 entries was a tenth
        /// of an uncached province-level answer's time. Made on first use.
        var units: [String: [LocalityDirectory.Entry]] = [:]
    }
    private let cached = Mutex<Cached?>(nil)

    func directory(_ db: Database) throws -> LocalityDirectory {
        try entry(db).directory
    }

    /// Every locality, sorted by code.
    func sortedLocalities(_ db: Database) throws -> [Locality] {
        let entry = try entry(db)
        if let sorted = entry.sorted { return sorted }
        let sorted = entry.directory.entries.values.map(\.locality).sorted { $0.code < $1.code }
        cached.withLock { if $0?.key == entry.key { $0?.sorted = sorted } }
        return sorted
    }

    /// The directory and the entries `selection` names (``LocalityDirectory/units(_:)``).
    func directory(_ db: Database, units selection: UnitSelection) throws -> (LocalityDirectory, [LocalityDirectory.Entry]) {
        let entry = try entry(db)
        let name: String
        switch selection {
        case .nation, .provinces: name = "provinces"
        case .communes(let parent): name = "communes of " + (parent ?? "every province")
        case .localities: return (entry.directory, try entry.directory.units(selection))  // a list of its own: not kept
        }
        if let units = entry.units[name] { return (entry.directory, units) }
        let units = try entry.directory.units(selection)
        cached.withLock { if $0?.key == entry.key { $0?.units[name] = units } }
        return (entry.directory, units)
    }

    private func entry(_ db: Database) throws -> Cached {
        // Each its own subquery: SQLite then answers MAX(id) from the end of the key and COUNT(*) by
        // counting cells page by page; together in one SELECT, every locality row went through the
        // aggregate, which was a sixth of a report's explanations (every query checks this key).
        let row = try Row.fetchOne(db, sql: """
            SELECT (SELECT IFNULL(MAX(id), 0) FROM ingests), (SELECT COUNT(*) FROM localities), (SELECT IFNULL(MAX(id), 0) FROM localities)
            """)
        let key = Key(ingest: row?[0] ?? 0, count: row?[1] ?? 0, maxID: row?[2] ?? 0)
        if let hit = cached.withLock({ $0?.key == key ? $0 : nil }) { return hit }
        let entry = Cached(key: key, directory: try LocalityDirectory(db))
        cached.withLock { $0 = entry }
        return entry
    }
}
