import Foundation
import GRDBSQLite
import UptakeCore

/// `printf()` and `format()` for the SQL sandbox that fail with "string or blob too big" past the
/// length limit. SQLite's own (3.40 here) answers NULL when its result would pass
/// SQLITE_LIMIT_LENGTH, which would read as an answer. The built-in runs on a private in-memory
/// connection with the same limit: NULL from it for a non-NULL format can only mean that the
/// result was too large (or memory ran out), and becomes that error.
final class SandboxPrintf {
    private var connection: OpaquePointer?
    /// `SELECT printf(?1, …, ?n)`, prepared once per number of arguments.
    private var statements: [Int32: OpaquePointer] = [:]

    init(maxLength: Int32) throws {
        guard sqlite3_open_v2(":memory:", &connection, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK else {
            sqlite3_close_v2(connection)
            throw QueryError("cannot prepare the read-only connection (printf)", code: .io)
        }
        sqlite3_limit(connection, SQLITE_LIMIT_LENGTH, maxLength)
    }

    deinit {
        for statement in statements.values { sqlite3_finalize(statement) }
        sqlite3_close_v2(connection)
    }

    /// Puts `printf` and `format` on `sandbox`; `self` must outlive it.
    func install(on sandbox: OpaquePointer) {
        for name in ["printf", "format"] {
            sqlite3_create_function_v2(sandbox, name, -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                       Unmanaged.passUnretained(self).toOpaque(), { context, argc, argv in
                guard let data = sqlite3_user_data(context) else { return }
                Unmanaged<SandboxPrintf>.fromOpaque(data).takeUnretainedValue().call(context, argc, argv)
            }, nil, nil, nil)
        }
    }

    private func call(_ context: OpaquePointer?, _ argc: Int32, _ argv: UnsafeMutablePointer<OpaquePointer?>?) {
        guard argc >= 1, let argv else {
            sqlite3_result_null(context)
            return
        }
        guard let statement = statement(arguments: argc) else {
            sqlite3_result_error(context, "printf() with \(argc) arguments cannot run here", -1)
            return
        }
        defer {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
        for i in 0..<argc { sqlite3_bind_value(statement, i + 1, argv[Int(i)]) }
        let code = sqlite3_step(statement)
        guard code == SQLITE_ROW else {
            if code & 0xff == SQLITE_TOOBIG { sqlite3_result_error_toobig(context) } else { sqlite3_result_error(context, sqlite3_errmsg(connection), -1) }
            return
        }
        if sqlite3_column_type(statement, 0) == SQLITE_NULL, sqlite3_value_type(argv[0]) != SQLITE_NULL {
            sqlite3_result_error_toobig(context)
            return
        }
        sqlite3_result_value(context, sqlite3_column_value(statement, 0))  // a copy, made before the reset
    }

    private func statement(arguments count: Int32) -> OpaquePointer? {
        if let prepared = statements[count] { return prepared }
        let sql = "SELECT printf(" + (1...count).map { "?\($0)" }.joined(separator: ", ") + ")"
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(connection, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            sqlite3_finalize(statement)
            return nil
        }
        statements[count] = statement
        return statement
    }
}
