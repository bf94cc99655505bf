import GRDBSQLite
import UptakeCore
import UptakeStoreAPI

/// The result of a read-only SQL query: column names and rows of text values (nil for NULL).
public struct QueryResult: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[String?]]
}

extension SQLiteStore {
    /// Runs one SQL statement on a connection of its own, opened read-only, with an authorizer that
    /// also refuses ATTACH and PRAGMA changes. The raw C API is used here because GRDB keeps its own
    /// authorizer on its connections.
    public func query(sql: String) throws -> QueryResult {
        var connection: OpaquePointer?
        guard sqlite3_open_v2(path, &connection, SQLITE_OPEN_READONLY, nil) == SQLITE_OK, let connection else {
            throw QueryError("cannot open \(path) read-only", hint: "check that the database file exists and can be read", code: .io)
        }
        defer { sqlite3_close_v2(connection) }
        sqlite3_set_authorizer(connection, { _, action, _, argument, _, _ in
            switch action {
            case SQLITE_SELECT, SQLITE_READ, SQLITE_FUNCTION, SQLITE_RECURSIVE: return SQLITE_OK
            case SQLITE_PRAGMA: return argument == nil ? SQLITE_OK : SQLITE_DENY  // reading a pragma, not setting one
            default: return SQLITE_DENY
            }
        }, nil)
        var statement: OpaquePointer?
        var tail: UnsafePointer<CChar>?
        let prepared = sqlite3_prepare_v2(connection, sql, -1, &statement, &tail)
        guard prepared == SQLITE_OK, let statement else {
            let message = String(cString: sqlite3_errmsg(connection))
            if prepared == SQLITE_AUTH {
                throw QueryError("refused: \(message)", hint: "only SELECT statements and reading PRAGMAs are allowed", code: .refused)
            }
            throw QueryError("bad SQL: \(message)", hint: "the tables are listed by: uptake sql \"select name from sqlite_schema where type = 'table'\"")
        }
        defer { sqlite3_finalize(statement) }
        if let tail, tail.pointee != 0, !String(cString: tail).allSatisfy({ $0.isWhitespace || $0 == ";" }) {
            throw QueryError("more than one statement", hint: "give one SELECT at a time")
        }
        let count = sqlite3_column_count(statement)
        let columns = (0..<count).map { String(cString: sqlite3_column_name(statement, $0)) }
        var rows: [[String?]] = []
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw QueryError("query failed: \(String(cString: sqlite3_errmsg(connection)))") }
            rows.append((0..<count).map { i in
                sqlite3_column_type(statement, i) == SQLITE_NULL ? nil : String(cString: sqlite3_column_text(statement, i))
            })
        }
        return QueryResult(columns: columns, rows: rows)
    }
}
