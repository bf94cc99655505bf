import Foundation
/// A period as an analyst types it: an absolute one (`2025-07`, a range `2025-06-01..2025-06-30`) or
/// one relative to the evaluation day (`last-month`), kept unresolved until that day is known.
///
/// Parsing and resolving are apart so that a command line is parsed once, before anything reads a
/// clock, and the day relative periods count from is passed in:
///
/// ```swift
/// let period = PeriodExpression(period: "last-month")!
/// period.range(asOf: Day(iso: "2025-08-20")!)        // 2025-07
/// PeriodExpression(periodOrRange: "2025-06-01..2025-06-15")?.range(asOf: today) // the range as given
/// ```
public enum PeriodExpression: Hashable, Sendable, CustomStringConvertible {
    case absolute(DayRange)
    case relative(RelativePeriod)

    /// `2025`, `2025-Q3`, `2025-07`, `2025-W29`, `2025-07-14` or a ``RelativePeriod`` (`last-month`).
    public init?(period text: String) {
        if let relative = RelativePeriod(rawValue: text) {
            self = .relative(relative)
        } else if let range = DayRange(period: text) {
            self = .absolute(range)
        } else {
            return nil
        }
    }

    /// A period as in ``init(period:)``, or a custom range `2025-06-01..2025-06-30`.
    public init?(periodOrRange text: String) {
        if let relative = RelativePeriod(rawValue: text) {
            self = .relative(relative)
        } else if let range = DayRange(periodOrRange: text) {
            self = .absolute(range)
        } else {
            return nil
        }
    }

    /// The relative period, or `nil` for an absolute one.
    public var relativePeriod: RelativePeriod? {
        if case .relative(let r) = self { return r }
        return nil
    }

    /// The days named, a relative period counted from `asOf` (evaluated only for a relative period).
    public func range(asOf: @autoclosure () -> Day) -> DayRange {
        switch self {
        case .absolute(let range): range
        case .relative(let relative): relative.range(asOf: asOf())
        }
    }

    /// As typed: `2025-07`, `2025-06-01..2025-06-30`, `last-month`.
    public var description: String {
        switch self {
        case .absolute(let range): range.label
        case .relative(let relative): relative.rawValue
        }
    }
}

extension DayRange {
    /// A period (``init(period:)``: `2025-07`, `2025-Q3`, …) or a custom range `2025-06-01..2025-06-30`.
    public init?(periodOrRange text: String) {
        let ends = text.components(separatedBy: "..")
        if ends.count == 2 {
            guard let a = Day(iso: ends[0]), let b = Day(iso: ends[1]), a <= b else { return nil }
            self.init(first: a, last: b)
        } else {
            self.init(period: text)
        }
    }
}

/// A day as an analyst types it: a date `2025-07-14`, or `today` / `yesterday` counted from the
/// evaluation day, which is passed in when the expression is resolved (the engine reads no clock).
public enum DayExpression: Hashable, Sendable, CustomStringConvertible {
    case date(Day)
    case today
    case yesterday

    /// `YYYY-MM-DD`, `today` or `yesterday`.
    public init?(_ text: String) {
        switch text {
        case "today": self = .today
        case "yesterday": self = .yesterday
        default:
            guard let day = Day(iso: text) else { return nil }
            self = .date(day)
        }
    }

    /// The day named, `today` and `yesterday` counted from `today` (evaluated only for those two).
    public func day(today: @autoclosure () -> Day) -> Day {
        switch self {
        case .date(let day): day
        case .today: today()
        case .yesterday: today().advanced(by: -1)
        }
    }

    public var description: String {
        switch self {
        case .date(let day): day.description
        case .today: "today"
        case .yesterday: "yesterday"
        }
    }
}

extension PeriodExpression: Codable {
    /// As typed (`2025-07`, `2025-06-01..2025-06-30`, `last-month`).
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let expression = PeriodExpression(periodOrRange: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a period or range: \(text)"))
        }
        self = expression
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
