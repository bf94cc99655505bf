import Testing
import UptakeAnalysis
import UptakeCore
import UptakeTestSupport

/// `uptake detect`'s engine: a bare date,value series, with gaps, through the detectors.
@Suite struct SeriesDetectionTests {
    /// Working days of ~40 (θ = 5) from March to July 2025, weekends at a tenth, as CSV text;
    /// `edit` rewrites a day's value (nil: leave the line out, a missing day).
    static func csv(seed: UInt64 = 3, _ edit: (Day, Double) -> Double? = { _, y in y }) -> String {
        var sampler = CountSampler(seed: seed)
        var lines = ["date,value"]
        for day in Day(iso: "2025-03-01")!...Day(iso: "2025-07-31")! {
            let mean = WorkingCalendar.vietnam.isWorkingDay(day) && !day.isWeekend ? 40.0 : 4
            if let y = edit(day, sampler.negativeBinomial(mean: mean, shape: 5)) { lines.append("\(day),\(Int(y))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func anOutageIsFoundInASeriesWithMissingDays() throws {
        let outage = Day(iso: "2025-07-14")!...Day(iso: "2025-07-16")!
        let gaps: Set<Day> = [Day(iso: "2025-05-06")!, Day(iso: "2025-06-11")!]
        let series = try DateValueSeries.parse(csv: Self.csv { day, y in gaps.contains(day) ? nil : outage.contains(day) ? 0 : y })
        #expect(series.values.filter(\.isNaN).count == 2, "the days left out are missing, not zero")
        let found = try SeriesDetector.detect(series, method: .nb, direction: .down)
        let drop = try #require(found.first { $0.kind == .drop })
        #expect(found.count == 1, "\(found.map { "\($0.kind) \($0.start)" })")
        #expect(drop.start == outage.lowerBound && drop.end == outage.upperBound)
        #expect(drop.index == series.first.distance(to: outage.lowerBound))
        #expect(drop.observed == 0)
    }

    @Test func peltDatesALevelShift() throws {
        let change = Day(iso: "2025-06-02")!
        let series = try DateValueSeries.parse(csv: Self.csv { day, y in day >= change ? (y * 0.4).rounded() : y })
        let found = try SeriesDetector.detect(series, method: .pelt, cost: .poisson, direction: .down)
        let shift = try #require(found.first)
        #expect(found.count == 1, "\(found.map { "\($0.start)" })")
        // Within one working day of the change (Fri 30 May .. Tue 3 June): a noisy day next to the
        // change may fall on either side of it.
        #expect(shift.kind == .changepoint)
        #expect((Day(iso: "2025-05-30")!...Day(iso: "2025-06-03")!).contains(shift.start), "\(shift.start)")
        #expect(shift.observed! / shift.expected! < 0.5)
        #expect(shift.score > 1, "the change saves more than one penalty")
    }

    /// `--calendar none` (issue 24): a series that is not office days has its weekend and holiday
    /// falls judged; with Vietnam's calendar the same Sunday and Tết are days off, never judged.
    @Test func everyDayCountsWithTheEveryDayCalendar() throws {
        var lines = ["date,value"]
        var sampler = CountSampler(seed: 11)
        let fall = Day(iso: "2025-01-26")!...Day(iso: "2025-01-30")!  // a Sunday, then Tết
        for day in Day(iso: "2024-10-01")!...Day(iso: "2025-03-31")! {
            lines.append("\(day),\(fall.contains(day) ? 0 : Int(sampler.negativeBinomial(mean: 500, shape: 50)))")
        }
        let series = try DateValueSeries.parse(csv: lines.joined(separator: "\n") + "\n")
        let everyDay = try SeriesDetector.detect(series, method: .nb, calendar: .everyDay, direction: .down)
        let drop = try #require(everyDay.first { $0.kind == .drop }, "\(everyDay.map { "\($0.kind) \($0.start)" })")
        // Tết's first days (27–30 January) are judged and found; with the office calendar they are days off.
        #expect(drop.start <= Day(iso: "2025-01-27")! && drop.end == fall.upperBound, "\(everyDay.map { "\($0.kind) \($0.start)..\($0.end)" })")
        let office = try SeriesDetector.detect(series, method: .nb, calendar: .vietnam, direction: .down)
        #expect(!office.contains { fall.contains($0.start) }, "days off are not judged with the office calendar")
        #expect(WorkingCalendar.everyDay.uncoveredYears(in: DayRange(first: series.first, last: fall.upperBound)).isEmpty)
    }

    /// With every day counted, PELT sees weekends: a level shift on a Saturday is dated that Saturday,
    /// where the office calendar (weekends never judged) dates it the Monday after.
    @Test func peltDatesAWeekendShiftWithTheEveryDayCalendar() throws {
        let saturday = Day(iso: "2025-06-07")!
        var lines = ["date,value"], sampler = CountSampler(seed: 5)
        for day in Day(iso: "2025-04-01")!...Day(iso: "2025-08-31")! {
            lines.append("\(day),\(Int(sampler.negativeBinomial(mean: day >= saturday ? 200 : 400, shape: 200)))")
        }
        let series = try DateValueSeries.parse(csv: lines.joined(separator: "\n") + "\n")
        let everyDay = try SeriesDetector.detect(series, method: .pelt, cost: .gaussian, calendar: .everyDay)
        #expect(everyDay.map(\.start) == [saturday], "\(everyDay.map { "\($0.start)" })")
        let office = try SeriesDetector.detect(series, method: .pelt, cost: .gaussian, calendar: .vietnam)
        #expect(office.map(\.start) == [Day(iso: "2025-06-09")!], "\(office.map { "\($0.start)" })")
    }

    /// Issue 24: a smooth trend is not a staircase. The Gaussian penalty scales with the series' own
    /// variance, so 800 days of a steady rise give a handful of changes (the MAD of differences, the
    /// noise between neighbouring days, gave hundreds).
    @Test func aTrendIsNotCutIntoHundredsOfPieces() throws {
        var lines = ["date,value"], sampler = CountSampler(seed: 9)
        let first = Day(iso: "2023-01-01")!
        for t in 0..<800 { lines.append("\(first.advanced(by: t)),\(Double(t) + sampler.negativeBinomial(mean: 10, shape: 10) / 10)") }
        let series = try DateValueSeries.parse(csv: lines.joined(separator: "\n") + "\n")
        let found = try SeriesDetector.detect(series, method: .pelt, cost: .gaussian, calendar: .everyDay)
        #expect(found.count <= 8, "\(found.count) changes")
    }

    /// `--cost meanvar`: a measurement whose level stays but whose spread quadruples is one change, on
    /// the day it starts; the mean-only Gaussian cost sees none.
    @Test func meanvarFindsAChangeOfSpread() throws {
        // Continuous noise (uniform, sd 1 then 4): whole numbers would tie, and a tied pair has variance 0.
        var lines = ["date,value"], random = SeededRandom(seed: 12)
        let first = Day(iso: "2025-01-01")!, change = 150
        for t in 0..<300 {
            let noise = Double.random(in: -3.0.squareRoot()...3.0.squareRoot(), using: &random)
            lines.append("\(first.advanced(by: t)),\(50 + noise * (t < change ? 1 : 4))")
        }
        let series = try DateValueSeries.parse(csv: lines.joined(separator: "\n") + "\n")
        let found = try SeriesDetector.detect(series, method: .pelt, cost: .meanVariance, calendar: .everyDay)
        #expect(found.map(\.index).allSatisfy { abs($0 - change) <= 3 } && found.count == 1, "\(found.map(\.index))")
        #expect(try SeriesDetector.detect(series, method: .pelt, cost: .gaussian, calendar: .everyDay).isEmpty)
    }

    /// `--cost linear`: a rise that turns into a fall on day 200 (the level kept) is one change, dated
    /// within a few days of the turn, observed and expected equal to within the noise (no jump), and
    /// down (the new slope is lower); the change-in-mean cost cuts the same series into steps.
    @Test func linearFindsATurnAndNoStaircase() throws {
        var lines = ["date,value"], random = SeededRandom(seed: 24)
        let first = Day(iso: "2024-01-01")!, turn = 200
        for t in 0..<400 {
            let trend = t < turn ? 0.5 * Double(t) : 100 - 0.5 * Double(t - turn)
            lines.append("\(first.advanced(by: t)),\(trend + Double.random(in: -3...3, using: &random))")
        }
        let series = try DateValueSeries.parse(csv: lines.joined(separator: "\n") + "\n")
        let found = try SeriesDetector.detect(series, method: .pelt, cost: .linear, calendar: .everyDay)
        let change = try #require(found.first)
        #expect(found.count == 1 && abs(change.index - turn) <= 5, "\(found.map(\.index))")
        #expect(change.direction == .down)
        #expect(abs(try #require(change.observed) - #require(change.expected)) < 6, "\(change)")
        #expect(try SeriesDetector.detect(series, method: .pelt, cost: .gaussian, calendar: .everyDay).count >= 3)
    }

    /// A count growing from 20 to 60 a day that falls by 40% on day 200: without --cost the one fall is
    /// found at its day; the poisson cost (the default for counts until issue 24's population series)
    /// cuts the growth into a staircase as well.
    @Test func aGrowingCountIsNotCutIntoSteps() throws {
        var lines = ["date,value"], random = SeededRandom(seed: 2_424)
        let first = Day(iso: "2024-01-01")!
        for t in 0..<300 {
            let level = (20 + 40 * Double(t) / 300) * (t < 200 ? 1 : 0.6)
            lines.append("\(first.advanced(by: t)),\(Int((level + Double.random(in: -4...4, using: &random)).rounded()))")
        }
        let series = try DateValueSeries.parse(csv: lines.joined(separator: "\n") + "\n")
        let found = try SeriesDetector.detect(series, method: .pelt, cost: nil, calendar: .everyDay)
        #expect(found.count == 1 && abs((found.first?.index ?? 0) - 200) <= 2, "\(found.map(\.index))")
        #expect(try SeriesDetector.detect(series, method: .pelt, cost: .poisson, calendar: .everyDay).count >= 3)
    }

    @Test func theDefaultCostIsLinearForCountsAndGaussianOtherwise() {
        #expect(SeriesCost.defaultCost(for: [0, 3, .nan, 12]) == .linear)
        #expect(SeriesCost.defaultCost(for: [0, 3.5, 12]) == .gaussian)
        #expect(SeriesCost.defaultCost(for: [-1, 3, 12]) == .gaussian)
    }

    @Test(arguments: [
        ("date,value\n2025-07-01,12\n2025-07-02,abc\n", 3, 12, "\"abc\" is not a number"),
        ("2025-07-01,12\n2025-07-01,13\n", 2, 1, "2025-07-01 is given twice (first on line 1)"),
        ("2025-07-01,12,4\n", 1, 1, "expected 2 fields (date,value), found 3"),
        ("date,value\n07/01/2025,12\n", 2, 1, "\"07/01/2025\" is not a date YYYY-MM-DD"),
    ])
    func badFilesNameTheLineAndColumn(text: String, line: Int, column: Int, message: String) {
        #expect(throws: RowProblem(line: line, column: column, message: message, hint: message.hasPrefix("expected") ? "one line per day: 2025-07-01,123" : nil)) {
            try DateValueSeries.parse(csv: text)
        }
    }

    @Test func nbRefusesMeasurementsThatAreNotCounts() throws {
        let series = try DateValueSeries.parse(csv: "2025-07-01,1.5\n2025-07-02,2\n")
        #expect(throws: StatisticsError.self) { try SeriesDetector.detect(series, method: .nb) }
    }
}
