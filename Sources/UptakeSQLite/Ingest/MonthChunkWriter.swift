import GRDB
import UptakeCore
import UptakeStoreAPI

/// Writes validated applications rows into `application_months` (``MonthChunk``) inside an
/// ingest's transaction, and moves the aggregates for what changed.
///
/// Rows are added to the aggregates as they arrive (in date order, which ``AggregateDeltas``'s
/// dense per-day arrays are made for) and wait in one flat buffer, each linked to the previous row
/// of its locality × sector × month, until ``pendingLimit`` rows do; then every chunk is written
/// in key order (appending to the B-tree where the months are new). A new chunk goes in with one
/// INSERT; where the month is stored already and the new days all follow the stored ones (a file
/// in date order written in parts), they are appended in one UPDATE; otherwise the two are merged
/// day by day: a stored day with other counts is revised, with the same counts unchanged (its
/// ingest id moves to this ingest, as a confirmed row's did), and the stored counts leave the
/// aggregates. Keys repeated within a file never reach it (the pipeline rejects them).
final class MonthChunkWriter {
    /// A row waiting to be written: its counts, and its chunk (``chunkKey``) with the day of the
    /// month in the 5 bits below it (32 bytes).
    private struct Pending {
        var counts: MonthChunk.PackedCounts
        var chunkAndDay: UInt64
        var dayOfMonth: UInt8 { UInt8(chunkAndDay & 31) }
    }

    /// Rows held before writing: 524,288 rows (18 MiB with their links), so memory stays flat
    /// whatever the file's size; a national month of 12 sectors (1.2 M rows) goes in three parts.
    private let pendingLimit: Int
    private var pending: [Pending] = []
    /// For each pending row, the pending row before it in the same chunk (-1 for none).
    private var previous: [Int32] = []
    private var lastOfChunk: [UInt64: Int32] = [:]
    /// The chains of one month (most of a file in date order) kept by locality × 16 + sector, as
    /// ``AggregateDeltas`` keeps a day's sums: an array index per row instead of a hash lookup.
    /// Moved into ``lastOfChunk`` when another month's rows come, and before writing.
    private var dense: DenseChains
    /// The chunks the last part wrote: a file in date order finds them stored and appends to them.
    private var writtenLast: Set<UInt64> = []
    private var counts = IngestCounts()
    private let ingestID: Int
    private let provinceOf: (Int) -> Int
    let deltas: AggregateDeltas
    private let insert: PreparedStatement
    private let append: PreparedStatement
    private let select: PreparedStatement
    private let update: PreparedStatement

