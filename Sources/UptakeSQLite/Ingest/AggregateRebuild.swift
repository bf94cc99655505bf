import GRDB
import UptakeCore
import UptakeStoreAPI

/// Recomputes every aggregate table from the raw applications rows with the current locality tree.
///
/// An ingest that moves a unit to another parent or level (`IngestOptions.allowReparent`) calls it
/// inside its own transaction, so the aggregates never show the old tree next to the new one. It
/// goes through `AggregateDeltas`, the same code that keeps the aggregates at ingest.
enum AggregateRebuild {
    static func run(_ db: Database, directory: LocalityDirectory) throws {
        for table in AggregateTable.allCases { try db.execute(sql: "DELETE FROM \(table.rawValue)") }
        let provinces = directory.provinceIndex()
        let deltas = try AggregateDeltas(db, maxLocalityID: provinces.count - 1)
        let rows = try PreparedStatement(db, """
            SELECT day, locality_id, sector_id, received, received_online, resolved, resolved_online, synced, on_time
            FROM applications ORDER BY day
            """)
        try rows.forEachRow(integers: 9, texts: 0) { v, _ in
            guard let day = v[0], let localityID = v[1], let sectorID = v[2], let received = v[3], let online = v[4] else {
                throw DatabaseError(message: "an applications row lacks a required value")
            }
            let counts = ApplicationCounts(received: received, receivedOnline: online, resolved: v[5], resolvedOnline: v[6], synced: v[7], onTime: v[8])
            let unit = Int(localityID)
            let province = unit < provinces.count && provinces[unit] > 0 ? provinces[unit] : unit
            deltas.add(CountSums(counts), provinceID: province, localityID: unit, sectorID: Int(sectorID), day: Day(number: Int(day)))
            try deltas.flushIfLarge()
        }
        try deltas.flush()
    }
}
