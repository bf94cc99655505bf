import UptakeCore

/// How a unit's reported map colour compares with the colour its tasks give.
public enum ColourCheck: String, Sendable, Codable, CaseIterable {
    /// The same colour.
    case agrees
    /// Reported greener than its tasks give (green reported, yellow or red computed; or yellow reported, red computed).
    case reportedGreener = "reported_greener"
    /// Reported less green than its tasks give.
    case reportedLessGreen = "reported_less_green"
    /// No task owned by the unit (nor, for a province, by its communes).
    case noTasks = "no_tasks"
    /// Tasks, but no reported colour.
    case unreported
}

/// The counts of computed colours over the units of `uptake status --colour computed`.
public struct ComputedColourCounts: Sendable, Equatable, Codable {
    public var green = 0, yellow = 0, red = 0
    /// Units without tasks.
    public var noTasks = 0
    public var agrees = 0
    public var reportedGreener = 0
    public var reportedLessGreen = 0

    enum CodingKeys: String, CodingKey {
        case green, yellow, red, noTasks = "no_tasks", agrees, reportedGreener = "reported_greener", reportedLessGreen = "reported_less_green"
    }
}

extension StatusAnalyzer {
    /// Adds to `result` each unit's colour computed from its plan tasks as of `day` (a province's
    /// own tasks and its communes'), the counts behind it and how the reported colour compares.
    /// Pure; the rows keep their order.
    public static func withComputedColours(_ result: StatusResult, records: [PlanTaskRecord], localities: [Locality],
                                           rules: TaskColourRules, asOf day: Day) -> StatusResult {
        let byUnit = TaskAnalyzer.countsByUnit(records, asOf: day, localities: localities)
        var out = result
        var counts = ComputedColourCounts()
        for i in out.rows.indices {
            let tasks = byUnit[out.rows[i].locality.code]
            let computed = tasks.flatMap(rules.colour)
            out.rows[i].tasks = tasks
            out.rows[i].computedStatus = computed
            let check = colourCheck(reported: out.rows[i].reportedStatus, computed: computed)
            out.rows[i].colourCheck = check
            switch computed {
            case .green?: counts.green += 1
            case .yellow?: counts.yellow += 1
            case .red?: counts.red += 1
            case nil: counts.noTasks += 1
            }
            switch check {
            case .agrees: counts.agrees += 1
            case .reportedGreener: counts.reportedGreener += 1
            case .reportedLessGreen: counts.reportedLessGreen += 1
            case .noTasks, .unreported: break
            }
        }
        out.taskRules = rules
        out.tasksAsOf = day
        out.computedCounts = counts
        return out
    }

    static func colourCheck(reported: StatusColour?, computed: StatusColour?) -> ColourCheck {
        guard let computed else { return .noTasks }
        guard let reported else { return .unreported }
        let rank: [StatusColour: Int] = [.green: 0, .yellow: 1, .red: 2]
        let (r, c) = (rank[reported] ?? 0, rank[computed] ?? 0)
        return r == c ? .agrees : r < c ? .reportedGreener : .reportedLessGreen
    }
}
