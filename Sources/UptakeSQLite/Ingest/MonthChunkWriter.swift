import GRDB
import UptakeCore
import UptakeStoreAPI

/// Writes validated applications rows into `application_months` (``MonthChunk``) inside an
/// ingest's transaction, and moves the aggregates for what changed.
///
/// Rows wait in memory, grouped by locality × sector × month, until about ``pendingLimit`` bytes
/// of them do; then the months before the newest seen are written (a file in date order has
/// finished them), and all of them when that is not enough. Each chunk goes in with one INSERT, or,
/// where the month is stored already, is merged day by day with the stored chunk: a day not stored is
/// inserted, a stored day with other counts revised, with the same counts unchanged (its ingest id
/// moves to this ingest, as a confirmed row's did). Keys repeated within a file never reach it (the
/// pipeline rejects them).
final class MonthChunkWriter {
    struct Key: Hashable, Comparable {
        var monthStart: Int, localityID: Int, sectorID: Int
        static func < (a: Key, b: Key) -> Bool { (a.monthStart, a.localityID, a.sectorID) < (b.monthStart, b.localityID, b.sectorID) }
    }

    /// Bytes of records held before writing: 16 MiB, about 580,000 rows, a national month.
    private let pendingLimit: Int
    private var pending: [Key: [UInt8]] = [:]
    private var pendingBytes = 0
    private var newestMonthStart = Int.min
    private var counts = IngestCounts()
    private let ingestID: Int
    private let provinceOf: (Int) -> Int
    let deltas: AggregateDeltas
    private let insert: PreparedStatement
    private let select: PreparedStatement
    private let update: PreparedStatement

    init(_ db: Database, ingestID: Int, maxLocalityID: Int, provinceOf: @escaping (Int) -> Int, pendingLimit: Int = 16 << 20) throws {
        (self.ingestID, self.provinceOf, self.pendingLimit) = (ingestID, provinceOf, pendingLimit)
        deltas = try AggregateDeltas(db, maxLocalityID: maxLocalityID)
        insert = try PreparedStatement(db, """
            INSERT INTO application_months (month_start, locality_id, sector_id, days) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING
            """)
        select = try PreparedStatement(db, "SELECT days FROM application_months WHERE month_start = ?1 AND locality_id = ?2 AND sector_id = ?3")
        update = try PreparedStatement(db, "UPDATE application_months SET days = ?4 WHERE month_start = ?1 AND locality_id = ?2 AND sector_id = ?3")
    }

    func add(_ rows: [ApplicationRow]) throws {
        for row in rows {
            let (start, dayOfMonth) = row.day.monthStartAndDay
            let key = Key(monthStart: start.number, localityID: row.localityID, sectorID: row.sectorID)
            MonthChunk.append(MonthChunk.Record(dayOfMonth: dayOfMonth, counts: row.counts, ingestID: ingestID), to: &pending[key, default: []])
            newestMonthStart = max(newestMonthStart, start.number)
        }
        pendingBytes += rows.count * MonthChunk.recordBytes
        guard pendingBytes > pendingLimit else { return }
        try write(pending.keys.filter { $0.monthStart < newestMonthStart })
        if pendingBytes > pendingLimit / 2 { try write(Array(pending.keys)) }
    }

    /// Writes what is pending and the aggregates; returns the outcomes of every row added.
    func finish() throws -> IngestCounts {
        try write(Array(pending.keys))
        try deltas.flush()
        return counts
    }

    /// Writes the chunks of `keys`, in key order (appending to the B-tree where the months are new).
    private func write(_ keys: [Key]) throws {
        for key in keys.sorted() {
            guard let bytes = pending.removeValue(forKey: key) else { continue }
            pendingBytes -= bytes.count
            var records = bytes.withUnsafeBytes(MonthChunk.records)
            let inOrder = zip(records, records.dropFirst()).allSatisfy { $0.dayOfMonth < $1.dayOfMonth }
            if !inOrder { records.sort { $0.dayOfMonth < $1.dayOfMonth } }
            bindKey(insert, key)
            insert.bind(4, blob: inOrder ? bytes : MonthChunk.encode(records))
            if try insert.execute() == 1 {
                for r in records { moved(CountSums(r.counts), key, r.dayOfMonth) }
                counts.inserted += records.count
            } else {
                try merge(records, into: key)
            }
            try deltas.flushIfLarge()
        }
    }

    private func merge(_ records: [MonthChunk.Record], into key: Key) throws {
        bindKey(select, key)
        var stored: [MonthChunk.Record] = []
        try select.forEachRow { row in stored = row.blob(0).map(MonthChunk.records) ?? [] }
        var byDay = Dictionary(uniqueKeysWithValues: stored.map { ($0.dayOfMonth, $0) })
        for r in records {
            if let old = byDay[r.dayOfMonth] {
                if old.counts == r.counts {
                    counts.unchanged += 1
                } else {
                    var delta = CountSums(r.counts) - CountSums(old.counts)
                    delta.rows = 0
                    moved(delta, key, r.dayOfMonth)
                    counts.revised += 1
                }
            } else {
                moved(CountSums(r.counts), key, r.dayOfMonth)
                counts.inserted += 1
            }
            byDay[r.dayOfMonth] = r
        }
        bindKey(update, key)
        update.bind(4, blob: MonthChunk.encode(byDay.values.sorted { $0.dayOfMonth < $1.dayOfMonth }))
        try update.execute()
    }

    private func moved(_ sums: CountSums, _ key: Key, _ dayOfMonth: Int) {
        deltas.add(sums, provinceID: provinceOf(key.localityID), localityID: key.localityID, sectorID: key.sectorID,
                   day: Day(number: key.monthStart + dayOfMonth - 1))
    }

    private func bindKey(_ s: PreparedStatement, _ key: Key) {
        s.bind(1, key.monthStart)
        s.bind(2, key.localityID)
        s.bind(3, key.sectorID)
    }
}
