import GRDB
import UptakeCore
import UptakeStoreAPI

/// Writes applications rows filed in pre-reform units into `applications_pre2025`, as filed, inside
/// the ingest's transaction: a new key is inserted, a stored key with other values revised, the same
/// values unchanged. No aggregate moves: these rows are folded into today's units when read.
/// Values are bound straight into the C statement (``PreparedStatement``): GRDB's boxed
/// arguments had cost 8.4 µs a row against today's units' 4.1 (benchmarks/RESULTS.md).
final class PreReformWriter {
    private let batched: BatchedInsert
    private let insert: PreparedStatement
    private let select: PreparedStatement
    private let update: PreparedStatement
    private let ingestID: Int
    /// Each old unit's code, by the index the ingest keys its rows with.
    private let codes: [String]
    static let columns = "(day, old_code, sector_id, received, received_online, resolved, resolved_online, synced, on_time, ingest_id)"
    static let tuple = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"

    init(_ db: Database, ingestID: Int) throws {
        self.ingestID = ingestID
        codes = ReformCrosswalk.vietnam2025.units.map(\.code)
        batched = try BatchedInsert(db, insert: "INSERT INTO applications_pre2025 \(PreReformWriter.columns) VALUES", tuple: PreReformWriter.tuple)
        insert = try PreparedStatement(db, "INSERT INTO applications_pre2025 \(PreReformWriter.columns) VALUES \(PreReformWriter.tuple) ON CONFLICT DO NOTHING")
        select = try PreparedStatement(db, """
            SELECT received, received_online, resolved, resolved_online, synced, on_time
            FROM applications_pre2025 WHERE day = ?1 AND old_code = ?2 AND sector_id = ?3
            """)
        update = try PreparedStatement(db, """
            UPDATE applications_pre2025 SET received = ?4, received_online = ?5, resolved = ?6, resolved_online = ?7, synced = ?8,
                on_time = ?9, ingest_id = ?10 WHERE day = ?1 AND old_code = ?2 AND sector_id = ?3
            """)
    }

    /// Binds a row's ten values to parameters `offset + 1 ... offset + 10`.
    private func bind(_ s: PreparedStatement, _ row: ApplicationRow, at offset: Int32 = 0) {
        bindKey(s, row, at: offset)
        let c = row.counts
        s.bind(offset + 4, c.received)
        s.bind(offset + 5, c.receivedOnline)
        s.bind(offset + 6, c.resolved)
        s.bind(offset + 7, c.resolvedOnline)
        s.bind(offset + 8, c.synced)
        s.bind(offset + 9, c.onTime)
        s.bind(offset + 10, ingestID)
    }

    private func bindKey(_ s: PreparedStatement, _ row: ApplicationRow, at offset: Int32 = 0) {
        s.bind(offset + 1, row.day.number)
        s.bind(offset + 2, codes[row.localityID])
        s.bind(offset + 3, row.sectorID)
    }

    func write(many rows: [ApplicationRow]) throws -> [WriteOutcome] {
        try batched.write(rows, bind: { statement, row, j in bind(statement, row, at: Int32(j * 10)) }, one: write)
    }

    func write(_ row: ApplicationRow) throws -> WriteOutcome {
        bind(insert, row)
        if try insert.execute() == 1 { return .inserted }
        bindKey(select, row)
        guard let old = try select.fetchIntegers(columns: 6) else { throw DatabaseError(message: "a conflicting row vanished") }
        let stored = ApplicationCounts(received: old[0] ?? 0, receivedOnline: old[1] ?? 0,  // NOT NULL columns
                                       resolved: old[2], resolvedOnline: old[3], synced: old[4], onTime: old[5])
        bind(update, row)
        try update.execute()
        return stored == row.counts ? .unchanged : .revised
    }
}
