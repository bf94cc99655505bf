import UptakeCore
import UptakeStoreAPI

/// `tasks`: the plan's tasks as of a day (due, done on time or late, overdue), one by one or counted.
public struct TasksQuestion: Question {
    public static let name = "tasks"

    /// The evaluation day (default: today in Vietnam).
    public var asOf: Day?
    public var by: TaskGrouping?
    /// Only the tasks overdue on the day.
    public var overdue: Bool
    /// Only this locality's tasks, by code or name (a province's include its communes').
    public var locality: String?

    enum CodingKeys: String, CodingKey { case asOf = "as-of", by, overdue, locality }

    public init(asOf: Day? = nil, by: TaskGrouping? = nil, overdue: Bool = false, locality: String? = nil) {
        self.asOf = asOf
        self.by = by
        self.overdue = overdue
        self.locality = locality
    }

    public func validate(_ name: ParameterSpelling) throws(QueryError) {}

    public func answer(_ context: AnswerContext) async throws -> TasksResult {
        guard let tasks = context.store.capabilities.planTasks else {
            throw QueryError("this database keeps no plan tasks", hint: "load a tasks file with", next: NextStep(.upload, "ingest", parameters: [.init(nil, "tasks.csv")]), code: .notFound)
        }
        var code: String?
        if let locality { code = try LocalityLookup.find(locality, in: try await context.store.localities()).code }
        return try await TaskAnalyzer(tasks: tasks, store: context.store).tasks(TasksRequest(asOf: asOf ?? context.today(), by: by, overdueOnly: overdue, locality: code))
    }
}

extension TaskGrouping: ParameterValue {}
