import Foundation
import GRDBSQLite
import Synchronization
import UptakeCore
import UptakeStoreAPI

/// The result of a read-only SQL query: column names and rows of text values (nil for NULL).
public struct QueryResult: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[String?]]
}

/// How far one `uptake sql` statement may run before it is stopped.
public struct QueryLimits: Sendable, Equatable {
    /// SQLite virtual-machine steps (counted in units of 1,000 by the progress handler).
    public var maxSteps: Int64
    /// Wall-clock seconds.
    public var maxSeconds: Double
    /// The most bytes of text all rows may hold together, for a caller that keeps them (a table, an
    /// HTTP answer); `nil` for one that writes each row out as it comes.
    public var maxResultBytes: Int?

    public init(maxSteps: Int64 = 2_000_000_000, maxSeconds: Double = 60, maxResultBytes: Int? = nil) {
        self.maxSteps = maxSteps
        self.maxSeconds = maxSeconds
        self.maxResultBytes = maxResultBytes
    }

    /// What a caller that keeps the rows may hold: 64 MiB of text, more than anyone reads in a table
    /// and a bound on what one statement costs a server.
    public static let heldResultBytes = 64 << 20
}

/// A way to stop a running statement from another thread (the server's request task, when its
/// client goes away): the statement then ends with `CancellationError` at its next progress check.
public final class QueryCancellation: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    public func cancel() { flag.store(true, ordering: .relaxed) }
    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}

/// What the progress handler counts; owned by `query(sql:limits:row:)` for the statement's life.
private final class QueryBudget {
    let limits: QueryLimits
    let cancellation: QueryCancellation?
    let deadline: Date
    var steps: Int64 = 0
    var stopped: String?
    static let stride: Int32 = 1_000

    init(_ limits: QueryLimits, cancellation: QueryCancellation?) {
        self.limits = limits
        self.cancellation = cancellation
        deadline = Date().addingTimeInterval(limits.maxSeconds)
    }

    /// Whether to interrupt the statement now.
    func tick() -> Bool {
        if cancellation?.isCancelled == true { return true }
        steps += Int64(QueryBudget.stride)
        if steps > limits.maxSteps { stopped = "it ran more than \(limits.maxSteps) steps"; return true }
        if Date() > deadline { stopped = "it ran longer than \(String(format: "%g", limits.maxSeconds)) s"; return true }
        return false
    }
}

extension SQLiteStore {
    /// Runs one SQL statement on a connection of its own, opened read-only and confined by
    /// ``SQLSandbox`` (an authorizer that also refuses ATTACH, PRAGMA changes and pointer functions;
    /// a bound on every value's size). The raw C API is used here because GRDB keeps its own
    /// authorizer on its connections.
    public func query(sql: String) throws -> QueryResult {
        var result = QueryResult(columns: [], rows: [])
        result.columns = try query(sql: sql, limits: QueryLimits(maxResultBytes: QueryLimits.heldResultBytes)) { result.rows.append($0) }
        return result
    }

    /// Runs exactly one read-only SQL statement, handing each row to `row` as it comes (nothing is
    /// held in memory), and stops it with a `QueryError` past `limits`, or with `CancellationError`
    /// once `cancellation` is cancelled. Returns the column names; `columns` is called with them
    /// before the first row. The connection is the statement's own (``ReadOnlySQLConnection``), opened
    /// read-only beside the store's.
    @discardableResult
    public func query(sql: String, limits: QueryLimits, cancellation: QueryCancellation? = nil,
                      columns: ([String]) throws -> Void = { _ in }, row: ([String?]) throws -> Void) throws -> [String] {
        try ReadOnlySQLConnection(besideStoreAt: path).query(sql: sql, limits: limits, cancellation: cancellation, columns: columns, row: row)
    }
}

