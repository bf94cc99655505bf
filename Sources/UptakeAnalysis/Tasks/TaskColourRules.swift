import UptakeCore

/// The rules that turn a unit's task progress into a map colour, so that the colour is computed
/// from the tasks rather than typed in (docs/data-contract.md, "Plan tasks"):
///
/// - **red**: a task overdue by `redAfterDaysOverdue` days or more;
/// - **yellow**: otherwise, a task overdue (by fewer days), or fewer than `minimumOnTimeShare` of the
///   tasks due done on time;
/// - **green**: nothing overdue and at least `minimumOnTimeShare` of the tasks due done on time (or
///   nothing due yet).
///
/// The share counts tasks done *on time*: a share of tasks done (on time or late) would be 1
/// whenever nothing is overdue, and add nothing to the first rule.
///
/// ```swift
/// let rules = TaskColourRules()                 // 30 days, 80%
/// rules.colour(TaskCounts(states))              // .green, .yellow, .red, or nil without tasks
/// ```
public struct TaskColourRules: Sendable, Equatable, Codable {
    /// A task overdue this many days or more makes the unit red (default 30).
    public var redAfterDaysOverdue: Int
    /// Below this share of due tasks done on time, the unit is at best yellow (default 0.8).
    public var minimumOnTimeShare: Double

    public static let defaultRedAfterDaysOverdue = 30
    public static let defaultMinimumOnTimeShare = 0.8

    public init(redAfterDaysOverdue: Int = defaultRedAfterDaysOverdue, minimumOnTimeShare: Double = defaultMinimumOnTimeShare) {
        precondition(redAfterDaysOverdue >= 1 && (0...1).contains(minimumOnTimeShare), "checked by the caller")
        (self.redAfterDaysOverdue, self.minimumOnTimeShare) = (redAfterDaysOverdue, minimumOnTimeShare)
    }

    /// The colour the rules give; `nil` for a unit without tasks.
    public func colour(_ counts: TaskCounts) -> StatusColour? {
        guard counts.tasks > 0 else { return nil }
        if counts.overdue > 0, counts.maxDaysOverdue >= redAfterDaysOverdue { return .red }
        if counts.overdue > 0 { return .yellow }
        if let share = counts.onTimeShare, share < minimumOnTimeShare { return .yellow }
        return .green
    }

    enum CodingKeys: String, CodingKey {
        case redAfterDaysOverdue = "red_after_days_overdue", minimumOnTimeShare = "minimum_on_time_share"
    }
}
