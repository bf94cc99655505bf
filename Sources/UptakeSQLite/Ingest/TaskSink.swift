import GRDB
import UptakeCore
import UptakeStoreAPI

/// Stores tasks rows, keyed (id, date): the same key in a later file replaces the record (a
/// revision); twice in one file is an error.
final class TaskSink: KeyedRowSink, RowSink {
    func accept(_ row: RawRow, map: FieldMap, write: Bool) throws -> Checked<ApplicationWriter.Outcome> {
        switch validator.task(row, map: map) {
        case .invalid(let problems): return .invalid(problems)
        case .valid(let (t, localityID)):
            guard write else { return .valid(.unchanged) }
            let key: [any DatabaseValueConvertible] = [t.id, t.day.number]
            let values: [(any DatabaseValueConvertible)?] = [t.plan, t.group.name, t.title, t.owner.text, localityID, t.due.number,
                                                            t.status.rawValue, t.completed?.number, t.evidence]
            if let old = try Row.fetchOne(db, sql: """
                SELECT plan, task_group, title, owner, owner_locality_id, due, status, completed, evidence, ingest_id FROM tasks WHERE id = ? AND day = ?
                """, arguments: StatementArguments(key)) {
                if old["ingest_id"] == ingestID {
                    return .invalid([RowProblem(line: row.line, column: row.column,
                                                message: "duplicate key (\(t.day), \(t.id)): the same date and task id appear earlier in this file",
                                                hint: duplicateHint)])
                }
                let same = (0..<values.count).allSatisfy { i in (old[i] as DatabaseValue) == (values[i]?.databaseValue ?? .null) }
                try db.execute(sql: """
                    UPDATE tasks SET plan = ?, task_group = ?, title = ?, owner = ?, owner_locality_id = ?, due = ?, status = ?,
                        completed = ?, evidence = ?, ingest_id = ? WHERE id = ? AND day = ?
                    """, arguments: StatementArguments(values + [ingestID] + key))
                return .valid(same ? .unchanged : .revised)
            }
            try db.execute(sql: """
                INSERT INTO tasks (plan, task_group, title, owner, owner_locality_id, due, status, completed, evidence, ingest_id, id, day)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: StatementArguments(values + [ingestID] + key))
            return .valid(.inserted)
        }
    }
}
