import UptakeCore

/// Where a task stands on the evaluation day, judged against its due date.
public enum TaskProgress: String, Codable, Sendable, CaseIterable {
    /// Done, completed on or before the due date.
    case doneOnTime = "done_on_time"
    /// Done, completed after the due date.
    case doneLate = "done_late"
    /// Not done, and the due date has passed (due before the evaluation day).
    case overdue
    /// Not done, and not yet past due (due on or after the evaluation day).
    case open
}

/// One task as of a day: the record in force (the latest dated on or before the day) and what it
/// means against the due date.
public struct PlanTaskState: Sendable, Equatable {
    public var record: PlanTaskRecord
    /// Records of this task dated on or before the day (1: never revised).
    public var revisions: Int
    public var progress: TaskProgress
    /// Whether the due date is on or before the day.
    public var isDue: Bool
    /// Overdue: days from the due date to the day (a task due yesterday is 1 day overdue).
    public var daysOverdue: Int?
    /// Done late: days from the due date to the completion.
    public var daysLate: Int?

    /// Judges `record` as of `day`.
    public init(record: PlanTaskRecord, revisions: Int, asOf day: Day) {
        self.record = record
        self.revisions = revisions
        isDue = record.due <= day
        if record.status == .done, let completed = record.completed {
            progress = completed <= record.due ? .doneOnTime : .doneLate
            daysLate = completed > record.due ? record.due.distance(to: completed) : nil
        } else if record.due < day {
            progress = .overdue
            daysOverdue = record.due.distance(to: day)
        } else {
            progress = .open
        }
    }
}

/// Replays task records as of a day. Pure: the caller passes the records and the day.
public enum TaskReplay {
    /// Each task's state as of `day`: its latest record dated on or before `day` (tasks first
    /// recorded after `day` do not exist yet). Ordered by id.
    ///
    /// A record dated on the day counts (records describe the task as it stood on their date).
    public static func states(_ records: [PlanTaskRecord], asOf day: Day) -> [PlanTaskState] {
        var latest: [String: (record: PlanTaskRecord, count: Int)] = [:]
        for r in records where r.day <= day {
            if let held = latest[r.id] {
                latest[r.id] = (r.day > held.record.day ? r : held.record, held.count + 1)
            } else {
                latest[r.id] = (r, 1)
            }
        }
        return latest.keys.sorted().compactMap { id in latest[id].map { PlanTaskState(record: $0.record, revisions: $0.count, asOf: day) } }
    }
}
