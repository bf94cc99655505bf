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
        let chunks = try PreparedStatement(db, "SELECT locality_id, sector_id, month_start, days FROM application_months")
        try chunks.forEachRow { row in
            guard let bytes = row.blob(3) else { throw DatabaseError(message: "an application_months row lacks its days") }
            let unit = Int(row.int(0)), sectorID = Int(row.int(1)), monthStart = Int(row.int(2))
            let province = unit < provinces.count && provinces[unit] > 0 ? provinces[unit] : unit
            for r in MonthChunk.records(bytes) {
                deltas.add(CountSums(r.counts), provinceID: province, localityID: unit, sectorID: sectorID, day: Day(number: monthStart + r.dayOfMonth - 1))
            }
            try deltas.flushIfLarge()
        }
        try deltas.flush()
    }
}
