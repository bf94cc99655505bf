import Testing
import UptakeCore
import UptakeTestSupport

/// EARS C1, C2, C3 against R's `surveillance::earsC` 1.20 (fixture `anomaly_ears.json`).
///
/// `earsC` returns bounds and alarms; the statistics come from the fixture's R script with the same
/// baselines and floor. Tolerance 1e-9 relative plus 1e-12 absolute: a mean and a standard deviation of
/// 7–10 values and one division, written at 17 significant digits (statistics near 0 have no meaningful
/// relative error). Alarms are compared exactly; a day whose bound sits within rounding of the count would
/// make them flaky, and the fixture has none.
@Suite struct EARSTests {
    struct NonFinite: Decodable { let day: Int, value: String }
    struct Case: Decodable {
        let name: String
        let baseline: Int, min_sigma: Double
        let input: [Double]
        let c1: [Double?], c2: [Double?], c3: [Double?]
        let c1_nonfinite: [NonFinite], c2_nonfinite: [NonFinite], c3_nonfinite: [NonFinite]
        let c1_upperbound: [Double?], c2_upperbound: [Double?]
        let c1_alarm: [Bool?], c2_alarm: [Bool?]
    }

    static let names = ["steady_counts", "outbreak_counts", "small_counts_min_sigma", "baseline_10",
                        "constant_baseline", "short_12_days"]

    static func load(_ name: String) throws -> Case {
        try #require(try FixtureFile<Case>.load("anomaly_ears").cases.first { $0.name == name })
    }

    /// R's value per day: a number, ±∞, `NaN` for R's 0/0 (σ = 0 and y = ȳ), or `nil` when not computed.
    static func expected(_ values: [Double?], _ nonFinite: [NonFinite]) -> [Double?] {
        var result = values
        for item in nonFinite {
            result[item.day] = item.value == "Inf" ? .infinity : item.value == "-Inf" ? -.infinity : .nan
        }
        return result
    }

    static func compare(_ expected: [Double?], _ actual: [Double], zeroForNaN: Bool, _ note: String) {
        #expect(expected.count == actual.count)
        for (day, (e, a)) in zip(expected, actual).enumerated() {
            switch e {
            case nil: #expect(a.isNaN, "\(note) day \(day): expected not computed, got \(a)")
            case let v? where v.isNaN:
                // R's 0/0; we define the statistic as 0 there (C3 has no such convention in R: skipped).
                if zeroForNaN { #expect(a == 0, "\(note) day \(day): expected 0 for 0/0, got \(a)") }
            case let v? where v.isInfinite: #expect(a == v, "\(note) day \(day)")
            case let v?: expectClose(v, a, rel: 1e-9, abs: 1e-12, "\(note) day \(day)")
            }
        }
    }

    @Test(arguments: names)
    func c1AndC2MatchEarsC(name: String) throws {
        let c = try Self.load(name)
        for (method, stat, nonFinite, bound, alarm) in [
            (EARSMethod.c1, c.c1, c.c1_nonfinite, c.c1_upperbound, c.c1_alarm),
            (EARSMethod.c2, c.c2, c.c2_nonfinite, c.c2_upperbound, c.c2_alarm),
        ] {
            let result = try EARS(method: method, baseline: c.baseline, minimumSigma: c.min_sigma).evaluate(c.input)
            Self.compare(Self.expected(stat, nonFinite), result.statistic, zeroForNaN: true, "\(method) statistic")
            expectClose(bound.withNaN, result.upperBound, rel: 1e-9, abs: 1e-12, "\(method) upper bound")
            #expect(alarm.map { $0 ?? false } == result.alarm, "\(method) alarms")
            expectClose(3.090232306167813, result.threshold, rel: 1e-12)   // Φ⁻¹(0.999)
        }
    }

    @Test(arguments: names)
    func c3MatchesItsPublishedDefinition(name: String) throws {
        let c = try Self.load(name)
        let result = try EARS(method: .c3, baseline: c.baseline, minimumSigma: c.min_sigma).evaluate(c.input)
        Self.compare(Self.expected(c.c3, c.c3_nonfinite), result.statistic, zeroForNaN: false, "C3")
        expectClose(1.959963984540054, result.threshold, rel: 1e-12)   // Φ⁻¹(0.975)
        for day in result.statistic.indices where result.statistic[day].isFinite {
            #expect(result.alarm[day] == (result.statistic[day] > result.threshold))
        }
    }

    @Test func fixtureCoversEveryCase() throws {
        #expect(try FixtureFile<Case>.load("anomaly_ears").cases.map(\.name).sorted() == Self.names.sorted())
    }

    /// C3's bound is the count at which C3 reaches the threshold: evaluating the day again with the bound
    /// as its count gives C3 = threshold (when day t's own excess is positive there).
    @Test func c3BoundGivesTheThreshold() throws {
        let series: [Double] = [10, 12, 9, 11, 10, 13, 8, 10, 11, 12, 9, 11, 12, 20]
        let ears = try EARS(method: .c3)
        let result = try ears.evaluate(series)
        let t = series.count - 1
        var moved = series
        moved[t] = result.upperBound[t]
        expectClose(ears.threshold, try ears.evaluate(moved).statistic[t], rel: 1e-12)
    }

    @Test func missingDaysAndShortSeries() throws {
        let c1 = try EARS(method: .c1)
        #expect(try c1.evaluate([]).statistic.isEmpty)
        #expect(try c1.evaluate([1, 2, 3]).statistic.allSatisfy { $0.isNaN })
        // A missing day has no statistic; later baselines use the observed days of their window.
        let series: [Double] = [5, 6, 5, 7, 6, .nan, 5, 6, 9, 6]
        let result = try c1.evaluate(series)
        #expect(result.statistic[5].isNaN && !result.alarm[5])
        let window: [Double] = [5, 7, 6, 5, 6, 9]          // days 2…8 less the missing day 5, for day 9
        let mean = window.reduce(0, +) / 6
        let sd = (window.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 5).squareRoot()
        expectClose((6 - mean) / sd, result.statistic[9], rel: 1e-13)
        // Fewer than 3 observed baseline days: not computed.
        let sparse: [Double] = [1, .nan, .nan, .nan, .nan, .nan, 2, 3, 4]
        #expect(try c1.evaluate(sparse).statistic[7].isNaN)
    }

    @Test(arguments: [
        ("baseline=2", "baseline must be at least 3 days (is 2)"),
        ("minimumSigma=-1", "minimumSigma must be finite and non-negative (is -1.0)"),
        ("alpha=1", "alpha must be between 0 and 1 (is 1.0)"),
        ("infinite", "EARS needs finite values; the series holds an infinite one"),
    ])
    func rejectsInvalidInput(invalid: String, message: String) {
        #expect(throws: StatisticsError(message)) {
            switch invalid {
            case "baseline=2": _ = try EARS(method: .c1, baseline: 2)
            case "minimumSigma=-1": _ = try EARS(method: .c2, minimumSigma: -1)
            case "alpha=1": _ = try EARS(method: .c3, alpha: 1)
            default: _ = try EARS(method: .c1).evaluate([1, .infinity])
            }
        }
    }
}
