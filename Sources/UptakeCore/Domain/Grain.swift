/// How a time range is cut into periods.
public enum Grain: String, Codable, Sendable, CaseIterable {
    case day, week, month, quarter, year
    /// The whole `--from/--to` range as one period.
    case range

    /// The first day of the period that contains `day`. Weeks are ISO weeks (Monday first).
    public func periodStart(of day: Day) -> Day {
        let (y, m, _) = day.components
        switch self {
        case .day: return day
        case .week: return day.advanced(by: -(day.isoWeekday - 1))
        case .month: return Day(valid: y, m, 1)
        case .quarter: return Day(valid: y, (m - 1) / 3 * 3 + 1, 1)
        case .year: return Day(valid: y, 1, 1)
        case .range: return day
        }
    }

    /// The last day of the period that starts on `start`.
    public func periodEnd(startingAt start: Day) -> Day {
        let (y, m, _) = start.components
        switch self {
        case .day, .range: return start
        case .week: return start.advanced(by: 6)
        case .month: return Day(valid: y, m, Day.daysIn(month: m, year: y))
        case .quarter: let last = m + 2; return Day(valid: y, last, Day.daysIn(month: last, year: y))
        case .year: return Day(valid: y, 12, 31)
        }
    }

    /// The label of the period that starts on `start`: `2025-07-14`, `2025-W29`, `2025-07`, `2025-Q3`, `2025`.
    public func label(startingAt start: Day) -> String {
        let (y, m, _) = start.components
        switch self {
        case .day, .range: return start.description
        case .week:
            let (wy, w) = start.isoWeek
            return "\(wy)-W\(w < 10 ? "0" : "")\(w)"
        case .month: return "\(y)-\(m < 10 ? "0" : "")\(m)"
        case .quarter: return "\(y)-Q\((m - 1) / 3 + 1)"
        case .year: return "\(y)"
        }
    }
}

extension Day {
    /// The ISO 8601 week-numbering year and week of this day.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = advanced(by: 4 - isoWeekday)
        let y = thursday.year
        let jan1 = Day(valid: y, 1, 1)
        return (y, jan1.distance(to: thursday) / 7 + 1)
    }
}

/// An inclusive range of days, optionally labelled (a month `2025-07`, a quarter, a custom range).
public struct DayRange: Hashable, Sendable, Codable, CustomStringConvertible {
    public var first: Day
    public var last: Day
    public var label: String

    public init(first: Day, last: Day, label: String? = nil) {
        precondition(first <= last, "a range's first day comes before its last")
        self.first = first
        self.last = last
        self.label = label ?? (first == last ? first.description : "\(first)..\(last)")
    }

    public var dayCount: Int { first.distance(to: last) + 1 }
    public func contains(_ d: Day) -> Bool { d >= first && d <= last }
    public var description: String { label }

    /// Parses `2025`, `2025-Q3`, `2025-07`, `2025-W29` or `2025-07-14` into the period it names.
    public init?(period text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let y = Int(parts[0]), parts[0].count == 4 else { return nil }
        if parts.count == 1 {
            self.init(first: Day(valid: y, 1, 1), last: Day(valid: y, 12, 31), label: text)
        } else if parts.count == 2, parts[1].hasPrefix("Q"), let q = Int(parts[1].dropFirst()), (1...4).contains(q) {
            let start = Day(valid: y, (q - 1) * 3 + 1, 1)
            self.init(first: start, last: Grain.quarter.periodEnd(startingAt: start), label: text)
        } else if parts.count == 2, parts[1].hasPrefix("W"), let w = Int(parts[1].dropFirst()), (1...53).contains(w) {
            let jan4 = Day(valid: y, 1, 4)
            let start = jan4.advanced(by: -(jan4.isoWeekday - 1) + (w - 1) * 7)
            guard start.isoWeek.year == y else { return nil }
            self.init(first: start, last: start.advanced(by: 6), label: text)
        } else if parts.count == 2, parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) {
            let start = Day(valid: y, m, 1)
            self.init(first: start, last: Grain.month.periodEnd(startingAt: start), label: text)
        } else if parts.count == 3, let d = Day(iso: text) {
            self.init(first: d, last: d, label: text)
        } else {
            return nil
        }
    }

    /// Cuts this range into the periods of `grain`, each clipped to the range.
    public func periods(_ grain: Grain) -> [DayRange] {
        if grain == .range { return [self] }
        var result: [DayRange] = []
        var start = grain.periodStart(of: first)
        while start <= last {
            let end = grain.periodEnd(startingAt: start)
            let label = grain.label(startingAt: start)
            result.append(DayRange(first: max(start, first), last: min(end, last), label: label))
            start = end.advanced(by: 1)
        }
        return result
    }

    /// Whether the range starts on a month's first day and ends on a month's last.
    public var isWholeMonths: Bool {
        first == Grain.month.periodStart(of: first) && last == Grain.month.periodEnd(startingAt: Grain.month.periodStart(of: last))
    }
}
