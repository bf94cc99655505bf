import Testing
import UptakeCore

/// Issue 10, item 9: relative periods resolve against a day passed in (no clock).
@Suite struct RelativePeriodTests {
    /// As of Wednesday 16 July 2025 (ISO week 29); and as of Monday 5 January 2026, whose previous
    /// ISO week (2026-W01 starts on 29 December 2025) and previous month cross the year.
    @Test(arguments: [
        ("today", "2025-07-16", "2025-07-16", "2025-07-16", "2025-07-16"),
        ("yesterday", "2025-07-16", "2025-07-15", "2025-07-15", "2025-07-15"),
        ("last-week", "2025-07-16", "2025-07-07", "2025-07-13", "2025-W28"),
        ("this-month", "2025-07-16", "2025-07-01", "2025-07-16", "2025-07-01..2025-07-16"),
        ("last-month", "2025-07-16", "2025-06-01", "2025-06-30", "2025-06"),
        ("last-week", "2026-01-05", "2025-12-29", "2026-01-04", "2026-W01"),
        ("last-month", "2026-01-05", "2025-12-01", "2025-12-31", "2025-12"),
    ])
    func resolves(name: String, asOf: String, first: String, last: String, label: String) throws {
        let range = try #require(DayRange(period: name, asOf: Day(iso: asOf)!))
        #expect(range.first == Day(iso: first)! && range.last == Day(iso: last)!)
        #expect(range.label == label)
    }

    @Test func absolutePeriodsStillParse() {
        #expect(DayRange(period: "2025-07", asOf: Day(iso: "2030-01-01")!) == DayRange(period: "2025-07"))
        #expect(DayRange(period: "next-week", asOf: Day(iso: "2025-07-16")!) == nil)
    }

    @Test func partialAgainstCoverage() {
        let coverage = DayRange(first: Day(iso: "2025-01-01")!, last: Day(iso: "2025-10-31")!)
        #expect(DayRange(period: "2025")!.isPartial(within: coverage))
        #expect(!DayRange(period: "2025-07")!.isPartial(within: coverage))
    }
}
