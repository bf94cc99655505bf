/// Which days of a daily series are judged, and their weekdays: what the count models need from
/// ``WorkingCalendar``.
///
/// `weekdays[i]` is 0 when day `i` is not worked (weekend, holiday, compensatory or bridge day) and
/// the ISO weekday 1 (Monday) … 7 (Sunday) when it is. A weekend day worked in exchange for a bridge
/// day is worked, with weekday 6 or 7. Non-working days never enter a fit and are never judged.
///
/// ```swift
/// let schedule = WorkingDaySchedule(calendar: .vietnam, from: Day(year: 2025, month: 1, day: 1)!, count: 365)
/// schedule.weekdays[0]   // 0: New Year's Day
/// ```
public struct WorkingDaySchedule: Sendable, Hashable {
    public let weekdays: [UInt8]

    /// - Throws: ``StatisticsError`` when a value exceeds 7.
    public init(weekdays: [UInt8]) throws(StatisticsError) {
        if let bad = weekdays.firstIndex(where: { $0 > 7 }) {
            throw StatisticsError("a working-day schedule holds 0 (not worked) or an ISO weekday 1–7; day \(bad) has \(weekdays[bad])")
        }
        self.weekdays = weekdays
    }

    /// The schedule of `count` consecutive days from `first` under `calendar`.
    public init(calendar: WorkingCalendar, from first: Day, count: Int) {
        precondition(count >= 0, "a schedule cannot have a negative length")
        weekdays = (0..<count).map { offset in
            let day = first.advanced(by: offset)
            return calendar.isWorkingDay(day) ? UInt8(day.isoWeekday) : 0
        }
    }

    public var count: Int { weekdays.count }

    /// Whether day `index` is worked.
    public func isWorking(_ index: Int) -> Bool { weekdays[index] != 0 }
}
