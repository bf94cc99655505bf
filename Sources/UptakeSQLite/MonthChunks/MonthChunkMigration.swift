import GRDB
import UptakeCore

/// Schema v7: moves the rows of the `applications` table (one per day, locality and sector) into
/// `application_months`, reading them in chunk order so each chunk is written once.
enum MonthChunkMigration {
    static func pack(_ db: Database) throws {
        let rows = try PreparedStatement(db, """
            SELECT day, locality_id, sector_id, received, received_online, resolved, resolved_online, synced, on_time, ingest_id
            FROM applications ORDER BY locality_id, sector_id, day
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
        try rows.forEachRow { row in
            let (start, dayOfMonth) = Day(number: Int(row.int(0))).monthStartAndDay
            let next = (start.number, Int(row.int(1)), Int(row.int(2)))
            if let k = key, k != next { try write() }
            key = next
            let counts = ApplicationCounts(received: row.int(3), receivedOnline: row.int(4), resolved: row.optionalInt(5),
                                           resolvedOnline: row.optionalInt(6), synced: row.optionalInt(7), onTime: row.optionalInt(8))
            MonthChunk.append(MonthChunk.Record(dayOfMonth: dayOfMonth, counts: counts, ingestID: Int(row.int(9))), to: &bytes)
        }
        try write()
    }
}
