/// What a day is to the forecast: the calendar's working days by weekday, and two kinds of day
/// off, because offices that open on Saturday mornings take a few applications then, while Sundays
/// and holidays take almost none (the generator: Saturday 30%, Sunday 3%, a holiday 2% of a Wednesday).
public enum ForecastDayType: Sendable, Hashable {
    /// A working day, with its ISO weekday (6 or 7: a weekend day worked in exchange).
    case working(weekday: Int)
    /// A Saturday that is not worked and not a holiday.
    case saturday
    /// A Sunday, a public holiday, a bridge or compensatory day off.
    case closed

    public init(_ day: Day, calendar: WorkingCalendar) {
        if calendar.isWorkingDay(day) { self = .working(weekday: day.isoWeekday) }
        else if calendar.holiday(on: day) == nil, day.isoWeekday == 6 { self = .saturday }
        else { self = .closed }
    }

    /// The contract's word: `working`, `saturday`, `closed`.
    public var name: String {
        switch self {
        case .working: "working"
        case .saturday: "saturday"
        case .closed: "closed"
        }
    }

    public var isWorking: Bool { if case .working = self { true } else { false } }
}
