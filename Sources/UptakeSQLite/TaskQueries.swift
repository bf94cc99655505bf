import GRDB
import UptakeCore
import UptakeStoreAPI

/// Plan tasks in the data's database (migration v4-tasks).
extension SQLiteStore: PlanTaskStore {
    public func taskRecords(through day: Day?) async throws -> [PlanTaskRecord] {
        try await queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, day, plan, task_group, title, owner, owner_locality_id, due, status, completed, evidence
                FROM tasks WHERE day <= ? ORDER BY id, day
                """, arguments: [day?.number ?? Int.max]).compactMap { row -> PlanTaskRecord? in
                // Rows were checked at ingest; a row this version cannot read is skipped, not guessed at.
                guard let group = TaskGroup(row["task_group"] as String), let status = TaskStatus(rawValue: row["status"]) else { return nil }
                let ownerText: String = row["owner"]
                let owner: TaskOwner = (row["owner_locality_id"] as Int?) != nil ? .locality(ownerText) : .agency(ownerText)
                return PlanTaskRecord(day: Day(number: row["day"]), id: row["id"], plan: row["plan"], group: group, title: row["title"],
                                      owner: owner, due: Day(number: row["due"]), status: status,
                                      completed: (row["completed"] as Int?).map { Day(number: $0) }, evidence: row["evidence"])
            }
        }
    }
}
