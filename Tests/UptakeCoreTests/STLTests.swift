import Testing
import UptakeCore
import UptakeTestSupport

/// STL against statsmodels' `STL(...).fit()` (fixture `stl.json`).
///
/// Tolerance: the port performs the same floating-point operations in the same order as
/// statsmodels' Cython except for `pow(x, 3)` written as `x * x * x` and the median by full sort;
/// each loess pass adds a few ulps and the robust fit runs 16 × 2 passes, so agreement is near
/// 1e-12 relative; we allow 1e-9 relative plus 1e-9 absolute (counts are O(100), components near 0
/// have no meaningful relative error), well inside the brief's 1e-8.
@Suite struct STLTests {
    struct Params: Decodable {
        let period: Int, seasonal: Int, robust: Bool
        let trend: Int?, low_pass: Int?, seasonal_deg: Int?, trend_deg: Int?, low_pass_deg: Int?
        let seasonal_jump: Int?, trend_jump: Int?, low_pass_jump: Int?
    }
    struct Case: Decodable {
        let name: String
        let params: Params
        let input: [Double?], trend: [Double?], seasonal: [Double?], residual: [Double?], weights: [Double?]
    }

    static let names = ["weekly_default", "weekly_robust", "drops_robust", "drops_nonrobust", "short_59_days",
                        "jumps_and_degrees", "missing_days_default", "missing_days_robust"]

    @Test(arguments: names)
    func matchesStatsmodels(name: String) throws {
        let file = try FixtureFile<Case>.load("stl")
        let c = try #require(file.cases.first { $0.name == name })
        let p = c.params
        let stl = try STL(period: p.period, seasonal: p.seasonal, trend: p.trend, lowPass: p.low_pass,
                          seasonalDegree: p.seasonal_deg ?? 1, trendDegree: p.trend_deg ?? 1,
                          lowPassDegree: p.low_pass_deg ?? 1, robust: p.robust,
                          seasonalJump: p.seasonal_jump ?? 1, trendJump: p.trend_jump ?? 1,
                          lowPassJump: p.low_pass_jump ?? 1)
        let result = try stl.decompose(c.input.withNaN)
        expectClose(c.trend.withNaN, result.trend, rel: 1e-9, abs: 1e-9, "trend")
        expectClose(c.seasonal.withNaN, result.seasonal, rel: 1e-9, abs: 1e-9, "seasonal")
        expectClose(c.residual.withNaN, result.residual, rel: 1e-9, abs: 1e-9, "residual")
        expectClose(c.weights.withNaN, result.weights, rel: 1e-9, abs: 1e-9, "weights")
    }

    @Test func fixtureCoversEveryCase() throws {
        #expect(try FixtureFile<Case>.load("stl").cases.map(\.name).sorted() == Self.names.sorted())
    }

    @Test func defaultsAreStatsmodels() throws {
        let plain = try STL(period: 7, seasonal: 7)
        #expect([plain.trend, plain.lowPass, plain.innerIterations, plain.outerIterations] == [15, 9, 5, 0])
        let robust = try STL(period: 7, seasonal: 7, robust: true)
        #expect([robust.innerIterations, robust.outerIterations] == [2, 15])
    }

    /// Each invalid parameter, by the argument it sets, and the exact message it gets.
    static func make(_ invalid: String) throws -> STL {
        switch invalid {
        case "period=1": try STL(period: 1)
        case "seasonal=8": try STL(seasonal: 8)
        case "seasonal=1": try STL(seasonal: 1)
        case "trend=7": try STL(trend: 7)
        case "trend=16": try STL(trend: 16)
        case "lowPass=6": try STL(lowPass: 6)
        case "seasonalDegree=2": try STL(seasonalDegree: 2)
        case "lowPassDegree=-1": try STL(lowPassDegree: -1)
        case "trendJump=0": try STL(trendJump: 0)
        case "innerIterations=0": try STL(innerIterations: 0)
        default: try STL(outerIterations: -1)
        }
    }

    @Test(arguments: [
        ("period=1", "period must be a positive integer >= 2"),
        ("seasonal=8", "seasonal must be an odd positive integer >= 3"),
        ("seasonal=1", "seasonal must be an odd positive integer >= 3"),
        ("trend=7", "trend must be an odd positive integer >= 3 where trend > period"),
        ("trend=16", "trend must be an odd positive integer >= 3 where trend > period"),
        ("lowPass=6", "low_pass must be an odd positive integer >= 3 where low_pass > period"),
        ("seasonalDegree=2", "seasonal_deg must be 0 or 1"),
        ("lowPassDegree=-1", "low_pass_deg must be 0 or 1"),
        ("trendJump=0", "trend_jump must be a positive integer"),
        ("innerIterations=0", "inner_iter must be a positive integer"),
        ("outerIterations=-1", "outer_iter must be a non-negative integer"),
    ])
    func rejectsInvalidParameters(invalid: String, message: String) {
        #expect(throws: StatisticsError(message)) { _ = try Self.make(invalid) }
    }

    @Test func rejectsTooShortOrInfiniteSeries() throws {
        let stl = try STL()
        #expect(throws: StatisticsError("STL needs at least 2 × period = 14 observed values (has 13 of 13)")) {
            _ = try stl.decompose(Array(repeating: 1, count: 13))
        }
        #expect(throws: StatisticsError("STL needs at least 2 × period = 14 observed values (has 12 of 20)")) {
            _ = try stl.decompose(Array(repeating: 1, count: 12) + Array(repeating: .nan, count: 8))
        }
        #expect(throws: StatisticsError("STL needs finite values; the series holds an infinite one")) {
            _ = try stl.decompose(Array(repeating: 1, count: 20) + [.infinity])
        }
    }

    @Test func interpolationFillsGapsLinearlyAndEndsFlat() {
        let filled = MissingValues.interpolated([.nan, 2, .nan, .nan, 8, .nan])
        #expect(filled == [2, 2, 4, 6, 8, 8])
    }
}
