import Foundation
import GRDB
import GRDBSQLite
import UptakeCore

/// The connection one SQL statement of `uptake sql` (or POST /api/v1/sql) runs on: the raw C API,
/// confined by ``SQLSandbox``, because GRDB keeps its own authorizer on its connections. It owns the
/// handle and closes it when released.
///
/// `uptake sql` opens it on its own, without the store (``init(uptakeDatabaseAt:)``): the store
/// would open the file for writing, bring its schema up to date and checkpoint the WAL on close,
/// about 8 ms of a command whose answer is often one row.
public final class ReadOnlySQLConnection {
    /// Why this database is newer than this Uptake (a warning worth printing), or `nil`.
    public let newerVersion: String?
    let connection: OpaquePointer
    /// Held for the connection's life: the authorizer and printf() use it unretained.
    let sandbox: SQLSandbox.Context

    /// A connection beside an open store (the server's): read-only, as an immutable URI where this
    /// user may not write the database or its folder (``ReadOnlyOpen``).
    convenience init(besideStoreAt path: String) throws {
        let location = try ReadOnlyOpen.location(path, access: ReadOnlyOpen.check(path))
        try self.init(location: location, flags: SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, path: path)
        try confine()
    }

    /// A connection of its own on the Uptake database at `path`, which must exist; another
    /// application's database or an empty file is refused with ``NotAnUptakeDatabase``, and nothing
    /// of its schema is changed (an older Uptake database is read as it is).
    ///
    /// Where this user may write the database and its folder, the file is opened read-write with
    /// `query_only` on (the authorizer refuses writes too): closing the last connection then removes
    /// the `-wal` and `-shm` it had to create, as a read-only connection cannot, so none are left
    /// beside a database others share (issue 22). Elsewhere it is read as ``ReadOnlyOpen`` says.
    public convenience init(uptakeDatabaseAt path: String) throws {
        let path = StoreFile.literal(path)
        // stat, not FileManager's attributes: those build a dictionary of a dozen values for one.
        var file = stat()
        guard stat(path, &file) == 0 else {
            throw QueryError("no database at \(path)", hint: "create one with 'uptake init'", code: .notFound)
        }
        if file.st_size == 0 { throw NotAnUptakeDatabase(path: path, reason: .empty) }
        let access = ReadOnlyOpen.check(path)
        if access == .writable {
            try self.init(location: path, flags: SQLITE_OPEN_READWRITE, path: path, checkingSchema: true)
        } else {
            try self.init(location: ReadOnlyOpen.location(path, access: access), flags: SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, path: path, checkingSchema: true)
        }
        try confine()
    }

    private init(location: String, flags: Int32, path: String, checkingSchema: Bool = false) throws {
        var handle: OpaquePointer?
        guard sqlite3_open_v2(location, &handle, flags, nil) == SQLITE_OK, let handle else {
            sqlite3_close_v2(handle)
            throw QueryError("cannot open \(path) read-only", hint: "check that the database file exists and can be read", code: .io)
        }
        connection = handle
        do {
            sandbox = try SQLSandbox.Context()
        } catch {
            sqlite3_close_v2(handle)
            throw error
        }
        guard checkingSchema else { newerVersion = nil; return }
        do {
            sqlite3_busy_timeout(handle, 60_000)  // as the store waits for a writer
            try Self.execute("PRAGMA query_only = ON", on: handle, path: path)
            newerVersion = try Self.uptakeSchema(on: handle, path: path)
        } catch {
            sqlite3_close_v2(handle)
            throw error
        }
    }

    deinit {
        withExtendedLifetime(sandbox) { _ = sqlite3_close_v2(connection) }
    }

    private func confine() throws {
        try SQLSandbox.confine(connection, context: sandbox)
    }

    /// Whether the database holds Uptake's first tables (or views of the same names) and its first
    /// migration, as ``StoreFile/inspect(_:access:)`` asks, and a `user_version` beyond this Uptake's:
    /// a warning then. Three small reads; nothing about later migrations.
    private static func uptakeSchema(on connection: OpaquePointer, path: String) throws -> String? {
        let names = StoreFile.firstTables.sorted().map { "'\($0)'" }.joined(separator: ", ")
        let tables = try integer("SELECT count(*) FROM sqlite_schema WHERE type IN ('table', 'view') AND name IN (\(names))", on: connection, path: path)
        guard tables == StoreFile.firstTables.count,
              try integer("SELECT count(*) FROM grdb_migrations WHERE identifier = 'v1'", on: connection, path: path) == 1 else {
            throw NotAnUptakeDatabase(path: path, reason: .noUptakeSchema)
        }
        let version = try integer("PRAGMA user_version", on: connection, path: path)
        guard version > Schema.userVersion else { return nil }
        return "\(path) was written by a newer version of Uptake (schema version \(version); this version knows up to \(Schema.userVersion)); it is opened read-only"
    }

    private static func integer(_ sql: String, on connection: OpaquePointer, path: String) throws -> Int {
        var statement: OpaquePointer?
        defer { sqlite3_finalize(statement) }
        var code = sqlite3_prepare_v2(connection, sql, -1, &statement, nil)
        if code == SQLITE_OK { code = sqlite3_step(statement) }
        guard code == SQLITE_ROW else { throw failure(code, on: connection, path: path) }
        return Int(sqlite3_column_int64(statement, 0))
    }

    private static func execute(_ sql: String, on connection: OpaquePointer, path: String) throws {
        let code = sqlite3_exec(connection, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw failure(code, on: connection, path: path) }
    }

    /// An SQLite failure worded as the store words it ("… is not an SQLite database or is damaged").
    private static func failure(_ code: Int32, on connection: OpaquePointer, path: String) -> any Error {
        SQLiteErrors.describe(DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection))), path: path)
    }
}
