import Foundation
import Testing
import UptakeCore
import UptakeTestSupport

/// PELT with ``GaussianMeanVarianceCost`` in ``MBICSegmentCost`` (`uptake detect --cost meanvar`) against
/// the changepoint package's `cpt.meanvar` (PELT, MBIC, Normal, minseglen 2) ported to Python, an exact
/// optimal partitioning without pruning, and ruptures' `CostNormal` (fixture `anomaly_pelt_meanvar.json`,
/// scripts/fixtures/make_pelt_meanvar_fixtures.py).
///
/// Breakpoints are integers, compared exactly. Every case but one has the package's breakpoints equal to
/// the exact optimum; in `package_pruning_misses_optimum` its pruning (as if splitting never raised the
/// cost, which MBIC's log-length terms do) misses it, and we return the optimum. Costs: 1e-9 relative
/// (1e-9 absolute near 0): one-pass prefix sums of values shifted by the first one against numpy's
/// two-pass variance, on series whose spread is at least 10⁻³ of their level (rounding ~1e-13 relative
/// per segment, summed over a few dozen segments).
@Suite struct PELTMeanVarianceTests {
    struct Segment: Decodable { let start: Int, end: Int, cost: Double, ruptures_normal: Double? }
    struct Case: Decodable {
        let name: String, penalty_rule: String, penalty: Double, variance_floor: Double
        let r_breakpoints: [Int]?, exact_breakpoints: [Int], exact_cost: Double
        let segments: [Segment], input: [Double?]
    }

    static let names = [
        "variance_change", "mean_change", "mean_and_variance_three", "unit_and_offset_invariance", "no_change",
        "constant_run", "all_constant", "counts_with_ties", "missing_days", "short_4", "short_5",
        "package_pruning_misses_optimum",
    ]

    static func load(_ name: String) throws -> Case {
        try #require(try FixtureFile<Case>.load("anomaly_pelt_meanvar").cases.first { $0.name == name })
    }

    @Test(arguments: names)
    func matchesTheExactOptimumAndThePackage(name: String) throws {
        let c = try Self.load(name)
        let cost = MBICSegmentCost(try GaussianMeanVarianceCost(c.input.withNaN))
        let result = try PELT(minSize: 2).segment(cost, penalty: c.penalty)
        #expect(result.breakpoints == c.exact_breakpoints)
        expectClose(c.exact_cost, result.cost, rel: 1e-9, abs: 1e-9)
        if let r = c.r_breakpoints {
            if name == "package_pruning_misses_optimum" {
                #expect(r != c.exact_breakpoints, "the fixture should show the package's miss")
            } else {
                #expect(r == c.exact_breakpoints)
            }
        }
    }

    @Test(arguments: names)
    func penaltyFloorAndSegmentCostsAreTheDocumentedOnes(name: String) throws {
        let c = try Self.load(name)
        let series = c.input.withNaN
        let cost = try GaussianMeanVarianceCost(series)
        expectClose(c.variance_floor, cost.varianceFloor, rel: 1e-12)
        if c.penalty_rule == "mbic" {
            expectClose(c.penalty, PELTPenalty.mbic(observationCount: cost.observationCount, changingParameters: 2), rel: 1e-15)
        }
        for s in c.segments {
            expectClose(s.cost, cost.cost(from: s.start, to: s.end), rel: 1e-9, abs: 1e-9, "\(s.start)..<\(s.end)")
            if let ruptures = s.ruptures_normal {
                expectClose(ruptures, cost.cost(from: s.start, to: s.end), rel: 1e-9, abs: 1e-9, "ruptures \(s.start)..<\(s.end)")
            }
        }
    }

    @Test func fixtureCoversEveryCase() throws {
        #expect(try FixtureFile<Case>.load("anomaly_pelt_meanvar").cases.map(\.name).sorted() == Self.names.sorted())
    }

