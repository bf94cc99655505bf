import Testing
import UptakeCore

@Suite struct CalendarFileTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    @Test func parsesEntriesWithHeaderQuotesAndBlankLines() throws {
        let text = "\u{FEFF}date,kind,name\r\n2027-04-29,bridge,\"Nghỉ hoán đổi, 30/4\"\r\n\r\n2027-05-08,working_saturday,Làm bù\n2027-12-31,holiday,\n"
        let entries = try WorkingCalendar.parse(csv: text)
        #expect(entries == [
            CalendarEntry(day: day(2027, 4, 29), kind: .bridge, name: "Nghỉ hoán đổi, 30/4"),
            CalendarEntry(day: day(2027, 5, 8), kind: .workingSaturday, name: "Làm bù"),
            CalendarEntry(day: day(2027, 12, 31), kind: .holiday, name: "holiday"),
        ])
    }

    @Test(arguments: [
        ("2025-13-01,holiday,x", 1, "'2025-13-01' is not a YYYY-MM-DD date"),
        ("date,kind,name\n2025-01-01,feast,x", 2, "unknown kind 'feast' (expected holiday, bridge or working_saturday)"),
        ("2025-01-06,working_saturday,x", 1, "2025-01-06 is a weekday; working_saturday marks a Saturday or Sunday that is worked"),
        ("2025-01-06,holiday,a\n\n2025-01-06,bridge,b", 3, "2025-01-06 is already given on line 1"),
        ("2025-01-06", 1, "expected 3 columns (date,kind,name), found 1"),
        ("2025-01-06,holiday,\"open", 1, "the last record is truncated: a quoted field opened here is never closed"),
    ])
    func errorsNameTheLine(text: String, line: Int, reason: String) {
        #expect(throws: CalendarFileError(line: line, reason: reason)) { try WorkingCalendar.parse(csv: text) }
    }

    @Test func userEntriesOverrideTheBuiltInCalendar() throws {
        let entries = try WorkingCalendar.parse(csv: """
            2025-03-10,holiday,Provincial day
            2025-03-11,bridge,Provincial bridge
            2025-03-15,working_saturday,Exchange
            2025-04-26,holiday,Local festival
            """)
        let calendar = WorkingCalendar.vietnam.adding(entries)
        #expect(calendar.holiday(on: day(2025, 3, 10))?.kind == .publicHoliday)
        #expect(calendar.holiday(on: day(2025, 3, 10))?.name == "Provincial day")
        #expect(calendar.holiday(on: day(2025, 3, 11))?.kind == .bridge)
        #expect(calendar.isWorkingDay(day(2025, 3, 15)))
        #expect(!calendar.isWorkingDay(day(2025, 4, 26)), "a user holiday replaces the built-in worked Saturday")
        #expect(WorkingCalendar.vietnam.isWorkingDay(day(2025, 4, 26)), "the built-in calendar is unchanged")
    }
}
