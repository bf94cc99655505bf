import Foundation
import GRDB
import UptakeCore
import UptakeStoreAPI

extension SQLiteStore {
    /// One ingest's transaction (`BEGIN IMMEDIATE`, so a second ingest waits for the first) on a
    /// thread of its own, never on one of Swift concurrency's few cooperative threads, which readers need.
    package func withIngestWriter<T: Sendable>(_ start: IngestStart, _ body: @escaping @Sendable (any IngestWriter) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(with: Result { try self.withIngestWriterNow(start, body) })
            }
        }
    }

    /// The same transaction on the caller's thread (it blocks until the ingest ends). Written whole
    /// or not at all: a process killed mid-way leaves the database as it was (WAL journal).
    package func withIngestWriterNow<T>(_ start: IngestStart, _ body: (any IngestWriter) throws -> T) throws -> T {
        if let readOnlyReason {
            throw QueryError("cannot ingest: \(readOnlyReason)",
                             hint: isNewerVersion ? "upgrade uptake to write to this database, or ingest into another one"
                                                  : "queries work on it; to ingest, make it (and its folder) writable or copy it elsewhere",
                             code: .io)
        }
        do {
            return try queue.writeWithoutTransaction { db in
                // A small page cache while ingesting: chunks are appended, rarely read back, and
                // the cache's 32 MB (for readers' sake) would be a third of an ingest's memory.
                try db.execute(sql: "PRAGMA cache_size = -\(SQLiteStore.ingestCacheKiB)")
                defer { try? db.execute(sql: "PRAGMA cache_size = -\(SQLiteStore.cacheKiB)") }
                var result: T?
                try db.inTransaction(.immediate) {
                    let writer = try SQLiteIngestWriter(db, start)
                    result = try body(writer)
                    return writer.committed ? .commit : .rollback
                }
                guard let result else { preconditionFailure("the transaction ran its body") }
                return result
            }
        } catch {
            throw describe(error)
        }
    }
}

/// Writes checked batches inside one SQLite transaction: applications rows packed by month
/// (``MonthChunkWriter``, which also moves the aggregates, and counts them at ``endStaging()``), the
/// other kinds row by row, each stored key replaced (a revision) or confirmed (unchanged).
final class SQLiteIngestWriter: IngestWriter {
    let db: Database
    let ingestID: Int
    let localities: LocalityDirectory
    let sectorNames: [Int: String]
    private var applications: MonthChunkWriter?
    /// Set for a file in pre-reform units: its applications rows go here instead.
    private let preReform: PreReformWriter?
    /// Set for a file in pre-reform units: its incidents and readiness rows come already moved to
    /// today's units and keep the old unit's code (``OldUnitMark``).
    private let oldUnits: Bool
    private var treeChanged = false
    private(set) var committed = false

