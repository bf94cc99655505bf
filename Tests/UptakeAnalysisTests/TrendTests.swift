import Testing
import UptakeAnalysis
import UptakeCore
import UptakeTestSupport

@Suite struct TrendTests {
    /// Eight weeks from Monday 14 April 2025, across 30 April–2 May (holidays and a bridge day) and the
    /// Saturday 26 April worked in exchange.
    static let range = DayRange(first: Day(iso: "2025-04-14")!, last: Day(iso: "2025-06-08")!)
    static let irregular: Set<String> = ["2025-04-26", "2025-04-30", "2025-05-01", "2025-05-02"]

    /// y = 100 + 5t + 900 on ordinary weekdays: a linear trend and an exact weekly pattern; the holidays
    /// are at 50 and the worked Saturday at 2000, far off the pattern.
    static func sums(_ i: Int, _ day: Day) -> CountSums {
        var s = CountSums()
        s.rows = 1
        let value: Int64 = irregular.contains(day.description) ? (day.isWeekend ? 2000 : 50) : 100 + 5 * Int64(i) + (day.isWeekend ? 0 : 900)
        (s.received, s.receivedOnline) = (value, value / 2)
        return s
    }

    func analyse(_ metric: Metric, daily: [CountSums]? = nil, calendar: WorkingCalendar = .vietnam) async throws -> TrendResult {
        let days = (0..<Self.range.dayCount).map { Self.range.first.advanced(by: $0) }
        let request = TrendRequest(metric: metric, locality: nil, range: Self.range, calendar: calendar)
        return try TrendAnalysis.analyse(locality: .nation, metric: metric, range: Self.range,
                                         daily: daily ?? days.enumerated().map { Self.sums($0, $1) }, request: request)
    }

    /// Holidays are left out of the fit, so the slope is near the planted 5 a day. Tolerance 0.2 (4%):
    /// the days left out are filled by straight lines across a weekend (see ``STL``), which the weekly
    /// seasonal cannot fully take up. With the holidays in the fit (a calendar that knows only
    /// weekends) the estimate is further off.
    @Test func holidaysAreLeftOutAndTheSlopeIsRecovered() async throws {
        let result = try await analyse(.received)
        #expect(result.decomposed)
        #expect(Set(result.days.filter { !$0.inFit }.map(\.day.description)) == Self.irregular)
        let slope = try #require(result.slope)
        expectClose(5, slope.slope, rel: 0, abs: 0.2)
        let naive = try await #require(try analyse(.received, calendar: .weekendsOnly).slope)
        #expect(abs(naive.slope - 5) > abs(slope.slope - 5), "with holidays in: \(naive.slope)")
        #expect(slope.lowSlope <= slope.slope && slope.slope <= slope.highSlope)
        expectClose(150, try #require(result.slopePer30Days), rel: 0, abs: 6)
        #expect(result.direction == .increasing)
        #expect(try #require(result.mannKendall).pValue < 1e-6)
        #expect(result.notes.first == "4 holiday or worked weekend days left out of the fit")
    }

    /// 56 days: 40 weekdays less 3 days off, plus the worked Saturday = 38 working days.
    @Test func volumesPerWorkingDayAndMovingAverages() async throws {
        let result = try await analyse(.received)
        #expect(result.workingDays == 38)
        let total = try #require(result.overall)
        expectClose(total / 38, try #require(result.perWorkingDay))
        let firstWeek = result.days.prefix(7).map { $0.value! }
        expectClose(firstWeek.reduce(0, +) / 7, try #require(result.days[6].movingAverage7))
        #expect(result.days[5].movingAverage7 == nil && result.days[26].movingAverage28 == nil && result.days[27].movingAverage28 != nil)
    }

    /// A rate's moving average is the window's ratio of sums (issue 24): a weekend day with 3
    /// applications weighs 3, not as much as a weekday with 1,000; a day with none leaves no gap.
    @Test func aRatesMovingAverageIsARatioOfSums() async throws {
        let days = (0..<Self.range.dayCount).map { Self.range.first.advanced(by: $0) }
        let daily = days.map { day -> CountSums in
            var s = CountSums()
            s.rows = 1
            (s.received, s.receivedOnline) = day.isWeekend ? (day.isoWeekday == 7 ? 0 : 3, 0) : (1000, 400)
            return s
        }
        let result = try await analyse(.onlineSubmission, daily: daily)
        let week = daily.prefix(7)
        let ratio = Double(week.map(\.receivedOnline).reduce(0, +)) / Double(week.map(\.received).reduce(0, +))
        expectClose(ratio, try #require(result.days[6].movingAverage7), rel: 1e-15, abs: 0)
        expectClose(2000 / 5003, ratio, rel: 1e-15, abs: 0)
        #expect(result.days.dropFirst(27).allSatisfy { $0.movingAverage28 != nil }, "Sundays without applications leave no gap")
    }

    /// A rate's day without a denominator is missing, not 0%.
    @Test func rateDaysWithoutDataAreMissing() async throws {
        let days = (0..<Self.range.dayCount).map { Self.range.first.advanced(by: $0) }
        var daily = days.enumerated().map { Self.sums($0, $1) }
        daily[10] = CountSums()
        let result = try await analyse(.onlineSubmission, daily: daily)
        #expect(result.days[10].value == nil && !result.days[10].inFit)
        #expect(result.perWorkingDay == nil)
        expectClose(0.5, try #require(result.days[0].value))
    }

    @Test func shortSeriesSkipSTL() async throws {
        let range = DayRange(first: Day(iso: "2025-06-02")!, last: Day(iso: "2025-06-11")!)
        let daily = (0..<10).map { Self.sums($0, range.first.advanced(by: $0)) }
        let result = try TrendAnalysis.analyse(locality: .nation, metric: .received, range: range, daily: daily,
                                               request: TrendRequest(metric: .received, locality: nil, range: range))
        #expect(!result.decomposed && result.slope != nil && result.days[0].trend == nil)
    }

    /// The generated Hồ Chí Minh City loses about a third of its receipts from 1 July: decreasing.
    @Test func hoChiMinhCityReceiptsDecrease() async throws {
        let fixture = try AnalysisStore.hoChiMinhCity.get()
        let range = DayRange(first: Day(iso: "2025-06-01")!, last: Day(iso: "2025-07-31")!)
        let result = try await TrendAnalyzer(store: fixture.store).trend(TrendRequest(metric: .received, locality: "79", range: range, robust: true))
        #expect(result.locality.code == "79")
        #expect(result.direction == .decreasing)
        #expect(try #require(result.slope).highSlope < 0)
    }
}