    /// On short random series (no ties, so no segment near the floor), PELT's penalised cost equals the
    /// brute-force optimum: the pruning margin log(n/4) keeps it exact. 1e-9 absolute: the same costs
    /// summed in another order.
    @Test func optimalOnShortRandomSeries() throws {
        var random = SeededRandom(seed: 4_242)
        let pelt = try PELT(minSize: 2)
        for _ in 0..<300 {
            let n = Int.random(in: 4...13, using: &random)
            let values = (0..<n).map { _ in Double.random(in: -1...1, using: &random) * (Bool.random(using: &random) ? 1 : 6) }
            let penalty = Double.random(in: 0...(4 * log(Double(n))), using: &random)
            let cost = MBICSegmentCost(try GaussianMeanVarianceCost(values))
            let result = try pelt.segment(cost, penalty: penalty)
            expectClose(PELTTests.bruteForce(cost, penalty: penalty, minSize: 2), result.penalisedCost, rel: 0, abs: 1e-9,
                        "\(values) β=\(penalty)")
        }
    }

    /// m·log σ̂² by hand; a constant segment sits at the floor, finite.
    @Test func costsMatchTheirDefinitionAndStayFinite() throws {
        // [1, 2, 3]: σ̂² = 2/3.
        expectClose(3 * log(2.0 / 3), try GaussianMeanVarianceCost([1, 2, 3]).cost(from: 0, to: 3), rel: 1e-14)
        // A constant series: s² = 0, floor 1e-11.
        #expect(try GaussianMeanVarianceCost([7, 7, 7]).cost(from: 0, to: 3) == 3 * log(1e-11))
        // [1, 1, 5, 5]: s² = 16/3, floor 1e-11·16/3; the pair of ones sits at it.
        let steps = try GaussianMeanVarianceCost([1, 1, 5, 5])
        expectClose(1e-11 * 16 / 3, steps.varianceFloor, rel: 1e-15)
        expectClose(2 * log(1e-11 * 16 / 3), steps.cost(from: 0, to: 2), rel: 1e-14)
        #expect(try GaussianMeanVarianceCost([1, 2], varianceFloor: 5).cost(from: 0, to: 2) == 2 * log(5))
        let mbic = MBICSegmentCost(steps)
        expectClose(steps.cost(from: 1, to: 4) + log(3), mbic.cost(from: 1, to: 4), rel: 1e-15)
    }

    @Test func theMarginBoundsWhatASplitAdds() throws {
        #expect(MBICSegmentCost(try GaussianMeanVarianceCost([1, 2, 3, 4])).pruningMargin == 0)
        expectClose(log(100.0 / 4), MBICSegmentCost(try GaussianMeanVarianceCost((0..<100).map(Double.init))).pruningMargin, rel: 1e-15)
        #expect(try GaussianMeanCost([1, 2]).pruningMargin == 0)
    }

    @Test func mbicPenalty() {
        expectClose(4 * log(200), PELTPenalty.mbic(observationCount: 200), rel: 1e-15)
        expectClose(3 * log(200), PELTPenalty.mbic(observationCount: 200, changingParameters: 1), rel: 1e-15)
        #expect(PELTPenalty.mbic(observationCount: 1) == 0)
    }

    @Test(arguments: [
        ("inf", "the series holds an infinite value"),
        ("floor=0", "varianceFloor must be positive and finite (is 0.0)"),
        ("floor=nan", "varianceFloor must be positive and finite (is nan)"),
    ])
    func rejectsInvalidInput(invalid: String, message: String) {
        #expect(throws: StatisticsError(message)) {
            switch invalid {
            case "inf": _ = try GaussianMeanVarianceCost([1, -.infinity])
            case "floor=0": _ = try GaussianMeanVarianceCost([1, 2], varianceFloor: 0)
            default: _ = try GaussianMeanVarianceCost([1, 2], varianceFloor: .nan)
            }
        }
    }
}
