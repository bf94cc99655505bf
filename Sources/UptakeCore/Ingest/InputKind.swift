/// The kinds of input the data contract defines (plan tasks since version 1.7).
public enum InputKind: String, Codable, Sendable, CaseIterable {
    case localities, applications, incidents, readiness, tasks

    /// The fields of this kind, required ones first, in the contract's order.
    public var schema: InputSchema {
        switch self {
        case .localities: InputSchema(required: ["code", "level", "name"], optional: ["parent_code", "full_name", "name_en", "unit_type"])
        case .applications: InputSchema(required: ["date", "locality", "received", "received_online"],
                                        optional: ["sector", "resolved", "resolved_online", "synced", "on_time"])
        case .incidents: InputSchema(required: ["start", "system", "kind"], optional: ["end", "locality", "errors", "note"])
        case .readiness: InputSchema(required: ["date", "locality", "criterion", "value"], optional: [])
        case .tasks: InputSchema(required: ["date", "id", "plan", "group", "owner", "due", "status"], optional: ["title", "completed", "evidence"])
        }
    }

    /// Recognises the kind from a header's field names (or a JSON object's keys): each kind has a
    /// field no other kind has. `nil` when none or several match.
    public static func recognise(fields: some Sequence<String>) -> InputKind? {
        let set = Set(fields)
        let matches = InputKind.allCases.filter { set.contains($0.signature) }
        return matches.count == 1 ? matches[0] : nil
    }

    private var signature: String {
        switch self {
        case .localities: "level"
        case .applications: "received"
        case .incidents: "system"
        case .readiness: "criterion"
        case .tasks: "due"
        }
    }
}

/// The file formats the contract allows.
public enum InputFormat: String, Codable, Sendable, CaseIterable {
    case csv, json, ndjson

    /// The format a file name implies: `.json`, `.ndjson`/`.jsonl`, anything else CSV.
    public static func from(path: String) -> InputFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".ndjson") || lower.hasSuffix(".jsonl") { return .ndjson }
        if lower.hasSuffix(".json") { return .json }
        return .csv
    }
}

/// A kind's field names. Field positions in `all` are the indices a `RawRow` is mapped to.
public struct InputSchema: Sendable {
    public let required: [String]
    public let optional: [String]
    public var all: [String] { required + optional }

    public func index(of field: String) -> Int? { all.firstIndex(of: field) }
}
