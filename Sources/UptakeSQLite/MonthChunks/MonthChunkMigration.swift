import GRDB
import UptakeCore

/// Schema v7: moves the rows of the `applications` table (one per day, locality and sector) into
/// `application_months`, a month at a time: each month's rows (a stretch of the day-first key) are
/// read in chunk order and each chunk written once. Sorting a month, not the whole table at once,
/// took the national dataset's migration (6 M rows) from 446 MB to 253 MB at the peak; what holds
/// the rest is not known.
enum MonthChunkMigration {
    static func pack(_ db: Database) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT MIN(day), MAX(day) FROM applications"),
              let first = row[0] as Int?, let last = row[1] as Int? else { return }
        let rows = try PreparedStatement(db, """
            SELECT day, locality_id, sector_id, received, received_online, resolved, resolved_online, synced, on_time, ingest_id
            FROM applications WHERE day BETWEEN ?1 AND ?2 ORDER BY locality_id, sector_id, day
            """)
        let insert = try PreparedStatement(db, "INSERT INTO application_months (month_start, locality_id, sector_id, days) VALUES (?1, ?2, ?3, ?4)")
        var key: (monthStart: Int, locality: Int, sector: Int)?
        var bytes: [UInt8] = []
        func write() throws {
            guard let k = key else { return }
            insert.bind(1, k.monthStart)
            insert.bind(2, k.locality)
            insert.bind(3, k.sector)
            insert.bind(4, blob: bytes)
            try insert.execute()
            bytes.removeAll(keepingCapacity: true)
        }
        let range = DayRange(first: Day(number: first), last: Day(number: last))
        for monthStart in MonthChunkScan.monthStarts(range) {
            let (year, month, _) = Day(number: monthStart).components
            rows.bind(1, monthStart)
            rows.bind(2, monthStart + Day.daysIn(month: month, year: year) - 1)
            try rows.forEachRow { row in
                let dayOfMonth = Int(row.int(0)) - monthStart + 1
                let next = (monthStart, Int(row.int(1)), Int(row.int(2)))
                if let k = key, k != next { try write() }
                key = next
                let counts = ApplicationCounts(received: row.int(3), receivedOnline: row.int(4), resolved: row.optionalInt(5),
                                               resolvedOnline: row.optionalInt(6), synced: row.optionalInt(7), onTime: row.optionalInt(8))
                MonthChunk.append(MonthChunk.Record(dayOfMonth: dayOfMonth, counts: counts, ingestID: Int(row.int(9))), to: &bytes)
            }
            try write()
            key = nil
        }
    }
}
