import UptakeCore

/// The counts a monitoring report quotes for a set of tasks as of a day.
public struct TaskCounts: Sendable, Equatable, Codable {
    /// Tasks recorded on or before the day.
    public var tasks = 0
    /// Of those, due on or before the day.
    public var due = 0
    /// Done (on time or late), whenever due.
    public var done = 0
    public var doneOnTime = 0
    public var doneLate = 0
    /// Not done and past due.
    public var overdue = 0
    /// Not done and not yet past due.
    public var open = 0
    /// The longest overdue, in days (0: none overdue).
    public var maxDaysOverdue = 0
    /// Of the tasks due, those done on time.
    public var dueDoneOnTime = 0

    public init() {}

    /// The counts of `states`.
    public init(_ states: some Sequence<PlanTaskState>) {
        for s in states { add(s) }
    }

    public mutating func add(_ s: PlanTaskState) {
        tasks += 1
        if s.isDue { due += 1 }
        switch s.progress {
        case .doneOnTime:
            done += 1
            doneOnTime += 1
            if s.isDue { dueDoneOnTime += 1 }
        case .doneLate: done += 1; doneLate += 1
        case .overdue:
            overdue += 1
            maxDaysOverdue = max(maxDaysOverdue, s.daysOverdue ?? 0)
        case .open: open += 1
        }
    }

    /// Of the tasks due on or before the day, the share done on time; `nil` when none is due.
    public var onTimeShare: Double? { due > 0 ? Double(dueDoneOnTime) / Double(due) : nil }

    enum CodingKeys: String, CodingKey {
        case tasks, due, done, doneOnTime = "done_on_time", doneLate = "done_late", overdue, open
        case maxDaysOverdue = "max_days_overdue", dueDoneOnTime = "due_done_on_time"
    }
}