    init(_ db: Database, ingestID: Int, maxLocalityID: Int, provinceOf: @escaping (Int) -> Int, pendingLimit: Int = 1 << 19) throws {
        guard ingestID < Int(MonthChunk.missing) else { throw DatabaseError(message: "ingest ids have passed what application_months can hold") }
        (self.ingestID, self.provinceOf, self.pendingLimit) = (ingestID, provinceOf, pendingLimit)
        dense = DenseChains(units: maxLocalityID + 1)
        deltas = try AggregateDeltas(db, maxLocalityID: maxLocalityID)
        let key = "month_start = ?1 AND locality_id = ?2 AND sector_id = ?3"
        insert = try PreparedStatement(db, "INSERT INTO application_months (month_start, locality_id, sector_id, days) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
        // ?5: the first new day, after the last stored one (records are in day order). `||` makes
        // text, whose length() stops at the first zero byte: the CAST keeps a blob.
        append = try PreparedStatement(db, """
            UPDATE application_months SET days = CAST(days || ?4 AS BLOB)
            WHERE \(key) AND \(ChunkSQLFunction.name)(days, length(days) / \(MonthChunk.recordBytes) - 1, 0) < ?5
            """)
        select = try PreparedStatement(db, "SELECT days FROM application_months WHERE \(key)")
        update = try PreparedStatement(db, "UPDATE application_months SET days = ?4 WHERE \(key)")
    }

    /// A chunk's key in one integer, in key order, with 5 bits free at the bottom (for a day): the
    /// month's first day (offset to be positive) in the top 20 bits, the locality in the next 24,
    /// the sector in the next 15.
    private static func chunkKey(monthStart: Int, localityID: Int, sectorID: Int) throws -> UInt64 {
        let month = monthStart + (1 << 19)
        guard (0..<(1 << 20)).contains(month), (0..<(1 << 24)).contains(localityID), (0..<(1 << 15)).contains(sectorID) else {
            throw DatabaseError(message: "a locality id, sector id or date beyond what application_months can key")
        }
        return packedKey(monthStart, localityID, sectorID)
    }

    /// ``chunkKey(monthStart:localityID:sectorID:)`` for ids it has checked.
    fileprivate static func packedKey(_ monthStart: Int, _ localityID: Int, _ sectorID: Int) -> UInt64 {
        UInt64(monthStart + (1 << 19)) << 44 | UInt64(localityID) << 20 | UInt64(sectorID) << 5
    }

    private static func parts(_ key: UInt64) -> (monthStart: Int, localityID: Int, sectorID: Int) {
        (Int(key >> 44) - (1 << 19), Int(key >> 20 & 0xFF_FFFF), Int(key >> 5 & 0x7FFF))
    }

    func add(_ rows: [ApplicationRow]) throws {
        if pending.isEmpty {
            pending.reserveCapacity(pendingLimit)
            previous.reserveCapacity(pendingLimit)
        }
        try chain(rows)
        try deltas.flushIfLarge()
        if pending.count >= pendingLimit { try write() }
    }

    /// Adds `rows` to the aggregates and to the pending chains.
    private func chain(_ rows: [ApplicationRow]) throws {
        // The buffers as locals for the loop: no exclusivity check per row on a class's properties.
        var (pending, previous, dense) = (self.pending, self.previous, self.dense)
        (self.pending, self.previous, self.dense) = ([], [], DenseChains(units: 0))
        defer { (self.pending, self.previous, self.dense) = (pending, previous, dense) }
        for row in rows {
            let (start, dayOfMonth) = row.day.monthStartAndDay
            let key = try MonthChunkWriter.chunkKey(monthStart: start.number, localityID: row.localityID, sectorID: row.sectorID)
            deltas.add(CountSums(row.counts), provinceID: provinceOf(row.localityID), localityID: row.localityID, sectorID: row.sectorID, day: row.day)
            let index = Int32(pending.count)
            if start.number != dense.monthStart { dense.fold(into: &lastOfChunk, previous: &previous); dense.monthStart = start.number }
            previous.append(dense.link(index, localityID: row.localityID, sectorID: row.sectorID)
                            ?? lastOfChunk.updateValue(index, forKey: key) ?? -1)
            pending.append(Pending(counts: MonthChunk.PackedCounts(row.counts), chunkAndDay: key | UInt64(dayOfMonth)))
        }
    }

    /// Writes what is pending and the aggregates; returns the outcomes of every row added.
    func finish() throws -> IngestCounts {
        try write()
        try deltas.flush()
        return counts
    }

    private func write() throws {
        dense.fold(into: &lastOfChunk, previous: &previous)
        var rows: [Int32] = []
        var blob: [UInt8] = []
        var written: Set<UInt64> = []
        written.reserveCapacity(lastOfChunk.count)
        for (key, last) in lastOfChunk.sorted(by: { $0.key < $1.key }) {
            rows.removeAll(keepingCapacity: true)
            var i = last
            while i >= 0 { rows.append(i); i = previous[Int(i)] }
            rows.reverse()
            if !zip(rows, rows.dropFirst()).allSatisfy({ pending[Int($0)].dayOfMonth < pending[Int($1)].dayOfMonth }) {
                rows.sort { pending[Int($0)].dayOfMonth < pending[Int($1)].dayOfMonth }
            }
            blob.removeAll(keepingCapacity: true)
            blob.append(contentsOf: repeatElement(0, count: rows.count * MonthChunk.recordBytes))
            blob.withUnsafeMutableBytes { out in
                for (j, r) in rows.enumerated() {
                    let p = pending[Int(r)]
                    MonthChunk.store(dayOfMonth: p.dayOfMonth, p.counts, ingestID: UInt32(ingestID), at: out.baseAddress! + j * MonthChunk.recordBytes)
                }
            }
            let (monthStart, localityID, sectorID) = MonthChunkWriter.parts(key)
            try put(blob, firstDay: Int(pending[Int(rows[0])].dayOfMonth), likelyStored: writtenLast.contains(key),
                    monthStart: monthStart, localityID: localityID, sectorID: sectorID)
            written.insert(key)
        }
        writtenLast = written
        pending.removeAll(keepingCapacity: true)
        previous.removeAll(keepingCapacity: true)
        lastOfChunk.removeAll(keepingCapacity: true)
        try deltas.flushIfLarge()
    }

    /// Stores one chunk's new records (in day order): appended, inserted, or merged, trying first
    /// what is likely (a chunk the last part wrote is stored).
    private func put(_ blob: [UInt8], firstDay: Int, likelyStored: Bool, monthStart: Int, localityID: Int, sectorID: Int) throws {
        let n = blob.count / MonthChunk.recordBytes
        func appended() throws -> Bool {
            bindKey(append, monthStart, localityID, sectorID)
            append.bind(4, blob: blob)
            append.bind(5, firstDay)
            return try append.execute() == 1
        }
        if likelyStored, try appended() { counts.inserted += n; return }
        bindKey(insert, monthStart, localityID, sectorID)
        insert.bind(4, blob: blob)
        if try insert.execute() == 1 { counts.inserted += n; return }
        if !likelyStored, try appended() { counts.inserted += n; return }
        try merge(blob, monthStart: monthStart, localityID: localityID, sectorID: sectorID)
    }

    /// Merges new records into the stored chunk, day by day.
    private func merge(_ blob: [UInt8], monthStart: Int, localityID: Int, sectorID: Int) throws {
        bindKey(select, monthStart, localityID, sectorID)
        var stored: [MonthChunk.Record] = []
        try select.forEachRow { row in stored = row.blob(0).map(MonthChunk.records) ?? [] }
        var byDay = Dictionary(uniqueKeysWithValues: stored.map { ($0.dayOfMonth, $0) })
        for r in blob.withUnsafeBytes(MonthChunk.records) {
            if let old = byDay[r.dayOfMonth] {
                // Added whole when it arrived: the stored counts leave the aggregates.
                deltas.add(CountSums() - CountSums(old.counts), provinceID: provinceOf(localityID), localityID: localityID, sectorID: sectorID,
                           day: Day(number: monthStart + r.dayOfMonth - 1))
                if old.counts == r.counts { counts.unchanged += 1 } else { counts.revised += 1 }
            } else {
                counts.inserted += 1
            }
            byDay[r.dayOfMonth] = r
        }
        bindKey(update, monthStart, localityID, sectorID)
        update.bind(4, blob: MonthChunk.encode(byDay.values.sorted { $0.dayOfMonth < $1.dayOfMonth }))
        try update.execute()
    }

    private func bindKey(_ s: PreparedStatement, _ monthStart: Int, _ localityID: Int, _ sectorID: Int) {
        s.bind(1, monthStart)
        s.bind(2, localityID)
        s.bind(3, sectorID)
    }
}

/// Chains of pending rows of one month, by locality × 16 + sector: the last row of each chain (to
/// link the next) and the first (to link the chain after an earlier one of the same chunk when
/// folded into the keyed table).
private struct DenseChains {
    static let sectorSlots = 16
    var monthStart = Int.min
    private var last: [Int32]
    private var first: [Int32]
    private var touched: [Int32] = []

