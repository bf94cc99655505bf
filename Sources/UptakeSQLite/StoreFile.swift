import Foundation
import GRDB
import UptakeCore

/// What a path given as an Uptake database holds, read (never written) before the store opens it.
enum StoreFile {
    enum Contents: Equatable {
        /// Nothing there yet.
        case absent
        /// A file that is not an Uptake database.
        case foreign(NotAnUptakeDatabase.Reason)
        /// An Uptake database; `newer` says what marks it as written by a newer Uptake, or is `nil`.
        case uptake(newer: String?)
    }

    /// The tables Uptake's first migration made (`applications` a view since v7). With GRDB's record
    /// of the migration `v1` they tell an Uptake database (of any version) from another
    /// application's, even one that uses GRDB.
    static let firstTables: Set<String> = ["grdb_migrations", "localities", "sectors", "applications", "agg_province_day"]

    static func inspect(_ path: String, access: ReadOnlyOpen.Access) throws -> Contents {
        let files = FileManager.default
        guard files.fileExists(atPath: path) else { return .absent }
        if ((try? files.attributesOfItem(atPath: path))?[.size] as? Int ?? 0) == 0 { return .foreign(.empty) }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(60)
        let probe = try DatabaseQueue(path: probeLocation(path, access: access), configuration: config)
        defer { try? probe.close() }
        return try probe.read { db -> Contents in
            let tables = try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')"))
            let applied = try Schema.migrator.appliedIdentifiers(db)
            guard tables.isSuperset(of: firstTables), applied.contains("v1") else { return .foreign(.noUptakeSchema) }
            if let unknown = applied.subtracting(Schema.migrator.migrations).sorted().first {
                return .uptake(newer: "migration \"\(unknown)\" is unknown to this version")
            }
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            if version > Schema.userVersion {
                return .uptake(newer: "schema version \(version); this version knows up to \(Schema.userVersion)")
            }
            return .uptake(newer: nil)
        }
    }

    /// Where the probe reads. A read-only open of a WAL database without its -wal creates the -wal
    /// and -shm, and leaves them (a read-only connection cannot remove them): beside another
    /// application's database that is refused. Without a -wal every commit is in the file, which an
    /// `immutable=1` URI reads creating nothing.
    private static func probeLocation(_ path: String, access: ReadOnlyOpen.Access) throws -> String {
        guard access == .writable, !FileManager.default.fileExists(atPath: path + "-wal"), isWAL(path) else {
            return try ReadOnlyOpen.location(path, access: access)
        }
        return ReadOnlyOpen.immutable(path)
    }

    /// Whether the header says WAL mode (bytes 18 and 19, the read and write versions, are 2).
    private static func isWAL(_ path: String) -> Bool {
        guard let file = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? file.close() }
        let header = [UInt8]((try? file.read(upToCount: 20)) ?? Data())
        return header.count == 20 && header[18] == 2 && header[19] == 2
    }

    /// `path` as SQLite must be given it to open that file: the system's libsqlite3 is built with
    /// SQLITE_USE_URI, so a name beginning `file:` would be read as a URI (another path, options
    /// such as `immutable` or `vfs`); `./` in front makes it the plain relative path it looks like.
    static func literal(_ path: String) -> String {
        path.hasPrefix("file:") ? "./" + path : path
    }
}

/// A file given as an Uptake database that is none: only ``SQLiteStore/Opening/creatingSchema``
/// (`uptake init`) adds Uptake's schema to it; every other use refuses it, so that a query never
/// writes Uptake's tables into another application's database.
public struct NotAnUptakeDatabase: UptakeError, Equatable {
    public enum Reason: Sendable, Equatable {
        /// A file of 0 bytes.
        case empty
        /// An SQLite database without Uptake's tables and migrations.
        case noUptakeSchema
    }

    public let path: String
    public let reason: Reason

    public var code: ErrorCode { .notFound }
    public var message: String {
        "\(path) is not an Uptake database (\(reason == .empty ? "it is empty" : "no Uptake schema"))"
    }
    public var hint: String? { "create one with 'uptake init', or open an Uptake database" }
}
