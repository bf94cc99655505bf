/// What kind of day off a ``Holiday`` is.
public enum HolidayKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A statutory holiday (Labour Code 2019, art. 112): New Year, Tết, Hùng Kings, 30 April, 1 May, National Day.
    case publicHoliday = "public_holiday"
    /// A day off given because a statutory holiday fell on a weekly rest day (art. 111(3)).
    case compensatory
    /// A working day made a day off by a government swap, paid back on a ``CalendarEntryKind/workingSaturday``.
    case bridge
}

/// A day that is not worked in the public administration, and why.
public struct Holiday: Hashable, Sendable, Codable {
    public let day: Day
    public let name: String
    public let kind: HolidayKind

    public init(day: Day, name: String, kind: HolidayKind) {
        self.day = day
        self.name = name
        self.kind = kind
    }
}

/// What a line of a user calendar file says about a day.
public enum CalendarEntryKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// The day is a holiday (not worked).
    case holiday
    /// The day is a bridge day off (not worked).
    case bridge
    /// A weekend day worked in exchange for a bridge day.
    case workingSaturday = "working_saturday"
}

/// One line of a user calendar: `date,kind,name`. It overrides whatever the built-in calendar says of `day`.
public struct CalendarEntry: Hashable, Sendable, Codable {
    public let day: Day
    public let kind: CalendarEntryKind
    public let name: String

    public init(day: Day, kind: CalendarEntryKind, name: String) {
        self.day = day
        self.kind = kind
        self.name = name
    }
}

/// A user calendar file that cannot be read, with the 1-based line that is wrong.
public struct CalendarFileError: Error, Hashable, Sendable, CustomStringConvertible {
    public let line: Int
    public let reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    public var description: String { "calendar file, line \(line): \(reason)" }
}

/// Where a year of the built-in calendar comes from.
public struct CalendarYearSource: Hashable, Sendable {
    public let year: Int
    /// The government documents that fixed the year's days off, or the rule used when none exists yet.
    public let source: String
    /// `true` when no announcement exists yet and the year follows the statutory rules only.
    public let provisional: Bool
}
