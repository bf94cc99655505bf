import Foundation
import Testing
import UptakeCore
import UptakeTestSupport

/// PELT against ruptures' `Pelt` and a brute-force optimal partitioning (fixture `anomaly_pelt.json`).
///
/// Breakpoints are integers and are compared exactly. Every case but one has ruptures' breakpoints equal
/// to the exact optimum (the script checks both); `ruptures_suboptimal_min_size` is a series where
/// ruptures' pruning with `min_size` 2 misses the optimum, and we return the optimum. The default penalties
/// are compared with the script's numpy version of the rule at 1e-12 relative (a median, a product and a
/// log: a few ulps).
@Suite struct PELTTests {
    struct Case: Decodable {
        let name: String, model: String
        let min_size: Int, jump: Int
        let penalty_rule: String, penalty: Double
        let ruptures_breakpoints: [Int], exact_breakpoints: [Int]
        let input: [Double?]?, successes: [Double?]?, trials: [Double?]?
    }

    static let names = [
        "no_change_gaussian", "city_drop_35pct_poisson", "city_drop_35pct_gaussian", "two_changes_gaussian",
        "two_changes_poisson", "zero_heavy_poisson", "all_zero_poisson", "short_5_gaussian", "short_4_poisson_split",
        "constant_runs_gaussian", "constant_runs_poisson", "min_size_7_jump_1_poisson", "min_size_3_jump_5_gaussian",
        "spike_small_penalty_gaussian", "missing_days_poisson", "missing_days_gaussian", "online_share_rise_binomial",
        "extreme_shares_binomial", "ruptures_suboptimal_min_size",
    ]

    static func load(_ name: String) throws -> Case {
        try #require(try FixtureFile<Case>.load("anomaly_pelt").cases.first { $0.name == name })
    }

