import GRDB
import UptakeCore
import UptakeStoreAPI

/// Writes applications rows filed in pre-reform units into `applications_pre2025`, as filed, inside
/// the ingest's transaction: a new key is inserted, a stored key with other values revised, the same
/// values unchanged. No aggregate moves: these rows are folded into today's units when read.
final class PreReformWriter {
    private let upsert: Statement
    private let select: Statement
    private let ingestID: Int
    private let crosswalk = ReformCrosswalk.vietnam2025

    init(_ db: Database, ingestID: Int) throws {
        self.ingestID = ingestID
        select = try db.makeStatement(sql: """
            SELECT received, received_online, resolved, resolved_online, synced, on_time
            FROM applications_pre2025 WHERE day = ? AND old_code = ? AND sector_id = ?
            """)
        upsert = try db.makeStatement(sql: """
            INSERT INTO applications_pre2025 (day, old_code, sector_id, received, received_online, resolved, resolved_online, synced, on_time, ingest_id)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            ON CONFLICT (day, old_code, sector_id) DO UPDATE SET received = ?4, received_online = ?5, resolved = ?6,
                resolved_online = ?7, synced = ?8, on_time = ?9, ingest_id = ?10
            """)
    }

    func write(_ row: ApplicationRow) throws -> ApplicationWriter.Outcome {
        let key: [any DatabaseValueConvertible] = [row.day.number, crosswalk.units[row.localityID].code, row.sectorID]
        let old = try Row.fetchOne(select, arguments: StatementArguments(key))
        let c = row.counts
        let values: [(any DatabaseValueConvertible)?] = [c.received, c.receivedOnline, c.resolved, c.resolvedOnline, c.synced, c.onTime, ingestID]
        try upsert.execute(arguments: StatementArguments(key + values))
        guard let old else { return .inserted }
        let stored = ApplicationCounts(received: old[0], receivedOnline: old[1], resolved: old[2], resolvedOnline: old[3],
                                       synced: old[4], onTime: old[5])
        return stored == c ? .unchanged : .revised
    }
}
