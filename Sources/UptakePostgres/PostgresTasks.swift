import PostgresNIO
import UptakeCore
import UptakeStoreAPI

/// Plan tasks in PostgreSQL (migration v4-tasks), read as SQLite reads them.
extension PostgresStore: PlanTaskStore {
    public func taskRecords(through day: Day?) async throws -> [PlanTaskRecord] {
        try await withConnection { connection in
            typealias Stored = (String, Int, String, String, String?, String, Int?, Int, String, Int?, String?)
            var records: [PlanTaskRecord] = []
            for try await r in try await connection.query("""
                SELECT id, day, plan, task_group, title, owner, owner_locality_id, due, status, completed, evidence
                FROM tasks WHERE day <= \(day?.number ?? Int(Int32.max)) ORDER BY id, day
                """, logger: self.logger).decode(Stored.self) {
                // Rows were checked at ingest; a row this version cannot read is skipped, not guessed at.
                guard let group = TaskGroup(r.3), let status = TaskStatus(rawValue: r.8) else { continue }
                records.append(PlanTaskRecord(day: Day(number: r.1), id: r.0, plan: r.2, group: group, title: r.4,
                                              owner: r.6 != nil ? .locality(r.5) : .agency(r.5), due: Day(number: r.7), status: status,
                                              completed: r.9.map { Day(number: $0) }, evidence: r.10))
            }
            return records
        }
    }
}