    init(units: Int) {
        last = [Int32](repeating: -1, count: units * DenseChains.sectorSlots)
        first = last
    }

    /// Links row `index` after the chain of its locality and sector; returns the row before it
    /// (-1 for the first), or `nil` when the ids lie beyond the table.
    mutating func link(_ index: Int32, localityID: Int, sectorID: Int) -> Int32? {
        guard sectorID < DenseChains.sectorSlots else { return nil }
        let slot = localityID * DenseChains.sectorSlots + sectorID
        guard slot < last.count else { return nil }
        let before = last[slot]
        if before < 0 { first[slot] = index; touched.append(Int32(slot)) }
        last[slot] = index
        return before
    }

    /// Moves every chain into `table` (keyed by chunk), after any chain the table holds for it.
    mutating func fold(into table: inout [UInt64: Int32], previous: inout [Int32]) {
        guard monthStart != Int.min else { return }
        for slot in touched.map(Int.init) {
            let key = MonthChunkWriter.packedKey(monthStart, slot / DenseChains.sectorSlots, slot % DenseChains.sectorSlots)
            if let earlier = table.updateValue(last[slot], forKey: key) { previous[Int(first[slot])] = earlier }
            (last[slot], first[slot]) = (-1, -1)
        }
        touched.removeAll(keepingCapacity: true)
        monthStart = Int.min
    }
}
