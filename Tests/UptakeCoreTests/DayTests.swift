import Testing
@testable import UptakeCore

@Suite struct DayTests {
    @Test func roundTripsAndWeekdays() {
        let d = Day(iso: "2025-07-31")!
        #expect(d.description == "2025-07-31")
        #expect(d.isoWeekday == 4)  // a Thursday
        #expect(Day(iso: "1970-01-01")!.number == 0)
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "2025-02-29") == nil)
        #expect(Day(iso: "2025-13-01") == nil)
        #expect(Day(iso: "2025-7-1") == nil)
    }

    @Test func everyDayOfFourHundredYearsRoundTrips() {
        let start = Day(iso: "1900-01-01")!.number, end = Day(iso: "2300-12-31")!.number
        for n in start...end {
            let d = Day(number: n)
            #expect(Day(iso: d.description)?.number == n)
        }
    }

    @Test(arguments: [("2025", "2025-01-01", "2025-12-31"), ("2025-Q3", "2025-07-01", "2025-09-30"), ("2025-07", "2025-07-01", "2025-07-31"),
                      ("2025-W01", "2024-12-30", "2025-01-05"), ("2026-W53", "2026-12-28", "2027-01-03"), ("2025-07-14", "2025-07-14", "2025-07-14")])
    func periodsParse(text: String, first: String, last: String) {
        let r = DayRange(period: text)
        #expect(r?.first.description == first)
        #expect(r?.last.description == last)
    }

    @Test func weeksAreClippedToTheRange() {
        let r = DayRange(first: Day(iso: "2025-06-01")!, last: Day(iso: "2025-06-30")!)
        let weeks = r.periods(.week)
        #expect(weeks.first?.label == "2025-W22")
        #expect(weeks.first?.first.description == "2025-06-01")
        #expect(weeks.map(\.dayCount).reduce(0, +) == 30)
    }
}
