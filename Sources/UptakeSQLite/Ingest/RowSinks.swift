import GRDB
import UptakeCore
import UptakeStoreAPI

/// Where checked rows of one kind go, inside the ingest's transaction.
protocol RowSink: AnyObject {
    /// Checks a row and, when `write` is set, stores it. Returns its outcome or its problems.
    func accept(_ row: RawRow, map: FieldMap, write: Bool) throws -> Checked<ApplicationWriter.Outcome>
    func finish() throws
}

let duplicateHint = "keep one row per key in a file; a later file may revise it"

/// What the incidents and readiness sinks share: the validator, the connection and the ingest's id.
class KeyedRowSink {
    let validator: RowValidator
    let db: Database
    let ingestID: Int

    init(_ db: Database, ingestID: Int, directory: LocalityDirectory) {
        self.db = db
        self.ingestID = ingestID
        validator = RowValidator(resolveLocality: { directory.id(forCodeBytes: $0) }, resolveSector: { _ in 0 })
    }

    func finish() throws {}
}

final class IncidentSink: KeyedRowSink, RowSink {
    func accept(_ row: RawRow, map: FieldMap, write: Bool) throws -> Checked<ApplicationWriter.Outcome> {
        switch validator.incident(row, map: map) {
        case .invalid(let problems): return .invalid(problems)
        case .valid(let (r, localityID)):
            guard write else { return .valid(.unchanged) }
            let key: [any DatabaseValueConvertible] = [r.start.text, localityID ?? 0, r.system.rawValue, r.kind.rawValue]
            let values: [(any DatabaseValueConvertible)?] = [r.end?.text, r.end?.day.number, r.errors, r.note]
            let old = try Row.fetchOne(db, sql: """
                SELECT "end", errors, note, ingest_id FROM incidents WHERE start = ? AND locality_id = ? AND system = ? AND kind = ?
                """, arguments: StatementArguments(key))
            if let old {
                if old["ingest_id"] == ingestID {
                    return .invalid([RowProblem(line: row.line, column: row.column,
                                                message: "duplicate incident (\(r.start.text), \(r.locality ?? "nationwide"), \(r.system.rawValue), \(r.kind.rawValue)): the same start, locality, system and kind appear earlier in this file",
                                                hint: duplicateHint)])
                }
                let same = (old["end"] as String?) == r.end?.text && (old["errors"] as Int64?) == r.errors && (old["note"] as String?) == r.note
                try db.execute(sql: """
                    UPDATE incidents SET "end" = ?, end_day = ?, errors = ?, note = ?, ingest_id = ?
                    WHERE start = ? AND locality_id = ? AND system = ? AND kind = ?
                    """, arguments: StatementArguments(values + [ingestID] + key))
                return .valid(same ? .unchanged : .revised)
            }
            try db.execute(sql: """
                INSERT INTO incidents (start, start_day, "end", end_day, locality_id, system, kind, errors, note, ingest_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [r.start.text, r.start.day.number, r.end?.text, r.end?.day.number, localityID ?? 0,
                                 r.system.rawValue, r.kind.rawValue, r.errors, r.note, ingestID])
            return .valid(.inserted)
        }
    }
}

final class ReadinessSink: KeyedRowSink, RowSink {
    func accept(_ row: RawRow, map: FieldMap, write: Bool) throws -> Checked<ApplicationWriter.Outcome> {
        switch validator.readiness(row, map: map) {
        case .invalid(let problems): return .invalid(problems)
        case .valid(let (r, localityID)):
            guard write else { return .valid(.unchanged) }
            let key: [any DatabaseValueConvertible] = [localityID, r.criterion.rawValue, r.day.number]
            if let old = try Row.fetchOne(db, sql: "SELECT value, ingest_id FROM readiness WHERE locality_id = ? AND criterion = ? AND day = ?",
                                          arguments: StatementArguments(key)) {
                if old["ingest_id"] == ingestID {
                    return .invalid([RowProblem(line: row.line, column: row.column,
                                                message: "duplicate key (\(r.day), \(r.locality), \(r.criterion.rawValue)): the same date, locality and criterion appear earlier in this file",
                                                hint: duplicateHint)])
                }
                try db.execute(sql: "UPDATE readiness SET value = ?, ingest_id = ? WHERE locality_id = ? AND criterion = ? AND day = ?",
                               arguments: StatementArguments([r.value.text, ingestID] + key))
                return .valid((old["value"] as String) == r.value.text ? .unchanged : .revised)
            }
            try db.execute(sql: "INSERT INTO readiness (locality_id, criterion, day, value, ingest_id) VALUES (?, ?, ?, ?, ?)",
                           arguments: StatementArguments(key + [r.value.text, ingestID]))
            return .valid(.inserted)
        }
    }
}

final class LocalitySink: RowSink {
    let db: Database
    let ingestID: Int
    let allowReparent: Bool
    var directory: LocalityDirectory
    var seenInFile: Set<String> = []
    /// Set when a unit moved to another parent or level: the aggregates are rebuilt at `finish`.
    private var treeChanged = false

    init(_ db: Database, ingestID: Int, directory: LocalityDirectory, allowReparent: Bool) {
        self.db = db
        self.ingestID = ingestID
        self.directory = directory
        self.allowReparent = allowReparent
    }

    func accept(_ row: RawRow, map: FieldMap, write: Bool) throws -> Checked<ApplicationWriter.Outcome> {
        switch RowValidator.locality(row, map: map) {
        case .invalid(let problems): return .invalid(problems)
        case .valid(let l):
            let f = FieldReader(row: row, map: map, schema: InputKind.localities.schema)
            let parentID: Int?
            switch directory.parentID(of: l, row: row, f: f) {
            case .invalid(let problems): return .invalid(problems)
            case .valid(let id): parentID = id
            }
            guard seenInFile.insert(l.code).inserted else {
                return .invalid([RowProblem(line: row.line, column: row.column, message: "duplicate code \(l.code): it appears earlier in this file", hint: duplicateHint)])
            }
            let existing = directory.id(forCode: l.code).flatMap { directory.entries[$0] }
            var moved = false
            if let old = existing, old.parentID != parentID || old.locality.level != l.level {
                if let problem = directory.reparentProblem(old: old.locality, new: l, row: row, f: f, allowReparent: allowReparent) { return .invalid([problem]) }
                moved = true
            }
            guard write else { return .valid(.unchanged) }
            let values: [(any DatabaseValueConvertible)?] = [parentID, l.level.rawValue, l.name, l.fullName, l.nameEn, l.unitType]
            if let old = existing {
                if old.locality == l { return .valid(.unchanged) }
                try db.execute(sql: "UPDATE localities SET parent_id = ?, level = ?, name = ?, full_name = ?, name_en = ?, unit_type = ? WHERE id = ?",
                               arguments: StatementArguments(values + [old.id]))
                if moved {
                    try db.execute(sql: """
                        INSERT INTO locality_changes (ingest_id, code, old_parent_code, new_parent_code, old_level, new_level)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """, arguments: [ingestID, l.code, old.locality.parentCode, l.parentCode, old.locality.level.rawValue, l.level.rawValue])
                    treeChanged = true
                }
                directory.add(.init(id: old.id, locality: l, parentID: parentID))
                return .valid(.revised)
            }
            try db.execute(sql: "INSERT INTO localities (code, parent_id, level, name, full_name, name_en, unit_type) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           arguments: StatementArguments([l.code] + values))
            directory.add(.init(id: Int(db.lastInsertedRowID), locality: l, parentID: parentID))
            return .valid(.inserted)
        }
    }

    func finish() throws {
        if treeChanged { try AggregateRebuild.run(db, directory: directory) }
    }
}
