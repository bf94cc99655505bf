import Testing
import UptakeCore

/// The built-in calendar against the published schedules (see each year's `source`).
@Suite struct WorkingCalendarTests {
    let calendar = WorkingCalendar.vietnam

    func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }
    func offDays(_ first: Day, _ last: Day) -> [Day] { (first...last).filter { !calendar.isWorkingDay($0) } }

    /// Each announced break: (first day off, last day off), with the days either side worked.
    @Test(arguments: [
        ((2025, 1, 25), (2025, 2, 2)),    // Tết Ất Tỵ: 9 days (8726/VPCP-KGVX)
        ((2025, 4, 30), (2025, 5, 4)),    // 30/4–1/5 with bridge Fri 2 May
        ((2025, 8, 30), (2025, 9, 2)),    // National Day 1–2 Sep
        ((2025, 4, 5), (2025, 4, 7)),     // Hùng Kings on Mon 7 Apr
        ((2024, 2, 8), (2024, 2, 14)),    // Tết Giáp Thìn: 7 days
        ((2024, 4, 27), (2024, 5, 1)),    // bridge Mon 29 Apr
        ((2024, 8, 31), (2024, 9, 3)),
        ((2026, 1, 1), (2026, 1, 4)),     // 12729/VPCP-KGVX: bridge Fri 2 Jan
        ((2026, 2, 14), (2026, 2, 22)),   // Tết Bính Ngọ: 9 days
        ((2026, 4, 25), (2026, 4, 27)),   // Hùng Kings on Sun 26 Apr, compensatory Mon 27
        ((2026, 4, 30), (2026, 5, 3)),
        ((2026, 8, 29), (2026, 9, 2)),    // 9441/TB-BNV: bridge Mon 31 Aug, then National Day 1–2 Sep
        ((2026, 11, 24), (2026, 11, 24)), // Vietnamese Culture Day (provisional)
        ((2023, 1, 20), (2023, 1, 26)),
        ((2023, 4, 29), (2023, 5, 3)),
        ((2021, 2, 10), (2021, 2, 16)),
        ((2020, 1, 23), (2020, 1, 29)),
    ])
    func announcedBreaks(first: (Int, Int, Int), last: (Int, Int, Int)) {
        let start = day(first.0, first.1, first.2), end = day(last.0, last.1, last.2)
        #expect(offDays(start, end) == Array(start...end), "every day of \(start)…\(end) is off")
        #expect(calendar.isWorkingDay(start.advanced(by: -1)), "the day before \(start) is worked")
        #expect(calendar.isWorkingDay(end.advanced(by: 1)), "the day after \(end) is worked")
    }

    @Test(arguments: [(2024, 5, 4), (2025, 4, 26), (2026, 1, 10), (2026, 8, 22)])
    func saturdaysWorkedInExchange(y: Int, m: Int, d: Int) {
        let saturday = day(y, m, d)
        #expect(saturday.isoWeekday == 6)
        #expect(calendar.isWorkingDay(saturday))
    }

    @Test func kindsAndNames() {
        #expect(calendar.holiday(on: day(2024, 4, 29))?.kind == .bridge)
        #expect(calendar.holiday(on: day(2025, 5, 2))?.kind == .bridge)
        #expect(calendar.holiday(on: day(2026, 4, 27))?.kind == .compensatory)
        #expect(calendar.holiday(on: day(2026, 8, 31))?.kind == .bridge)
        #expect(calendar.holiday(on: day(2026, 11, 24))?.name.contains("provisional") == true)
        #expect(calendar.holiday(on: day(2025, 1, 29))?.kind == .publicHoliday)
        #expect(calendar.holiday(on: day(2025, 1, 29))?.name.contains("Tết Nguyên đán") == true)
        #expect(calendar.holiday(on: day(2025, 1, 25)) == nil, "a plain Saturday is no holiday")
        #expect(calendar.holiday(on: day(2025, 3, 12)) == nil)
    }

    /// Working days per year, counted by hand from the announced schedules: weekdays in the year,
    /// less weekday holidays and compensatory days (2024: 1 Jan, 5 Tết, Hùng Kings, 30/4, 1/5, 2–3 Sep),
    /// less the bridge day, plus the Saturday worked in exchange.
    @Test(arguments: [(2024, 262 - 11 - 1 + 1), (2025, 261 - 11 - 1 + 1), (2026, 261 - 11 - 2 + 2 - 1)])  // 2026: two bridges, two Saturdays worked, 24 Nov (provisional)
    func workingDaysPerYear(year: Int, expected: Int) {
        let range = DayRange(first: day(year, 1, 1), last: day(year, 12, 31))
        #expect(calendar.workingDays(in: range) == expected)
    }

    @Test func everyYearCarriesItsSource() {
        #expect(calendar.sources.map(\.year) == Array(2020...2030))
        #expect(calendar.sources.filter { !$0.provisional }.map(\.year) == Array(2020...2026))
        #expect(calendar.isProvisional(year: 2027) == true)
        #expect(calendar.isProvisional(year: 2025) == false)
        #expect(calendar.isProvisional(year: 2031) == nil)
        #expect(calendar.sources.first { $0.year == 2025 }?.source.contains("8726/VPCP-KGVX") == true)
    }

    /// Statutory rules for provisional years: each statutory holiday is off; one on a weekend
    /// gives a compensatory day on the next free weekday.
    @Test func provisionalYearsFollowTheStatute() {
        // 2027: Tết 6 Feb (Sat) → holidays Fri 5 – Tue 9 Feb, compensatory Wed 10, Thu 11.
        #expect(offDays(day(2027, 2, 4), day(2027, 2, 12)) == Array(day(2027, 2, 5)...day(2027, 2, 11)))
        #expect(calendar.holiday(on: day(2027, 2, 11))?.kind == .compensatory)
        // 2028: 30 Apr is a Sunday and 1 May a holiday, so the compensatory day is Tue 2 May.
        #expect(calendar.holiday(on: day(2028, 5, 2))?.kind == .compensatory)
        #expect(calendar.isWorkingDay(day(2028, 5, 3)))
        // 2030: Vietnam's Tết is 2 Feb (UTC+7), a day before China's.
        #expect(calendar.holiday(on: day(2030, 2, 2))?.name.contains("Tết") == true)
        #expect(calendar.holiday(on: day(2030, 2, 1))?.kind == .publicHoliday)
        // Hùng Kings 2029: 10/3 lunar = Mon 23 Apr.
        #expect(!calendar.isWorkingDay(day(2029, 4, 23)))
        // National Day always has two statutory days from 2021.
        for year in 2027...2030 {
            let holidays = (day(year, 8, 31)...day(year, 9, 4)).compactMap { calendar.holiday(on: $0) }
            #expect(holidays.filter { $0.kind == .publicHoliday }.count == 2, "\(year)")
        }
    }

    @Test func outsideTheTableOnlyWeekendsAreOff() {
        #expect(calendar.isWorkingDay(day(2031, 1, 1)))
        #expect(!calendar.isWorkingDay(day(2031, 1, 4)))
    }
}
