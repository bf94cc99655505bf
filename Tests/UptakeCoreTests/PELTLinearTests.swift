import Foundation
import Testing
import UptakeCore
import UptakeTestSupport

/// PELT with ``LinearTrendCost`` and ``PELTPenalty/linearSpread(_:multiplier:)`` (`uptake detect --cost
/// linear`) against numpy's least squares per segment and an exact optimal partitioning without pruning
/// (fixture `anomaly_pelt_linear.json`, scripts/fixtures/make_pelt_linear_fixtures.py).
///
/// Breakpoints are integers, compared exactly. Costs, slopes and lines: 1e-9 relative, with an absolute
/// allowance of 1e-9 times the segment's scale (the sum of squares of its values about the first value,
/// at least 1): the closed form subtracts prefix sums of squares, so its rounding is about 10⁻¹⁶ of those
/// sums per operation, where numpy's residuals are computed directly.
@Suite struct PELTLinearTests {
    struct Segment: Decodable { let start: Int, end: Int, cost: Double, slope: Double?, intercept: Double? }
    struct Case: Decodable {
        let name: String, penalty_rule: String, penalty: Double, linear_spread: Double
        let exact_breakpoints: [Int], exact_cost: Double
        let segments: [Segment], input: [Double?]
    }

    static let names = [
        "slope_change", "level_then_slope", "trend_no_change", "offset_and_scale", "level_shift", "missing_days",
        "exact_line", "short_6", "short_5",
    ]

    static func load(_ name: String) throws -> Case {
        try #require(try FixtureFile<Case>.load("anomaly_pelt_linear").cases.first { $0.name == name })
    }

    /// The absolute allowance of a segment's sums (see the suite's summary).
    static func scale(_ values: [Double]) -> Double {
        let observed = values.filter { !$0.isNaN }
        let first = observed.first ?? 0
        return max(1, observed.reduce(0) { $0 + ($1 - first) * ($1 - first) })
    }

    @Test(arguments: names)
    func matchesTheExactOptimum(name: String) throws {
        let c = try Self.load(name)
        let series = c.input.withNaN
        let cost = try LinearTrendCost(series)
        expectClose(c.linear_spread, try PELTPenalty.linearSpread(series), rel: 1e-9)
        let result = try PELT(minSize: 3).segment(cost, penalty: c.penalty)
        #expect(result.breakpoints == c.exact_breakpoints)
        expectClose(c.exact_cost, result.cost, rel: 1e-9, abs: 1e-9 * Self.scale(series))
    }

    @Test(arguments: names)
    func segmentFitsMatchNumpy(name: String) throws {
        let c = try Self.load(name)
        let series = c.input.withNaN
        let cost = try LinearTrendCost(series)
        let observed = series.filter { !$0.isNaN }
        for s in c.segments {
            let allowance = 1e-9 * Self.scale(Array(observed[s.start..<s.end]))
            expectClose(s.cost, cost.cost(from: s.start, to: s.end), rel: 1e-9, abs: allowance, "\(s.start)..<\(s.end)")
            guard let slope = s.slope, let intercept = s.intercept else { continue }
            let line = cost.line(from: s.start, to: s.end)
            expectClose(slope, line.slope, rel: 1e-9, abs: 1e-9, "slope \(s.start)..<\(s.end)")
            // The line on the segment's last day, where it is used, rather than its intercept on day 0.
            let last = cost.day(ofObservation: s.end - 1)
            expectClose(intercept + slope * Double(last), line.value(atDay: last), rel: 1e-9, abs: 1e-9, "line \(s.start)..<\(s.end)")
        }
    }

    @Test func fixtureCoversEveryCase() throws {
        #expect(try FixtureFile<Case>.load("anomaly_pelt_linear").cases.map(\.name).sorted() == Self.names.sorted())
    }

    /// On short random series with kinks and jumps, PELT's penalised cost equals the brute-force optimum
    /// (a split never raises a least-squares cost, so pruning is exact with margin 0). 1e-9 absolute: the
    /// same costs summed in another order, on values of order 10.
    @Test func optimalOnShortRandomSeries() throws {
        var random = SeededRandom(seed: 2_426)
        let pelt = try PELT(minSize: 3)
        for _ in 0..<300 {
            let n = Int.random(in: 3...14, using: &random)
            let kink = Int.random(in: 0..<n, using: &random)
            let values = (0..<n).map { t in
                (t < kink ? 0.5 * Double(t) : 4 - Double(t - kink)) + Double.random(in: -1...1, using: &random)
            }
            let penalty = Double.random(in: 0...8, using: &random)
            let cost = try LinearTrendCost(values)
            let result = try pelt.segment(cost, penalty: penalty)
            expectClose(PELTTests.bruteForce(cost, penalty: penalty, minSize: 3), result.penalisedCost, rel: 0, abs: 1e-9,
                        "\(values) β=\(penalty)")
        }
    }

    /// Hand-worked cases: a line costs nothing, three points off a line cost their residuals, a missing
    /// day keeps its place in time.
    @Test func costsMatchTheirDefinition() throws {
        #expect(try LinearTrendCost([1, 3, 5, 7]).cost(from: 0, to: 4) == 0)
        // [0, 1, 0] on days 0, 1, 2: the line is flat at 1/3, residuals −1/3, 2/3, −1/3: 2/3.
        expectClose(2.0 / 3, try LinearTrendCost([0, 1, 0]).cost(from: 0, to: 3), rel: 1e-14)
        // [1, NaN, 3, 4]: days 0, 2, 3 on the line 1 + t, not the observations' order 1, 2, 3.
        let gappy = try LinearTrendCost([1, .nan, 3, 4])
        #expect(gappy.observationCount == 3)
        #expect(gappy.cost(from: 0, to: 3) == 0)
        #expect(gappy.line(from: 0, to: 3).value(atDay: 1) == 2)
        #expect(try LinearTrendCost([5]).line(from: 0, to: 1) == FittedLine(slope: 0, intercept: 5))
        #expect(try LinearTrendCost([1, 2, 8]).pruningMargin == 0)
    }

    @Test func penaltyEdgeCases() throws {
        #expect(try PELTPenalty.linearSpread([1, 2]) == 0)
        // Residuals of [0, 1, 0, 1] about their line: variance 0.4 with divisor n − 2 (0.8 / 2).
        expectClose(4 * 0.4 * log(4.0), try PELTPenalty.linearSpread([0, 1, 0, 1]), rel: 1e-12)
        expectClose(3 * 0.4 * log(4.0), try PELTPenalty.linearSpread([0, 1, 0, 1], multiplier: 3), rel: 1e-12)
        // A constant series: s² is 0, so the floor is 10⁻¹⁰ · 1.
        expectClose(4e-10 * log(5.0), try PELTPenalty.linearSpread([2, 2, 2, 2, 2]), rel: 1e-12)
    }

    @Test func rejectsAnInfiniteValue() {
        #expect(throws: StatisticsError("the series holds an infinite value")) { _ = try LinearTrendCost([1, .infinity, 3]) }
    }
}
