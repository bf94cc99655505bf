import GRDB
import GRDBSQLite

/// `uptake_day(days, i, field)`: field `field` (``MonthChunk/fieldCount``) of record `i` of a
/// month chunk, NULL past the last record or for a count left out. The `applications` view unpacks
/// `application_months` with it, so `uptake sql` and tests read one row per day as before.
/// Innocuous (it reads only its arguments), so the view works where the schema is not trusted (the
/// `uptake sql` sandbox); every connection Uptake opens installs it. A connection without it (the
/// sqlite3 shell) can read `application_months` but not the view.
enum ChunkSQLFunction {
    static let name = "uptake_day"

    static func install(on connection: OpaquePointer) throws {
        let flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS
        let code = sqlite3_create_function_v2(connection, name, 3, flags, nil, { context, _, arguments in
            guard let context, let arguments, let blob = sqlite3_value_blob(arguments[0]) else { return sqlite3_result_null(context) }
            let bytes = UnsafeRawBufferPointer(start: blob, count: Int(sqlite3_value_bytes(arguments[0])))
            let i = sqlite3_value_int64(arguments[1]), f = sqlite3_value_int64(arguments[2])
            guard i >= 0, i < MonthChunk.count(bytes), f >= 0, f < MonthChunk.fieldCount,
                  let value = MonthChunk.field(bytes, record: Int(i), field: Int(f)) else { return sqlite3_result_null(context) }
            sqlite3_result_int64(context, value)
        }, nil, nil, nil)
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot install \(name)") }
    }

    /// The view that shows the chunks as one row per day, with the columns of the table it replaced.
    static let applicationsView = """
        CREATE VIEW applications AS
        WITH RECURSIVE slot(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM slot WHERE i < 30)
        SELECT m.month_start + uptake_day(m.days, slot.i, 0) - 1 AS day, m.locality_id AS locality_id, m.sector_id AS sector_id,
            uptake_day(m.days, slot.i, 1) AS received, uptake_day(m.days, slot.i, 2) AS received_online,
            uptake_day(m.days, slot.i, 3) AS resolved, uptake_day(m.days, slot.i, 4) AS resolved_online,
            uptake_day(m.days, slot.i, 5) AS synced, uptake_day(m.days, slot.i, 6) AS on_time,
            uptake_day(m.days, slot.i, 7) AS ingest_id
        FROM application_months m JOIN slot ON slot.i < length(m.days) / \(MonthChunk.recordBytes)
        """
}
