import Testing
import UptakeAnalysis
import UptakeCore

/// One default baseline for a month everywhere: explain (and the dashboard, which asks explain's
/// question) takes the calendar month before, as compare and the report do.
@Suite struct ExplainBaselineTests {
    @Test func aMonthIsExplainedAgainstTheMonthBefore() throws {
        let july = try #require(DayRange(period: "2025-07"))
        let request = ExplainRequest(locality: "79", window: july, metric: .received)
        #expect(request.effectiveBaseline == DayRange(period: "2025-06"))  // was 2025-05-31..2025-06-30
        #expect(request.effectiveBaseline == july.previous)
        let quarter = try #require(DayRange(period: "2025-Q3"))
        #expect(ExplainRequest(locality: "79", window: quarter, metric: .received).effectiveBaseline == DayRange(period: "2025-Q2"))
    }

    @Test func otherWindowsKeepTheFourWeeksBefore() {
        let days = DayRange(first: Day(valid: 2025, 7, 14), last: Day(valid: 2025, 7, 16))
        let baseline = ExplainRequest(locality: "79", window: days, metric: .received).effectiveBaseline
        #expect(baseline == DayRange(first: Day(valid: 2025, 6, 16), last: Day(valid: 2025, 7, 13)))
        #expect(!days.isWholeMonths && DayRange(first: Day(valid: 2025, 6, 1), last: Day(valid: 2025, 7, 31)).isWholeMonths)
    }
}
