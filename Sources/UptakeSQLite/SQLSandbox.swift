import Foundation
import GRDBSQLite
import UptakeCore

/// How the connection of `uptake sql` (and POST /api/v1/sql) is confined, beyond being opened
/// read-only: what the authorizer allows, and how large a value or a statement may be.
///
/// Memory: SQLite has no per-connection heap limit. `sqlite3_hard_heap_limit64` and
/// `sqlite3_soft_heap_limit64` bound the whole process, so in `serve` one greedy statement would
/// make other requests' queries and ingests fail; they are not used. Instead every string and blob
/// a statement builds is bounded (``maxValueBytes``: `printf('%.*c', 900000000, 'x')`,
/// `zeroblob`, `randomblob`, `replace`, `group_concat` stop at once with "string or blob too big"
/// rather than allocating gigabytes inside one function call, where the progress handler cannot
/// stop them), sorts and temporary tables spill to temporary files beyond the page cache (this
/// connection keeps SQLite's defaults: a 2 MB cache, temp_store FILE), and a caller that keeps the
/// rows bounds their total with ``QueryLimits/maxResultBytes``.
enum SQLSandbox {
    /// The largest string or blob a statement may build or return (SQLITE_LIMIT_LENGTH), and so
    /// the largest value a result cell may hold: far above any value Uptake stores (a name, an
    /// alert's JSON record), far below what would strain a server.
    static let maxValueBytes: Int32 = 16 << 20
    /// The longest statement accepted (SQLITE_LIMIT_SQL_LENGTH).
    static let maxSQLBytes: Int32 = 1 << 20
    /// Functions refused by name: `fts3_tokenizer` returns (one argument) or installs (two) a
    /// pointer into libsqlite3, an address leak and a way to make SQLite call any address;
    /// `load_extension` loads code; `fts5` hands out an internal pointer. (`sqlite3_db_config`,
    /// which could also turn the FTS3 tokenizer and extension loading off, is variadic, which Swift
    /// cannot call without a C shim; refusing the functions covers every form.)
    static let refusedFunctions: Set<String> = ["fts3_tokenizer", "load_extension", "fts5"]

    /// What the sandbox's callbacks use, owned by the query for the connection's life: the function
    /// the authorizer refused last (for the error message) and the checked printf().
    final class Context {
        var refusedFunction: String?
        let printf: SandboxPrintf

        init() throws {
            printf = try SandboxPrintf(maxLength: SQLSandbox.maxValueBytes)
        }
    }

    /// Applies the limits, turns off extension loading and trusted schema (a view or trigger in the
    /// file may then call only innocuous functions), puts the checked printf() and format() in place
    /// (``SandboxPrintf``), and installs the authorizer: SELECT, reading tables, functions other
    /// than ``refusedFunctions``, recursive CTEs, and PRAGMAs that read.
    static func confine(_ connection: OpaquePointer, context sandbox: Context) throws {
        sqlite3_limit(connection, SQLITE_LIMIT_LENGTH, maxValueBytes)
        sqlite3_limit(connection, SQLITE_LIMIT_SQL_LENGTH, maxSQLBytes)
        sqlite3_limit(connection, SQLITE_LIMIT_ATTACHED, 0)
        sqlite3_enable_load_extension(connection, 0)
        guard sqlite3_exec(connection, "PRAGMA trusted_schema = OFF", nil, nil, nil) == SQLITE_OK else {
            throw QueryError("cannot prepare the read-only connection: \(String(cString: sqlite3_errmsg(connection)))", code: .io)
        }
        sandbox.printf.install(on: connection)
        try ChunkSQLFunction.install(on: connection)
        sqlite3_set_authorizer(connection, { context, action, _, argument, _, _ in
            switch action {
            case SQLITE_SELECT, SQLITE_READ, SQLITE_RECURSIVE: return SQLITE_OK
            case SQLITE_FUNCTION:
                // The function's name is the fourth argument.
                let name = argument.map { String(cString: $0).lowercased() } ?? ""
                guard SQLSandbox.refusedFunctions.contains(name) else { return SQLITE_OK }
                if let context { Unmanaged<Context>.fromOpaque(context).takeUnretainedValue().refusedFunction = name }
                return SQLITE_DENY
            case SQLITE_PRAGMA: return argument == nil ? SQLITE_OK : SQLITE_DENY  // reading a pragma, not setting one
            default: return SQLITE_DENY
            }
        }, Unmanaged.passUnretained(sandbox).toOpaque())
    }

    /// The error for a statement the authorizer refused.
    static func refused(_ message: String, context sandbox: Context) -> QueryError {
        if let function = sandbox.refusedFunction {
            return QueryError("refused: \(function)() is not allowed",
                              hint: "it reads or registers pointers inside SQLite, or loads code; SQLite's other functions are allowed",
                              code: .refused)
        }
        return QueryError("refused: \(message)", hint: "only SELECT statements and reading PRAGMAs are allowed", code: .refused)
    }

    /// The error for a value past ``maxValueBytes`` (SQLITE_TOOBIG).
    static let valueTooLarge = QueryError(
        "query stopped: a string or blob would be larger than \(maxValueBytes >> 20) MiB",
        hint: "every value a query builds is limited to \(maxValueBytes >> 20) MiB; build smaller ones (substr(), fewer rows in group_concat())")
}
