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
        if let format = sqlite3_value_text(argv[0]) {
            let bytes = UnsafeBufferPointer(start: format, count: Int(sqlite3_value_bytes(argv[0])))
            if Self.repeatsPastLimit(bytes, limit: Int64(SQLSandbox.maxValueBytes), integer: { $0 < argc ? sqlite3_value_int64(argv[Int($0)]) : 0 }) {
                sqlite3_result_error_toobig(context)
                return
            }
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

    /// Whether `format` repeats a `%c` more than `limit` times. SQLite 3.40 appends those characters
    /// one call at a time, each failing past the limit: `printf('%.*c', 900000000, 'x')` spent 9 s
    /// refusing, inside one call where no time limit reaches. Other directives fail at once. The
    /// scan follows SQLite's printf: flags, a width (digits or `*`), a precision (`.` then digits or
    /// `*`), `l`/`ll`, the conversion; `*` and each conversion but `%` and `n` take one argument.
    static func repeatsPastLimit(_ format: UnsafeBufferPointer<UInt8>, limit: Int64, integer: (Int32) -> Int64) -> Bool {
        func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
        var i = 0
        var argument: Int32 = 1  // argument 0 is the format
        while i < format.count {
            guard format[i] == UInt8(ascii: "%") else { i += 1; continue }
            i += 1
            var precision: Int64 = 0
            var conversion: UInt8 = 0
            scan: while i < format.count {
                let c = format[i]
                i += 1
                switch c {
                case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: " "), UInt8(ascii: "#"), UInt8(ascii: "!"),
                     UInt8(ascii: "0"), UInt8(ascii: ","), UInt8(ascii: "l"):
                    continue
                case UInt8(ascii: "*"):
                    argument += 1
                case UInt8(ascii: "1")...UInt8(ascii: "9"):
                    while i < format.count, isDigit(format[i]) { i += 1 }
                case UInt8(ascii: "."):
                    if i < format.count, format[i] == UInt8(ascii: "*") {
                        let value = integer(argument)  // a negative precision counts as its absolute value
                        precision = value == .min ? .max : abs(value)
                        argument += 1
                        i += 1
                    } else {
                        precision = 0
                        while i < format.count, isDigit(format[i]) {
                            precision = min(precision * 10 + Int64(format[i] - UInt8(ascii: "0")), Int64(1) << 40)
                            i += 1
                        }
                    }
                default:
                    conversion = c
                    break scan
                }
            }
            if conversion == UInt8(ascii: "c"), precision > limit { return true }
            if conversion != 0, conversion != UInt8(ascii: "%"), conversion != UInt8(ascii: "n") { argument += 1 }
        }
        return false
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
