import Testing
import UptakeAnalysis
import UptakeCore

/// `forecast`'s parameters: refused with messages naming them as the caller spells them.
@Suite struct ForecastQuestionTests {
    let flags = ParameterSpelling(prefix: "--")

    @Test func untilMustComeAfterTheHistoryAndWithinAYear() {
        let before = ForecastQuestion(historyTo: Day(valid: 2025, 8, 31), until: Day(valid: 2025, 8, 31))
        #expect(throws: QueryError("--until must come after --history-to (2025-08-31 is not after 2025-08-31)")) { try before.validate(flags) }
        let far = ForecastQuestion(historyTo: Day(valid: 2025, 8, 31), until: Day(valid: 2026, 9, 30))
        #expect(throws: QueryError.self) { try far.validate(flags) }
        #expect(throws: Never.self) { try ForecastQuestion(historyTo: Day(valid: 2025, 8, 31), until: Day(valid: 2025, 10, 31)).validate(flags) }
    }

    @Test func oneUnitOrEveryUnitNotBoth() {
        #expect(throws: QueryError("give either --locality (one unit) or --level/--parent (every unit), not both")) {
            try ForecastQuestion(locality: "79", level: .commune).validate(flags)
        }
        #expect(throws: QueryError("--parent lists communes: use --level commune")) { try ForecastQuestion(level: .province, parent: "01").validate(flags) }
    }

    @Test func metricsWithoutADailySeriesAndShortWindowsAreRefused() {
        #expect(throws: QueryError.self) { try ForecastQuestion(metric: .onlineSubmission766).validate(flags) }
        #expect(throws: QueryError("--window takes 28 to 730 days of history")) { try ForecastQuestion(window: 14).validate(flags) }
    }
}
