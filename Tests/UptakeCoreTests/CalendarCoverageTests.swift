import Testing
import UptakeCore

/// The built-in calendar covers 2020–2030; before and after, only weekends are days off, and a
/// query there must be told so.
@Suite struct CalendarCoverageTests {
    @Test func yearsOutsideTheBuiltInCalendarAreNamed() throws {
        let calendar = WorkingCalendar.vietnam
        #expect(calendar.uncoveredYears(in: try #require(DayRange(period: "2025"))) == [])
        #expect(calendar.uncoveredYears(in: try #require(DayRange(period: "2019-12"))) == [2019])
        let span = DayRange(first: try #require(Day(iso: "2018-06-01")), last: try #require(Day(iso: "2031-01-31")))
        #expect(calendar.uncoveredYears(in: span) == [2018, 2019, 2031])
        // 2019's Tết (5 February) is a working day to this calendar: the reason for the note.
        #expect(calendar.isWorkingDay(try #require(Day(iso: "2019-02-05"))))
    }

    @Test func aUserFileCoversTheYearsItNames() throws {
        let entries = try WorkingCalendar.parse(csv: "date,kind,name\n2019-02-05,holiday,Tết\n")
        let calendar = WorkingCalendar.vietnam.adding(entries)
        #expect(calendar.uncoveredYears(in: try #require(DayRange(period: "2019"))) == [])
        #expect(WorkingCalendar.weekendsOnly.uncoveredYears(in: try #require(DayRange(period: "2025-07"))) == [2025])
    }
}