    static func segment(_ c: Case, penalty: Double) throws -> Segmentation {
        let pelt = try PELT(minSize: c.min_size, jump: c.jump)
        switch c.model {
        case "gaussian": return try pelt.segment(GaussianMeanCost(try #require(c.input).withNaN), penalty: penalty)
        case "poisson": return try pelt.segment(PoissonCost(counts: try #require(c.input).withNaN), penalty: penalty)
        default:
            let cost = try BinomialCost(successes: try #require(c.successes).withNaN, trials: try #require(c.trials).withNaN)
            return try pelt.segment(cost, penalty: penalty)
        }
    }

    @Test(arguments: names)
    func matchesRupturesAndTheOptimum(name: String) throws {
        let c = try Self.load(name)
        let result = try Self.segment(c, penalty: c.penalty)
        #expect(result.breakpoints == c.exact_breakpoints)
        if name != "ruptures_suboptimal_min_size" {
            #expect(result.breakpoints == c.ruptures_breakpoints)
        } else {
            #expect(c.ruptures_breakpoints != c.exact_breakpoints, "the fixture should show ruptures' miss")
        }
    }

    @Test(arguments: names)
    func defaultPenaltyIsTheDocumentedRule(name: String) throws {
        let c = try Self.load(name)
        let series = c.input?.withNaN ?? c.successes!.withNaN
        let n = series.filter { !$0.isNaN }.count
        switch c.penalty_rule {
        case "gaussian": expectClose(c.penalty, PELTPenalty.gaussian(series), rel: 1e-12)
        case "counts": expectClose(c.penalty, PELTPenalty.counts(observationCount: n), rel: 1e-12)
        case "counts_dispersion":
            let phi = PELTPenalty.poissonDispersion(series)
            expectClose(c.penalty, PELTPenalty.counts(observationCount: n, dispersion: phi), rel: 1e-12)
        default: break   // a penalty given by hand
        }
    }

    @Test func fixtureCoversEveryCase() throws {
        #expect(try FixtureFile<Case>.load("anomaly_pelt").cases.map(\.name).sorted() == Self.names.sorted())
    }

    // MARK: properties

    /// The exact optimum by brute force over every segmentation (2^(n−1) of them) with segments ≥ minSize.
    static func bruteForce(_ cost: some SegmentCost, penalty: Double, minSize: Int) -> Double {
        let n = cost.observationCount
        var best = Double.infinity
        for mask in 0..<(1 << (n - 1)) {
            var start = 0, total = 0.0, valid = true
            for end in 1...n where end == n || mask & (1 << (end - 1)) != 0 {
                if end - start < minSize { valid = false; break }
                total += cost.cost(from: start, to: end) + (start > 0 ? penalty : 0)
                start = end
            }
            if valid { best = min(best, total) }
        }
        return best
    }

    /// On short random series, PELT's penalised cost equals the brute-force optimum (so it is never above
    /// it, nor above no change at all). 1e-9 absolute: the same costs summed in a different order.
    @Test(arguments: [1, 2, 3])
    func optimalOnShortRandomSeries(minSize: Int) throws {
        var random = SeededRandom(seed: 1_000 + UInt64(minSize))
        let pelt = try PELT(minSize: minSize)
        for _ in 0..<300 {
            let n = Int.random(in: 2...12, using: &random)
            let counts = (0..<n).map { _ in Double(Int.random(in: 0...(Bool.random(using: &random) ? 3 : 30), using: &random)) }
            let penalty = Double.random(in: 0.1...8, using: &random)
            let gaussian = try GaussianMeanCost(counts), poisson = try PoissonCost(counts: counts)
            for (result, cost) in [(try pelt.segment(gaussian, penalty: penalty), gaussian as any SegmentCost),
                                   (try pelt.segment(poisson, penalty: penalty), poisson as any SegmentCost)] {
                let noChange = cost.cost(from: 0, to: n)
                #expect(result.penalisedCost <= noChange + 1e-9)
                if n >= 2 * minSize {
                    expectClose(Self.bruteForce(cost, penalty: penalty, minSize: minSize), result.penalisedCost, rel: 0, abs: 1e-9,
                                "\(counts) β=\(penalty)")
                }
                #expect(zip([0] + result.breakpoints, result.breakpoints).allSatisfy { $1 - $0 >= minSize } || n < 2 * minSize)
            }
        }
    }

    /// The binomial cost, likewise, with shares at 0 and 1 and days without trials.
    @Test func binomialOptimalOnShortRandomSeries() throws {
        var random = SeededRandom(seed: 77)
        let pelt = try PELT(minSize: 2)
        for _ in 0..<200 {
            let n = Int.random(in: 4...11, using: &random)
            let trials = (0..<n).map { _ in Double(Int.random(in: 0...12, using: &random)) }
            let successes = trials.map { m in Double(Int.random(in: 0...Int(m), using: &random)) }
            let penalty = Double.random(in: 0.5...6, using: &random)
            let cost = try BinomialCost(successes: successes, trials: trials)
            let result = try pelt.segment(cost, penalty: penalty)
            expectClose(Self.bruteForce(cost, penalty: penalty, minSize: 2), result.penalisedCost, rel: 0, abs: 1e-9)
        }
    }

    // MARK: costs

    @Test func costsOfDegenerateSegmentsAreFiniteAndZero() throws {
        let zeros = try PoissonCost(counts: [0, 0, 0, 0])
        #expect(zeros.cost(from: 0, to: 4) == 0)
        let allOnline = try BinomialCost(successes: [5, 7, 0], trials: [5, 7, 0])
        #expect(allOnline.cost(from: 0, to: 3) == 0)
        let noneOnline = try BinomialCost(successes: [0, 0], trials: [9, 3])
        #expect(noneOnline.cost(from: 0, to: 2) == 0)
        let constant = try GaussianMeanCost([7, 7, 7])
        #expect(constant.cost(from: 0, to: 3) == 0)
    }

    /// Hand-computed costs: l2 of [1, 2, 3] is 2; the Poisson deviance of [1, 3] is 2(1·log ½ + 3·log 1.5);
    /// the binomial deviance of 1/2 and 3/4 (p̂ = 2/3) by its definition.
    @Test func costsMatchTheirDefinitions() throws {
        expectClose(2, try GaussianMeanCost([1, 2, 3]).cost(from: 0, to: 3), rel: 1e-15)
        expectClose(2 * (log(0.5) + 3 * log(1.5)), try PoissonCost(counts: [1, 3]).cost(from: 0, to: 2), rel: 1e-14)
        let p = 4.0 / 6
        let expected = 2 * (1 * log(1 / (2 * p)) + 1 * log(1 / (2 * (1 - p))) + 3 * log(3 / (4 * p)) + 1 * log(1 / (4 * (1 - p))))
        expectClose(expected, try BinomialCost(successes: [1, 3], trials: [2, 4]).cost(from: 0, to: 2), rel: 1e-13)
    }

    // MARK: edge cases and validation

    @Test func emptyAndTinySeries() throws {
        let pelt = try PELT()
        #expect(try pelt.segment(GaussianMeanCost([]), penalty: 1).breakpoints == [])
        #expect(try pelt.segment(GaussianMeanCost([4]), penalty: 1).breakpoints == [1])
        #expect(try pelt.segment(GaussianMeanCost([1, 100, 1]), penalty: 0).breakpoints == [3])
        #expect(try pelt.segment(GaussianMeanCost([.nan, .nan]), penalty: 1).breakpoints == [])
        #expect(try pelt.segment(PoissonCost(counts: [0, 0, 90, 95, .nan]), penalty: 1).breakpoints == [2, 5])
    }

    @Test func missingDaysJoinTheEarlierSegment() throws {
        let series: [Double] = [10, 10, 10, 10, .nan, .nan, 50, 50, 50, 50]
        let result = try PELT().segment(GaussianMeanCost(series), penalty: 1)
        #expect(result.breakpoints == [6, 10])
        #expect(result.changepoints == [6])
        #expect(result.cost == 0)
    }

    @Test(arguments: [
        ("minSize=0", "minSize must be a positive integer (is 0)"),
        ("jump=0", "jump must be a positive integer (is 0)"),
        ("penalty=-1", "penalty must be finite and non-negative (is -1.0)"),
        ("penalty=inf", "penalty must be finite and non-negative (is inf)"),
        ("gaussian=inf", "the series holds an infinite value"),
        ("poisson=-1", "Poisson counts must be finite and non-negative"),
        ("binomial=lengths", "successes and trials must have the same length (2 and 1)"),
        ("binomial=3of2", "day 1: successes must be between 0 and trials, and trials finite (3.0 of 2.0)"),
    ])
    func rejectsInvalidInput(invalid: String, message: String) {
        #expect(throws: StatisticsError(message)) {
            switch invalid {
            case "minSize=0": _ = try PELT(minSize: 0)
            case "jump=0": _ = try PELT(jump: 0)
            case "penalty=-1": _ = try PELT().segment(GaussianMeanCost([1, 2]), penalty: -1)
            case "penalty=inf": _ = try PELT().segment(GaussianMeanCost([1, 2]), penalty: .infinity)
            case "gaussian=inf": _ = try GaussianMeanCost([1, .infinity])
            case "poisson=-1": _ = try PoissonCost(counts: [1, -1])
            case "binomial=lengths": _ = try BinomialCost(successes: [1, 2], trials: [3])
            default: _ = try BinomialCost(successes: [1, 3], trials: [2, 2])
            }
        }
    }

    @Test func penaltiesFallBackWhenTheMADIsZero() {
        // Differences [0, 0, 0, 5, 0, 0]: MAD 0, so σ̂ = sd(Δy)/√2.
        let series: [Double] = [1, 1, 1, 1, 6, 6, 6]
        let d: [Double] = [0, 0, 0, 5, 0, 0]
        let mean = d.reduce(0, +) / 6
        let sd = (d.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 5).squareRoot()
        expectClose(2 * sd * sd / 2 * log(7), PELTPenalty.gaussian(series), rel: 1e-13)
        expectClose(2 * log(5), PELTPenalty.gaussian([3, 3, 3, 3, 3]), rel: 1e-15)   // constant: σ̂ = 1
        #expect(PELTPenalty.gaussian([2]) == 0)
        #expect(PELTPenalty.counts(observationCount: 1) == 0)
        #expect(PELTPenalty.poissonDispersion([0, 0, 0, 4]) == 1)
    }

    /// detect's Gaussian penalty: 3·s²·log n with s² the sample variance (n − 1) of the observed values.
    /// [1, 2, 3, 4, 10]: mean 4, squared deviations 9 + 4 + 1 + 0 + 36 = 50, s² = 12.5; NaN left out.
    @Test func theSpreadPenaltyUsesTheSeriesVariance() {
        expectClose(3 * 12.5 * log(5), PELTPenalty.gaussianSpread([1, 2, .nan, 3, 4, 10]), rel: 1e-15)
        expectClose(2 * 12.5 * log(5), PELTPenalty.gaussianSpread([1, 2, 3, 4, 10], multiplier: 2), rel: 1e-15)
        expectClose(3 * log(4), PELTPenalty.gaussianSpread([7, 7, 7, 7]), rel: 1e-15)   // constant: s = 1
        #expect(PELTPenalty.gaussianSpread([2, .nan]) == 0)
    }
}