extension ReadOnlySQLConnection {
    /// Runs exactly one read-only SQL statement on this connection; see
    /// ``SQLiteStore/query(sql:limits:cancellation:columns:row:)``.
    @discardableResult
    public func query(sql: String, limits: QueryLimits, cancellation: QueryCancellation? = nil,
                      columns: ([String]) throws -> Void = { _ in }, row: ([String?]) throws -> Void) throws -> [String] {
        let statement = try Self.prepareOne(sql, on: connection, sandbox: sandbox)
        defer { sqlite3_finalize(statement) }

        let budget = QueryBudget(limits, cancellation: cancellation)
        let unmanaged = Unmanaged.passRetained(budget)
        defer { sqlite3_progress_handler(connection, 0, nil, nil); unmanaged.release() }
        sqlite3_progress_handler(connection, QueryBudget.stride, { context in
            guard let context else { return 0 }
            return Unmanaged<QueryBudget>.fromOpaque(context).takeUnretainedValue().tick() ? 1 : 0
        }, unmanaged.toOpaque())

        let count = sqlite3_column_count(statement)
        let names = (0..<count).map { i in sqlite3_column_name(statement, i).map { String(cString: $0) } ?? "" }
        try columns(names)
        var heldBytes = 0
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { break }
            if code == SQLITE_INTERRUPT, cancellation?.isCancelled == true { throw CancellationError() }
            if code == SQLITE_INTERRUPT, let why = budget.stopped {
                throw QueryError("query stopped: \(why)", hint: "narrow the query (a WHERE clause, a LIMIT), or use the commands that read the aggregates")
            }
            if code & 0xff == SQLITE_TOOBIG { throw SQLSandbox.valueTooLarge }
            guard code == SQLITE_ROW else { throw QueryError("query failed: \(String(cString: sqlite3_errmsg(connection)))") }
            let cells = (0..<count).map { i -> String? in
                guard sqlite3_column_type(statement, i) != SQLITE_NULL, let text = sqlite3_column_text(statement, i) else { return nil }
                heldBytes += Int(sqlite3_column_bytes(statement, i))
                return String(cString: text)
            }
            if let most = limits.maxResultBytes, heldBytes > most {
                throw QueryError("query stopped: the result is larger than \(most >> 20) MiB",
                                 hint: "narrow the query (fewer columns or rows, a LIMIT), or have the rows written out as they come")
            }
            try row(cells)
        }
        return names
    }

    /// Prepares the first statement of `sql` and checks that nothing but blanks, `;` and comments
    /// follows it. The SQL's C string lives for the whole call, so the tail pointer SQLite returns
    /// stays valid while it is read (it once pointed into a freed temporary).
    private static func prepareOne(_ sql: String, on connection: OpaquePointer, sandbox: SQLSandbox.Context) throws -> OpaquePointer {
        try sql.withCString { text -> OpaquePointer in
            var statement: OpaquePointer?
            var tail: UnsafePointer<CChar>?
            let prepared = sqlite3_prepare_v2(connection, text, -1, &statement, &tail)
            if prepared == SQLITE_OK, statement == nil {
                throw QueryError("no SQL statement given", hint: "give one SELECT, e.g. uptake sql \"select count(*) from applications\"")
            }
            guard prepared == SQLITE_OK, let statement else {
                sqlite3_finalize(statement)
                let message = String(cString: sqlite3_errmsg(connection))
                // A refused function fails the prepare with SQLITE_ERROR, other refusals with SQLITE_AUTH.
                if prepared == SQLITE_AUTH || sandbox.refusedFunction != nil { throw SQLSandbox.refused(message, context: sandbox) }
                if prepared & 0xff == SQLITE_TOOBIG {
                    throw QueryError("the statement is longer than \(SQLSandbox.maxSQLBytes >> 20) MiB, or builds a value larger than \(SQLSandbox.maxValueBytes >> 20) MiB",
                                     hint: "shorten it; for many values, use the tables instead of literals")
                }
                throw QueryError("bad SQL: \(message)", hint: "the tables are listed by: uptake sql \"select name from sqlite_schema where type = 'table'\"")
            }
            // Whatever follows must prepare to no statement at all (blanks, semicolons, comments).
            var rest = tail
            while let r = rest, r.pointee != 0 {
                var next: OpaquePointer?
                var nextTail: UnsafePointer<CChar>?
                let code = sqlite3_prepare_v2(connection, r, -1, &next, &nextTail)
                if next != nil || code != SQLITE_OK {
                    sqlite3_finalize(next)
                    sqlite3_finalize(statement)
                    throw QueryError("more than one statement", hint: "give one SELECT at a time")
                }
                if nextTail == r { break }
                rest = nextTail
            }
            return statement
        }
    }
}
