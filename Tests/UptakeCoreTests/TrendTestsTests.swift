import Testing
import UptakeCore
import UptakeTestSupport

/// Theil–Sen against `scipy.stats.theilslopes`, Mann–Kendall against `pymannkendall.original_test`
/// (fixture `trend_tests.json`).
///
/// Tolerances: slope, interval ends, S, Var(S) and τ are exact order statistics or integer sums, so
/// they agree to rounding (rel 1e-12). The intercept subtracts two medians (abs 1e-9 for values
/// O(100)). Z agrees to rel 1e-12; p from pymannkendall is 2·(1 − Φ(|Z|)), whose cancellation leaves an
/// absolute error up to ~1e-16 and GSL's Φ differs from SciPy's by ~1e-15 relative, hence rel 1e-9 plus
/// abs 1e-15.
@Suite struct TrendTestsTests {
    struct TheilSen: Decodable { let slope: Double, intercept: Double, low_slope: Double, high_slope: Double }
    struct MannKendall: Decodable { let s: Double, var_s: Double, z: Double, p: Double, tau: Double }
    struct Case: Decodable { let name: String, input: [Double?], theil_sen: TheilSen, mann_kendall: MannKendall }

    static let names = ["rising_counts", "flat_with_ties", "falling_rate", "short_8", "with_missing"]

    func fixtureCase(_ name: String) throws -> Case {
        try #require(try FixtureFile<Case>.load("trend_tests").cases.first { $0.name == name })
    }

    @Test(arguments: names)
    func theilSenMatchesSciPy(name: String) throws {
        let c = try fixtureCase(name)
        let result = try TheilSenSlope(c.input.withNaN)
        expectClose(c.theil_sen.slope, result.slope, rel: 1e-12, "slope")
        expectClose(c.theil_sen.intercept, result.intercept, rel: 1e-12, abs: 1e-9, "intercept")
        expectClose(c.theil_sen.low_slope, result.lowSlope, rel: 1e-12, "low slope")
        expectClose(c.theil_sen.high_slope, result.highSlope, rel: 1e-12, "high slope")
    }

    @Test(arguments: names)
    func mannKendallMatchesPymannkendall(name: String) throws {
        let c = try fixtureCase(name)
        let result = try MannKendallTest(c.input.withNaN)
        expectClose(c.mann_kendall.s, result.s, rel: 0, "S")
        expectClose(c.mann_kendall.var_s, result.varianceS, rel: 1e-12, "Var(S)")
        expectClose(c.mann_kendall.z, result.z, rel: 1e-12, "Z")
        expectClose(c.mann_kendall.p, result.pValue, rel: 1e-9, abs: 1e-15, "p")
        expectClose(c.mann_kendall.tau, result.tau, rel: 1e-12, "tau")
    }

    /// By hand: y = 1, 3, 2, 4. Pairs: (1,3)+ (1,2)+ (1,4)+ (3,2)− (3,4)+ (2,4)+ → S = 4; Var = 4·3·13/18;
    /// slopes 2, 0.5, 1, −1, 0.5, 2 → median 0.75; intercept = median(y) 2.5 − 0.75 · 1.5 = 1.375.
    @Test func workedExample() throws {
        let mk = try MannKendallTest([1, 3, 2, 4])
        #expect(mk.s == 4)
        expectClose(4 * 3 * 13 / 18, mk.varianceS)
        expectClose(3 / (4 * 3 * 13 / 18.0).squareRoot(), mk.z)
        let ts = try TheilSenSlope([1, 3, 2, 4])
        #expect(ts.slope == 0.75)
        #expect(ts.intercept == 1.375)
    }

    @Test func tooFewValuesThrow() {
        #expect(throws: StatisticsError("Theil–Sen needs at least 2 observed values (has 1)")) { _ = try TheilSenSlope([.nan, 3]) }
        #expect(throws: StatisticsError("Mann–Kendall needs at least 3 observed values (has 2)")) { _ = try MannKendallTest([1, .nan, 3]) }
    }
}

/// Trailing means against pandas' `rolling(window, min_periods).mean()` (fixture `moving_average.json`).
/// Tolerance rel 1e-12: pandas keeps a running sum (add and subtract), Uptake sums each window afresh,
/// so they differ by a few ulps of the largest partial sum (values O(100)), hence abs 1e-10 as well.
@Suite struct MovingAverageTests {
    struct Case: Decodable { let name: String, window: Int, min_periods: Int, input: [Double?], expected: [Double?] }

    @Test(arguments: ["w7_min7", "w7_min5", "w28_min28", "w28_min21"])
    func matchesPandas(name: String) throws {
        let c = try #require(try FixtureFile<Case>.load("moving_average").cases.first { $0.name == name })
        let actual = MovingAverage.trailing(c.input.withNaN, window: c.window, minimumObserved: c.min_periods)
        expectClose(c.expected.withNaN, actual, rel: 1e-12, abs: 1e-10)
    }

    @Test func sevenDayNeedsAFullWeek() {
        let week = MovingAverage.sevenDay([1, 2, 3, 4, 5, 6, 7, 8, .nan])
        #expect(week[5].isNaN)
        #expect(week[6] == 4)
        #expect(week[7] == 5)
        #expect(week[8].isNaN, "a missing day inside the window makes the 7-day mean missing")
    }
}

/// A rate's trailing average as a ratio of sums, against pandas' rolling sums (fixture
/// `ratio_moving_average.json`, which also holds the mean of daily rates it replaces: issue 24).
@Suite struct RatioMovingAverageTests {
    struct Case: Decodable {
        let name: String, window: Int, min_periods: Int
        let numerators: [Double?], denominators: [Double?], expected: [Double?], mean_of_daily_rates: [Double?]
    }

    @Test(arguments: ["w7_min7", "w7_min5", "w28_min28", "w28_min21"])
    func matchesPandas(name: String) throws {
        let c = try #require(try FixtureFile<Case>.load("ratio_moving_average").cases.first { $0.name == name })
        let actual = MovingAverage.trailingRatio(numerators: c.numerators.withNaN, denominators: c.denominators.withNaN,
                                                 window: c.window, minimumObserved: c.min_periods)
        expectClose(c.expected.withNaN, actual, rel: 1e-12, abs: 1e-12)
        // The fixture's weekends are small: the mean of daily rates is a different, biased number.
        let differs = zip(c.expected, c.mean_of_daily_rates).contains { e, m in
            guard let e, let m else { return false }
            return abs(e - m) > 0.01
        }
        // (With every day required, a weekend without applications leaves the mean of daily rates undefined.)
        if c.mean_of_daily_rates.contains(where: { $0 != nil }) { #expect(differs, "the fixture must tell the two definitions apart") }
    }
}