    init(_ db: Database, _ start: IngestStart) throws {
        self.db = db
        try db.execute(sql: "INSERT INTO ingests (path, sha256, kind, format, ingested_at) VALUES (?, '', ?, ?, ?)",
                       arguments: [start.path, start.kind.rawValue, start.format.rawValue, start.now])
        ingestID = Int(db.lastInsertedRowID)
        localities = try LocalityDirectory(db)
        var names: [Int: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM sectors") { names[row["id"]] = row["name"] }
        sectorNames = names
        preReform = start.units == .pre2025 ? try PreReformWriter(db, ingestID: ingestID) : nil
        oldUnits = start.units == .pre2025
    }

    func write(_ batch: IngestBatch) throws -> IngestCounts {
        var counts = IngestCounts()
        switch batch {
        case .applications(let rows) where preReform != nil:
            for outcome in try preReform!.write(many: rows) { counts.add(outcome) }
        case .applications(let rows):
            if applications == nil {
                let provinces = localities.provinceIndex()
                applications = try MonthChunkWriter(db, ingestID: ingestID, maxLocalityID: provinces.count - 1,
                                                     provinceOf: { $0 < provinces.count && provinces[$0] > 0 ? provinces[$0] : $0 })
            }
            guard let applications else { preconditionFailure("made above") }
            try applications.add(rows)
        case .incidents(let rows):
            for (r, localityID) in rows { counts.add(try incident(r, localityID)) }
        case .readiness(let rows):
            for (r, localityID) in rows { counts.add(try readiness(r, localityID)) }
        case .tasks(let rows):
            for (t, localityID) in rows { counts.add(try task(t, localityID)) }
        case .localities(let writes):
            for w in writes { counts.add(try locality(w)) }
        }
        return counts
    }

    func endStaging() throws -> IngestCounts {
        try applications?.finish() ?? IngestCounts()
    }

    func earlierIngest(sha256: String) throws -> Int? {
        try Int.fetchOne(db, sql: "SELECT id FROM ingests WHERE sha256 = ? AND id <> ? ORDER BY id LIMIT 1", arguments: [sha256, ingestID])
    }

    func commit(_ record: IngestRecord) throws {
        for (id, name) in record.newSectors { try db.execute(sql: "INSERT INTO sectors (id, name) VALUES (?, ?)", arguments: [id, name]) }
        if treeChanged { try AggregateRebuild.run(db, directory: LocalityDirectory(db)) }
        try db.execute(sql: """
            UPDATE ingests SET sha256 = ?, kind = ?, rows = ?, inserted = ?, revised = ?, unchanged = ?, rejected = ? WHERE id = ?
            """, arguments: [record.sha256, record.kind.rawValue, record.rows, record.counts.inserted, record.counts.revised,
                             record.counts.unchanged, record.rejected, ingestID])
        committed = true
    }

    private func incident(_ r: IncidentRecord, _ localityID: Int) throws -> WriteOutcome {
        let mark = OldUnitMark(oldUnits ? r.locality : nil)
        let key: [any DatabaseValueConvertible] = [r.start.text, localityID, r.system.rawValue, r.kind.rawValue, mark.code]
        let values: [(any DatabaseValueConvertible)?] = [r.end?.text, r.end?.day.number, r.errors, r.note]
        if let old = try Row.fetchOne(db, sql: """
            SELECT "end", errors, note FROM incidents WHERE start = ? AND locality_id = ? AND system = ? AND kind = ? AND old_code = ?
            """, arguments: StatementArguments(key)) {
            let same = (old["end"] as String?) == r.end?.text && (old["errors"] as Int64?) == r.errors && (old["note"] as String?) == r.note
            try db.execute(sql: """
                UPDATE incidents SET "end" = ?, end_day = ?, errors = ?, note = ?, ingest_id = ?
                WHERE start = ? AND locality_id = ? AND system = ? AND kind = ? AND old_code = ?
                """, arguments: StatementArguments(values + [ingestID] + key))
            return same ? .unchanged : .revised
        }
        try db.execute(sql: """
            INSERT INTO incidents (start, start_day, "end", end_day, locality_id, system, kind, errors, note, ingest_id, old_code, allocated)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [r.start.text, r.start.day.number, r.end?.text, r.end?.day.number, localityID,
                             r.system.rawValue, r.kind.rawValue, r.errors, r.note, ingestID, mark.code, mark.allocated])
        return .inserted
    }

    private func readiness(_ r: ReadinessRecord, _ localityID: Int) throws -> WriteOutcome {
        let mark = OldUnitMark(oldUnits ? r.locality : nil)
        let key: [any DatabaseValueConvertible] = [localityID, r.criterion.rawValue, r.day.number, mark.code]
        if let old = try String.fetchOne(db, sql: "SELECT value FROM readiness WHERE locality_id = ? AND criterion = ? AND day = ? AND old_code = ?",
                                         arguments: StatementArguments(key)) {
            try db.execute(sql: "UPDATE readiness SET value = ?, ingest_id = ? WHERE locality_id = ? AND criterion = ? AND day = ? AND old_code = ?",
                           arguments: StatementArguments([r.value.text, ingestID] + key))
            return old == r.value.text ? .unchanged : .revised
        }
        try db.execute(sql: "INSERT INTO readiness (locality_id, criterion, day, old_code, value, ingest_id, allocated) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       arguments: StatementArguments(key + [r.value.text, ingestID, mark.allocated]))
        return .inserted
    }

    /// Task records are keyed (id, date): the same key in a later file replaces the record.
    private func task(_ t: PlanTaskRecord, _ localityID: Int?) throws -> WriteOutcome {
        let key: [any DatabaseValueConvertible] = [t.id, t.day.number]
        let values: [(any DatabaseValueConvertible)?] = [t.plan, t.group.name, t.title, t.owner.text, localityID, t.due.number,
                                                        t.status.rawValue, t.completed?.number, t.evidence]
        if let old = try Row.fetchOne(db, sql: """
            SELECT plan, task_group, title, owner, owner_locality_id, due, status, completed, evidence FROM tasks WHERE id = ? AND day = ?
            """, arguments: StatementArguments(key)) {
            let same = (0..<values.count).allSatisfy { i in (old[i] as DatabaseValue) == (values[i]?.databaseValue ?? .null) }
            try db.execute(sql: """
                UPDATE tasks SET plan = ?, task_group = ?, title = ?, owner = ?, owner_locality_id = ?, due = ?, status = ?,
                    completed = ?, evidence = ?, ingest_id = ? WHERE id = ? AND day = ?
                """, arguments: StatementArguments(values + [ingestID] + key))
            return same ? .unchanged : .revised
        }
        try db.execute(sql: """
            INSERT INTO tasks (plan, task_group, title, owner, owner_locality_id, due, status, completed, evidence, ingest_id, id, day)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: StatementArguments(values + [ingestID] + key))
        return .inserted
    }

    private func locality(_ write: LocalityWrite) throws -> WriteOutcome {
        switch write {
        case .insert(let id, let l, let parentID):
            try db.execute(sql: "INSERT INTO localities (id, code, parent_id, level, name, full_name, name_en, unit_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           arguments: [id, l.code, parentID, l.level.rawValue, l.name, l.fullName, l.nameEn, l.unitType])
            return .inserted
        case .update(let id, let l, let parentID, let old):
            try db.execute(sql: "UPDATE localities SET parent_id = ?, level = ?, name = ?, full_name = ?, name_en = ?, unit_type = ? WHERE id = ?",
                           arguments: [parentID, l.level.rawValue, l.name, l.fullName, l.nameEn, l.unitType, id])
            if let old {
                try db.execute(sql: """
                    INSERT INTO locality_changes (ingest_id, code, old_parent_code, new_parent_code, old_level, new_level)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [ingestID, l.code, old.parentCode, l.parentCode, old.level.rawValue, l.level.rawValue])
                treeChanged = true
            }
            return .revised
        }
    }
}

extension IngestCounts {
    mutating func add(_ outcome: WriteOutcome) {
        switch outcome {
        case .inserted: inserted += 1
        case .revised: revised += 1
        case .unchanged: unchanged += 1
        }
    }
}
