/// One line of a targets file: a rate to reach in some units by a day, and who set it.
public struct Target: Sendable, Equatable, Codable {
    /// The rate (a simple one: online-submission, online-result, sync or on-time).
    public var indicator: Metric
    public var scope: TargetScope
    /// The rate is judged on the deadline's month (a target "by 31 December 2025" is December's rate).
    public var deadline: Day
    /// The rate to reach, a proportion in (0, 1).
    public var value: Double
    /// Who set it, or that it is illustrative: free text, printed with every answer.
    public var source: String
    /// The line of the file it was read from, for messages about it.
    public var line: Int

    public init(indicator: Metric, scope: TargetScope, deadline: Day, value: Double, source: String, line: Int = 0) {
        (self.indicator, self.scope, self.deadline, self.value, self.source, self.line) = (indicator, scope, deadline, value, source, line)
    }
}

/// Which units a target is for.
public enum TargetScope: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The nation as one unit (its pooled rate).
    case national
    /// Every province, each on its own.
    case provinces
    /// Every commune, each on its own.
    case communes
    /// One province or commune, by code.
    case locality(String)

    /// `national`, `provinces`, `communes`, or a province's (2-digit) or commune's (5-digit) code.
    public init?(_ text: String) {
        switch text {
        case "national": self = .national
        case "provinces": self = .provinces
        case "communes": self = .communes
        default:
            guard text.count == 2 || text.count == 5, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            self = .locality(text)
        }
    }

    public var description: String {
        switch self {
        case .national: "national"
        case .provinces: "provinces"
        case .communes: "communes"
        case .locality(let code): code
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let scope = TargetScope(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a target scope: \(text)"))
        }
        self = scope
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
