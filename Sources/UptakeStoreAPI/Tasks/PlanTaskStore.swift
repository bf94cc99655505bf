import UptakeCore

/// Where plan tasks are read from (the tasks input, data contract 1.7). Apart from ``UptakeStore``
/// so that a backend without tasks need not implement it: SQLite implements it (migration
/// v4-tasks), ``InMemoryStore`` implements it for tests.
public protocol PlanTaskStore: Sendable {
    /// Every task record dated on or before `day` (`nil`: every record), by id then date. The
    /// analysis replays them: a task stands as its latest record on or before the day asked.
    func taskRecords(through day: Day?) async throws -> [PlanTaskRecord]
}

extension PlanTaskRecord {
    /// The order every store returns task records in: by id, then date.
    public static func byIDThenDay(_ a: PlanTaskRecord, _ b: PlanTaskRecord) -> Bool { (a.id, a.day) < (b.id, b.day) }
}

extension InMemoryStore: PlanTaskStore {
    /// Adds task records; a record with the (id, date) of one held replaces it, as a revision does.
    public func insert(tasks: [PlanTaskRecord]) {
        for t in tasks {
            taskRows.removeAll { $0.id == t.id && $0.day == t.day }
            taskRows.append(t)
        }
    }

    public func taskRecords(through day: Day?) -> [PlanTaskRecord] {
        taskRows.filter { r in day.map { r.day <= $0 } ?? true }.sorted(by: PlanTaskRecord.byIDThenDay)
    }
}
