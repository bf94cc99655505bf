/// Where a plan task stands in one record.
public enum TaskStatus: String, Codable, Sendable, CaseIterable {
    case notStarted = "not_started"
    case inProgress = "in_progress"
    case done
}

/// Who answers for a task: a locality (by code) or a ministry or other central agency (by name).
public enum TaskOwner: Hashable, Sendable, Comparable, CustomStringConvertible {
    case locality(String)
    case agency(String)

    /// The text as written in the input: the code or the name.
    public var text: String {
        switch self {
        case .locality(let code): code
        case .agency(let name): name
        }
    }

    public var localityCode: String? {
        if case .locality(let code) = self { return code }
        return nil
    }

    public var description: String { text }

    public static func < (a: TaskOwner, b: TaskOwner) -> Bool {
        switch (a, b) {
        case (.locality(let x), .locality(let y)), (.agency(let x), .agency(let y)): x < y
        case (.locality, .agency): true
        case (.agency, .locality): false
        }
    }

    /// How the contract reads an owner: digits only is a locality code (checked against the
    /// localities), anything else is an agency's name. So a mistyped code is refused rather than
    /// taken for a ministry.
    public static func looksLikeLocalityCode(_ text: some StringProtocol) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }
}

/// The group a task belongs to: a lowercase identifier, like a sector (`institutions`,
/// `digital_infrastructure`, …; docs/data-contract.md names those of Plan 02-KH/BCĐTW).
public struct TaskGroup: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let name: String

    /// `nil` when `name` is not a lowercase identifier of 1 to 40 characters.
    public init?(_ name: some StringProtocol) {
        guard Sector.isValid(name.utf8) else { return nil }
        self.name = String(name)
    }

    public var description: String { name }
    public static func < (a: TaskGroup, b: TaskGroup) -> Bool { a.name < b.name }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(name)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let group = TaskGroup(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a task group: \(text)"))
        }
        self = group
    }
}

/// One row of the tasks input: a task as it stood on `day`. A task's history is its records by
/// date; the record in force on a day is the latest dated on or before it.
public struct PlanTaskRecord: Hashable, Sendable {
    /// The date of the record (as of when it describes the task).
    public var day: Day
    public var id: String
    public var plan: String
    public var group: TaskGroup
    public var title: String?
    public var owner: TaskOwner
    public var due: Day
    public var status: TaskStatus
    /// Set exactly when `status` is `done`; never after `day`.
    public var completed: Day?
    /// A URL or a document number showing the output.
    public var evidence: String?

    public init(day: Day, id: String, plan: String, group: TaskGroup, title: String? = nil, owner: TaskOwner, due: Day,
                status: TaskStatus, completed: Day? = nil, evidence: String? = nil) {
        (self.day, self.id, self.plan, self.group, self.title, self.owner) = (day, id, plan, group, title, owner)
        (self.due, self.status, self.completed, self.evidence) = (due, status, completed, evidence)
    }
}
