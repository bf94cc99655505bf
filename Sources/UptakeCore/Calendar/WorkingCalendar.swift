/// Which days the public administration works: Monday to Friday, less holidays, compensatory and
/// bridge days, plus the weekend days worked in exchange for bridge days.
///
/// ``vietnam`` carries the schedules the government announced for civil servants for 2020–2026 and
/// the statutory rules for 2027–2030 (``CalendarYearSource/provisional``); ``sources`` says which
/// document each year follows. Outside 2020–2030 only weekends are days off. A user calendar file
/// (``parse(csv:)``) can be laid over it with ``adding(_:)``.
///
/// ```swift
/// let calendar = WorkingCalendar.vietnam
/// calendar.isWorkingDay(Day(year: 2025, month: 1, day: 27)!)   // false: Tết
/// calendar.isWorkingDay(Day(year: 2025, month: 4, day: 26)!)   // true: a Saturday worked in exchange
/// ```
public struct WorkingCalendar: Sendable {
    private var holidays: [Day: Holiday]
    private var workedWeekendDays: Set<Day>
    /// Where each year of the built-in calendar comes from.
    public let sources: [CalendarYearSource]
    /// Every day is a working day (``everyDay``): for series that are not office days.
    private var everyDayCounts = false

    init(holidays: [Holiday], workedWeekendDays: Set<Day>, sources: [CalendarYearSource]) {
        self.holidays = Dictionary(holidays.map { ($0.day, $0) }, uniquingKeysWith: { first, _ in first })
        self.workedWeekendDays = workedWeekendDays
        self.sources = sources
    }

    /// A calendar with only weekends off (Saturday and Sunday).
    public static let weekendsOnly = WorkingCalendar(holidays: [], workedWeekendDays: [], sources: [])

    /// A calendar in which every day counts, weekends included (`--calendar none`): for a series that
    /// is not Vietnamese office days, such as a population count or a sensor (issue 24).
    public static let everyDay: WorkingCalendar = {
        var calendar = WorkingCalendar(holidays: [], workedWeekendDays: [], sources: [])
        calendar.everyDayCounts = true
        return calendar
    }()

    /// Whether every day is a working day (``everyDay``): a detector then judges weekends too.
    public var countsEveryDay: Bool { everyDayCounts }

    /// Vietnam's calendar for civil servants, 2020–2030.
    public static let vietnam: WorkingCalendar = {
        var holidays: [Holiday] = []
        var worked: Set<Day> = []
        var sources: [CalendarYearSource] = []
        for year in VietnamAnnouncedYears.all {
            for off in year.daysOff {
                holidays.append(Holiday(day: Day(valid: year.year, off.month, off.day), name: off.name, kind: off.kind))
            }
            worked.formUnion(year.workedWeekendDays.map { Day(valid: year.year, $0.month, $0.day) })
            sources.append(CalendarYearSource(year: year.year, source: year.source, provisional: false))
        }
        let announced = Set(sources.map(\.year))
        for (year, lunar) in LunarDates.table.sorted(by: { $0.key < $1.key }) where !announced.contains(year) {
            holidays += VietnamProvisionalYears.holidays(year: year, newYear: lunar.newYear, hungKings: lunar.hungKings)
            sources.append(CalendarYearSource(year: year, source: VietnamProvisionalYears.source, provisional: true))
        }
        return WorkingCalendar(holidays: holidays, workedWeekendDays: worked, sources: sources)
    }()

    /// The holiday, compensatory or bridge day on `day`, or `nil` when it is none.
    public func holiday(on day: Day) -> Holiday? { holidays[day] }

    /// Whether `day` is worked: a weekday that is not a holiday, compensatory or bridge day, or a
    /// weekend day worked in exchange for a bridge day.
    public func isWorkingDay(_ day: Day) -> Bool {
        if everyDayCounts || workedWeekendDays.contains(day) { return true }
        return !day.isWeekend && holidays[day] == nil
    }

    /// The last working day before `day` (a Monday's is the Friday before, or earlier across holidays);
    /// searches back at most 60 days, then `nil`.
    public func previousWorkingDay(before day: Day) -> Day? {
        (1...60).lazy.map { day.advanced(by: -$0) }.first(where: isWorkingDay)
    }

    /// The number of working days in `range`, both ends included.
    public func workingDays(in range: DayRange) -> Int {
        (range.first...range.last).reduce(0) { $0 + (isWorkingDay($1) ? 1 : 0) }
    }

    /// The years of `range` this calendar knows nothing of: neither a source (the built-in 2020–2030)
    /// nor any holiday or worked day (a user's file). Only weekends are days off there, so Tết and the
    /// other holidays pass for working days.
    ///
    /// ```swift
    /// WorkingCalendar.vietnam.uncoveredYears(in: DayRange(period: "2019-12")!)   // [2019]
    /// ```
    public func uncoveredYears(in range: DayRange) -> [Int] {
        if everyDayCounts { return [] }  // it claims no holidays, so it misses none
        let years = Set(range.first.year...range.last.year)
        var covered = Set(sources.map(\.year))
        for day in holidays.keys where years.contains(day.year) { covered.insert(day.year) }
        for day in workedWeekendDays where years.contains(day.year) { covered.insert(day.year) }
        return years.subtracting(covered).sorted()
    }

    /// Whether the built-in calendar's `year` follows the statutory rules only (no announcement yet).
    /// `nil` when the year is not covered.
    public func isProvisional(year: Int) -> Bool? { sources.first { $0.year == year }?.provisional }

    /// This calendar with `entries` laid over it: each entry replaces whatever was said of its day.
    /// A `holiday` entry becomes a ``HolidayKind/publicHoliday``, a `bridge` entry a
    /// ``HolidayKind/bridge``, and a `working_saturday` entry makes its day worked.
    public func adding(_ entries: [CalendarEntry]) -> WorkingCalendar {
        var copy = self
        for entry in entries {
            switch entry.kind {
            case .holiday:
                copy.workedWeekendDays.remove(entry.day)
                copy.holidays[entry.day] = Holiday(day: entry.day, name: entry.name, kind: .publicHoliday)
            case .bridge:
                copy.workedWeekendDays.remove(entry.day)
                copy.holidays[entry.day] = Holiday(day: entry.day, name: entry.name, kind: .bridge)
            case .workingSaturday:
                copy.holidays[entry.day] = nil
                copy.workedWeekendDays.insert(entry.day)
            }
        }
        return copy
    }
}
