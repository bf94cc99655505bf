import UptakeCore
import UptakeStoreAPI

/// How `uptake tasks` groups its counts.
public enum TaskGrouping: String, Codable, Sendable, CaseIterable {
    case group, owner
}

/// What `uptake tasks` asks.
public struct TasksRequest: Sendable {
    /// The evaluation day: every task as of its latest record on or before it.
    public var asOf: Day
    /// Counts per group or owner; `nil`: the tasks one by one.
    public var by: TaskGrouping?
    /// Only the tasks overdue on the day.
    public var overdueOnly: Bool
    /// Only the tasks this locality owns (a province: its own and its communes').
    public var locality: String?

    public init(asOf: Day, by: TaskGrouping? = nil, overdueOnly: Bool = false, locality: String? = nil) {
        (self.asOf, self.by, self.overdueOnly, self.locality) = (asOf, by, overdueOnly, locality)
    }
}

/// One group's (or owner's) counts.
public struct TaskSummaryRow: Sendable, Equatable {
    /// The group's name or the owner's code or name.
    public var key: String
    /// The owner's locality, when the owner is one.
    public var locality: Locality?
    public var counts: TaskCounts
}

/// The answer to a ``TasksRequest``.
public struct TasksResult: Sendable, Equatable {
    public var asOf: Day
    public var by: TaskGrouping?
    public var overdueOnly: Bool
    /// The locality the tasks were narrowed to.
    public var locality: Locality?
    /// The tasks selected: overdue first (longest first), then by due date and id.
    public var tasks: [PlanTaskState]
    /// With `by`: one row per group or owner, by key (owners: localities by code, then agencies).
    public var rows: [TaskSummaryRow]
    /// Over every task selected.
    public var total: TaskCounts
    /// The owners' names for localities (code → name), for rendering.
    public var localityNames: [String: String]
}

/// Plan tasks as of a day: due, done on time, done late, overdue (by days), per group or owner.
///
/// ```swift
/// let result = try await TaskAnalyzer(tasks: store.capabilities.planTasks!, store: store).tasks(TasksRequest(asOf: Day(iso: "2025-07-31")!, by: .group, overdueOnly: true))
/// result.total.overdue   // 6 in the generated dataset, as the KH02 report says
/// ```
public struct TaskAnalyzer: Sendable {
    /// The plan tasks (a store's ``StoreCapabilities/planTasks``) and the store naming their owners.
    public let tasks: any PlanTaskStore
    public let store: any UptakeStore

    public init(tasks: any PlanTaskStore, store: any UptakeStore) { (self.tasks, self.store) = (tasks, store) }

    public func tasks(_ request: TasksRequest) async throws -> TasksResult {
        let records = try await tasks.taskRecords(through: request.asOf)
        let localities = try await store.localities()
        if records.isEmpty, try await tasks.taskRecords(through: nil).isEmpty {
            throw QueryError("the database holds no plan tasks", hint: "load them with", next: NextStep(.upload, "ingest", parameters: [.init(nil, "tasks.csv")]), code: .notFound)
        }
        return try TaskAnalyzer.assess(records: records, localities: localities, request: request)
    }

    /// The pure part: from the records and the localities to the result.
    public static func assess(records: [PlanTaskRecord], localities: [Locality], request: TasksRequest) throws -> TasksResult {
        let byCode = Dictionary(localities.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        var place: Locality?
        if let code = request.locality {
            guard let l = byCode[code] else { throw QueryError("unknown locality \"\(code)\"", code: .notFound) }
            place = l
        }
        var states = TaskReplay.states(records, asOf: request.asOf)
        if let place { states = states.filter { owned(by: place, $0.record.owner, byCode) } }
        if request.overdueOnly { states = states.filter { $0.progress == .overdue } }
        states.sort { a, b in
            (a.progress == .overdue ? 0 : 1, -(a.daysOverdue ?? 0), a.record.due, a.record.id)
                < (b.progress == .overdue ? 0 : 1, -(b.daysOverdue ?? 0), b.record.due, b.record.id)
        }
        var rows: [TaskSummaryRow] = []
        if let by = request.by {
            switch by {
            case .group:
                let grouped = Dictionary(grouping: states) { $0.record.group }
                rows = grouped.keys.sorted().map { TaskSummaryRow(key: $0.name, locality: nil, counts: TaskCounts(grouped[$0] ?? [])) }
            case .owner:
                let grouped = Dictionary(grouping: states) { $0.record.owner }
                rows = grouped.keys.sorted().map { owner in
                    TaskSummaryRow(key: owner.text, locality: owner.localityCode.flatMap { byCode[$0] }, counts: TaskCounts(grouped[owner] ?? []))
                }
            }
        }
        let names = Dictionary(states.compactMap { s in s.record.owner.localityCode.flatMap { byCode[$0] }.map { ($0.code, $0.name) } },
                               uniquingKeysWith: { a, _ in a })
        return TasksResult(asOf: request.asOf, by: request.by, overdueOnly: request.overdueOnly, locality: place, tasks: states, rows: rows,
                           total: TaskCounts(states), localityNames: names)
    }

    /// Whether `owner` is `place` or, for a province, one of its communes.
    static func owned(by place: Locality, _ owner: TaskOwner, _ byCode: [String: Locality]) -> Bool {
        guard let code = owner.localityCode else { return false }
        return code == place.code || (place.level == .province && byCode[code]?.parentCode == place.code)
    }

    /// Each unit's task counts as of `day`: its own tasks and, for a province, its communes'.
    /// Units without tasks are absent.
    public static func countsByUnit(_ records: [PlanTaskRecord], asOf day: Day, localities: [Locality]) -> [String: TaskCounts] {
        let byCode = Dictionary(localities.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        var counts: [String: TaskCounts] = [:]
        for s in TaskReplay.states(records, asOf: day) {
            guard let code = s.record.owner.localityCode else { continue }
            counts[code, default: TaskCounts()].add(s)
            if let parent = byCode[code]?.parentCode { counts[parent, default: TaskCounts()].add(s) }
        }
        return counts
    }
}
