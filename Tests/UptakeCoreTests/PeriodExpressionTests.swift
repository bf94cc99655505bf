import Testing
import UptakeCore

/// Options as types (issue 8): a period or day is parsed once, and a relative one is resolved later
/// against the evaluation day passed in, which is read only when the expression is relative.
@Suite struct PeriodExpressionTests {
    static let asOf = Day(iso: "2025-07-16")!

    @Test func periodsParseAsAbsoluteOrRelative() {
        #expect(PeriodExpression(period: "2025-07") == .absolute(DayRange(period: "2025-07")!))
        #expect(PeriodExpression(period: "last-month") == .relative(.lastMonth))
        #expect(PeriodExpression(period: "last-month")?.range(asOf: Self.asOf) == DayRange(period: "2025-06"))
        // --period takes no custom range; --baseline does.
        #expect(PeriodExpression(period: "2025-06-01..2025-06-15") == nil)
        let range = PeriodExpression(periodOrRange: "2025-06-01..2025-06-15")
        #expect(range?.range(asOf: Self.asOf) == DayRange(first: Day(iso: "2025-06-01")!, last: Day(iso: "2025-06-15")!))
        #expect(range?.description == "2025-06-01..2025-06-15")
        for bad in ["2025-13", "last-year", "2025-06-15..2025-06-01", "2025-06-01..", ""] {
            #expect(PeriodExpression(periodOrRange: bad) == nil, "\(bad)")
        }
    }

    @Test func anAbsolutePeriodNeverAsksForTheDay() {
        var asked = false
        func day() -> Day { asked = true; return Self.asOf }
        _ = PeriodExpression(period: "2025-Q3")?.range(asOf: day())
        #expect(!asked)
        _ = PeriodExpression(period: "this-month")?.range(asOf: day())
        #expect(asked)
    }

    @Test func daysAreDatesTodayOrYesterday() {
        #expect(DayExpression("2025-07-14")?.day(today: Self.asOf) == Day(iso: "2025-07-14"))
        #expect(DayExpression("today")?.day(today: Self.asOf) == Self.asOf)
        #expect(DayExpression("yesterday")?.day(today: Self.asOf) == Day(iso: "2025-07-15"))
        #expect(DayExpression("yesterday")?.description == "yesterday")
        #expect(DayExpression("last-week") == nil && DayExpression("2025-02-29") == nil)
    }

    @Test func sectorListsAreCommaSeparatedNames() {
        #expect(Sector.list("land, business") == [.land, .business])
        #expect(Sector.list("land,,social") == [.land, .social])
        #expect(Sector.list("Land") == nil && Sector.list(",") == nil && Sector.list("") == nil && Sector.list("land,x-y") == nil)
    }
}
