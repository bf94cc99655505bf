import GRDB
import UptakeCore
import UptakeStoreAPI

/// Writes applications rows filed in pre-reform units into `applications_pre2025`, as filed, inside
/// the ingest's transaction: a new key is inserted, a stored key with other values revised, the same
/// values unchanged. No aggregate moves: these rows are folded into today's units when read.
final class PreReformWriter {
    private let insertMany: Statement
    private let insert: Statement
    private let select: Statement
    private let update: Statement
    private let ingestID: Int
    private let crosswalk = ReformCrosswalk.vietnam2025
    private let db: Database
    /// Rows per multi-row INSERT, as ``ApplicationWriter`` does: one statement for many rows costs far less.
    static let rowsPerInsert = 64
    static let columns = "(day, old_code, sector_id, received, received_online, resolved, resolved_online, synced, on_time, ingest_id)"

    init(_ db: Database, ingestID: Int) throws {
        self.db = db
        self.ingestID = ingestID
        let values = Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: PreReformWriter.rowsPerInsert).joined(separator: ", ")
        insertMany = try db.makeStatement(sql: "INSERT INTO applications_pre2025 \(PreReformWriter.columns) VALUES \(values) ON CONFLICT DO NOTHING")
        insert = try db.makeStatement(sql: "INSERT INTO applications_pre2025 \(PreReformWriter.columns) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
        select = try db.makeStatement(sql: """
            SELECT received, received_online, resolved, resolved_online, synced, on_time
            FROM applications_pre2025 WHERE day = ? AND old_code = ? AND sector_id = ?
            """)
        update = try db.makeStatement(sql: """
            UPDATE applications_pre2025 SET received = ?4, received_online = ?5, resolved = ?6, resolved_online = ?7, synced = ?8,
                on_time = ?9, ingest_id = ?10 WHERE day = ?1 AND old_code = ?2 AND sector_id = ?3
            """)
    }

    private func values(_ row: ApplicationRow) -> [(any DatabaseValueConvertible)?] {
        let c = row.counts
        return [row.day.number, crosswalk.units[row.localityID].code, row.sectorID,
                c.received, c.receivedOnline, c.resolved, c.resolvedOnline, c.synced, c.onTime, ingestID]
    }

    /// Writes `rows`, 64 to a statement; a statement that meets a stored key is rolled back to a
    /// savepoint and its rows go one by one, so each still gets its own outcome.
    func write(many rows: [ApplicationRow]) throws -> [ApplicationWriter.Outcome] {
        var outcomes: [ApplicationWriter.Outcome] = []
        outcomes.reserveCapacity(rows.count)
        let k = PreReformWriter.rowsPerInsert
        var start = 0
        while start + k <= rows.count {
            let chunk = rows[start..<start + k]
            try db.execute(sql: "SAVEPOINT pre_rows")
            try insertMany.execute(arguments: StatementArguments(chunk.flatMap(values)))
            if db.changesCount == k {
                try db.execute(sql: "RELEASE pre_rows")
                outcomes += repeatElement(.inserted, count: k)
            } else {
                try db.execute(sql: "ROLLBACK TO pre_rows")
                try db.execute(sql: "RELEASE pre_rows")
                for row in chunk { outcomes.append(try write(row)) }
            }
            start += k
        }
        for row in rows[start...] { outcomes.append(try write(row)) }
        return outcomes
    }

    func write(_ row: ApplicationRow) throws -> ApplicationWriter.Outcome {
        let all = values(row)
        try insert.execute(arguments: StatementArguments(all))
        if db.changesCount == 1 { return .inserted }
        let key = Array(all[0..<3])
        guard let old = try Row.fetchOne(select, arguments: StatementArguments(key)) else { throw DatabaseError(message: "a conflicting row vanished") }
        let stored = ApplicationCounts(received: old[0], receivedOnline: old[1], resolved: old[2], resolvedOnline: old[3],
                                       synced: old[4], onTime: old[5])
        try update.execute(arguments: StatementArguments(all))
        return stored == row.counts ? .unchanged : .revised
    }
}
