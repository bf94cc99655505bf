import GRDB
import UptakeCore
import UptakeStoreAPI

/// Writes validated applications rows inside an ingest's transaction: a new key is inserted, a
/// stored key with other values is a revision, a stored key with the same values is unchanged.
/// Keys repeated within a file never reach it (the pipeline rejects them).
final class ApplicationWriter {
    enum Outcome { case inserted, revised, unchanged }

    private let insert: PreparedStatement
    private let select: PreparedStatement
    private let update: PreparedStatement
    private let confirm: PreparedStatement
    private let insertMany: PreparedStatement
    private let savepoint: PreparedStatement
    private let release: PreparedStatement
    private let rollBack: PreparedStatement
    /// Rows per multi-row INSERT: one statement for many rows costs SQLite far less than one each.
    static let rowsPerInsert = 64
    private let ingestID: Int
    let deltas: AggregateDeltas
    private let provinceOf: (Int) -> Int

    init(_ db: Database, ingestID: Int, maxLocalityID: Int, provinceOf: @escaping (Int) -> Int) throws {
        self.ingestID = ingestID
        self.provinceOf = provinceOf
        insert = try PreparedStatement(db, """
            INSERT INTO applications (day, locality_id, sector_id, received, received_online, resolved, resolved_online, synced, on_time, ingest_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
            """)
        select = try PreparedStatement(db, """
            SELECT received, received_online, resolved, resolved_online, synced, on_time
            FROM applications WHERE day = ? AND locality_id = ? AND sector_id = ?
            """)
        update = try PreparedStatement(db, """
            UPDATE applications SET received = ?4, received_online = ?5, resolved = ?6, resolved_online = ?7, synced = ?8, on_time = ?9,
                ingest_id = ?10 WHERE day = ?1 AND locality_id = ?2 AND sector_id = ?3
            """)
        confirm = try PreparedStatement(db, "UPDATE applications SET ingest_id = ?4 WHERE day = ?1 AND locality_id = ?2 AND sector_id = ?3")
        let values = Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: ApplicationWriter.rowsPerInsert).joined(separator: ", ")
        insertMany = try PreparedStatement(db, """
            INSERT INTO applications (day, locality_id, sector_id, received, received_online, resolved, resolved_online, synced, on_time, ingest_id)
            VALUES \(values) ON CONFLICT DO NOTHING
            """)
        savepoint = try PreparedStatement(db, "SAVEPOINT rows")
        release = try PreparedStatement(db, "RELEASE rows")
        rollBack = try PreparedStatement(db, "ROLLBACK TO rows")
        deltas = try AggregateDeltas(db, maxLocalityID: maxLocalityID)
    }

    /// Writes many rows, `rowsPerInsert` at a time in one statement. When a statement inserts fewer
    /// rows than it was given (a key was already stored), it is rolled back to a
    /// savepoint and those rows go one by one, so every row still gets its own outcome.
    func write(many rows: [ApplicationRow]) throws -> [Outcome] {
        var outcomes: [Outcome] = []
        outcomes.reserveCapacity(rows.count)
        let k = ApplicationWriter.rowsPerInsert
        var start = 0
        while start + k <= rows.count {
            let chunk = rows[start..<start + k]
            try savepoint.execute()
            for (j, row) in chunk.enumerated() {
                let base = Int32(j * 10)
                bindKey(insertMany, row, at: base)
                bindCounts(insertMany, row.counts, at: base)
                insertMany.bind(base + 10, ingestID)
            }
            if try insertMany.execute() == k {
                try release.execute()
                for row in chunk {
                    deltas.add(CountSums(row.counts), provinceID: provinceOf(row.localityID), localityID: row.localityID, sectorID: row.sectorID, day: row.day)
                    outcomes.append(.inserted)
                }
                try deltas.flushIfLarge()
            } else {
                try rollBack.execute()
                try release.execute()
                for row in chunk { outcomes.append(try write(row)) }
            }
            start += k
        }
        for row in rows[start...] { outcomes.append(try write(row)) }
        return outcomes
    }

    func write(_ row: ApplicationRow) throws -> Outcome {
        bindKey(insert, row)
        bindCounts(insert, row.counts)
        insert.bind(10, ingestID)
        let outcome: Outcome
        if try insert.execute() == 1 {
            deltas.add(CountSums(row.counts), provinceID: provinceOf(row.localityID), localityID: row.localityID, sectorID: row.sectorID, day: row.day)
            outcome = .inserted
        } else {
            bindKey(select, row)
            guard let old = try select.fetchIntegers(columns: 6) else { throw DatabaseError(message: "a conflicting row vanished") }
            let stored = ApplicationCounts(received: old[0] ?? 0, receivedOnline: old[1] ?? 0,  // NOT NULL columns
                                            resolved: old[2], resolvedOnline: old[3],
                                           synced: old[4], onTime: old[5])
            if stored == row.counts {
                bindKey(confirm, row)
                confirm.bind(4, ingestID)
                try confirm.execute()
                outcome = .unchanged
            } else {
                bindKey(update, row)
                bindCounts(update, row.counts)
                update.bind(10, ingestID)
                try update.execute()
                var delta = CountSums(row.counts) - CountSums(stored)
                delta.rows = 0
                deltas.add(delta, provinceID: provinceOf(row.localityID), localityID: row.localityID, sectorID: row.sectorID, day: row.day)
                outcome = .revised
            }
        }
        try deltas.flushIfLarge()
        return outcome
    }

    /// Binds the key to parameters `offset + 1 ... offset + 3`.
    private func bindKey(_ s: PreparedStatement, _ row: ApplicationRow, at offset: Int32 = 0) {
        s.bind(offset + 1, row.day.number)
        s.bind(offset + 2, row.localityID)
        s.bind(offset + 3, row.sectorID)
    }

    /// Binds the counts to parameters `offset + 4 ... offset + 9`.
    private func bindCounts(_ s: PreparedStatement, _ c: ApplicationCounts, at offset: Int32 = 0) {
        s.bind(offset + 4, c.received)
        s.bind(offset + 5, c.receivedOnline)
        s.bind(offset + 6, c.resolved)
        s.bind(offset + 7, c.resolvedOnline)
        s.bind(offset + 8, c.synced)
        s.bind(offset + 9, c.onTime)
    }
}
