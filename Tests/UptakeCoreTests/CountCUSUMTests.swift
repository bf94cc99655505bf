import Foundation
import Testing
import UptakeCore
import UptakeTestSupport

/// The NB CUSUM against a plain-Python re-implementation of the same recursion (fixture
/// `anomaly_b_cusum.json`). Tolerance: the same few operations per day accumulate rounding over at
/// most a few dozen days between resets: 1e-12 relative, 1e-12 absolute near 0.
@Suite struct CountCUSUMTests {
    struct Case: Decodable {
        let name: String, counts: [Double?], expected: [Double?], shapes: [Double?], delta: Double, h: Double
        let statistic: [Double?], alarms: [[Int]]
    }
    struct MonteCarlo: Decodable { let h: Double, in_control_arl: Double, in_control_arl_se: Double, arl_at_half: Double }
    struct File: Decodable { let monte_carlo: MonteCarlo }

    @Test(arguments: ["outage_then_lasting_drop", "poisson_drop_25pct_delta_0_2"])
    func matchesReimplementation(name: String) throws {
        let c = try #require(try FixtureFile<Case>.load("anomaly_b_cusum").cases.first { $0.name == name })
        let cusum = try CountCUSUM(relativeDrop: c.delta, threshold: c.h)
        // A null shape is Poisson in this fixture (θ = ∞), a null expectation a day not judged.
        let shapes = zip(c.shapes, c.expected).map { shape, mu in mu == nil ? Double.nan : (shape ?? .infinity) }
        let path = try cusum.run(counts: c.counts.withNaN, expected: c.expected.withNaN, shapes: shapes)
        expectClose(c.statistic.withNaN, path.statistic, rel: 1e-12, abs: 1e-12)
        #expect(path.alarms.map { [$0.start, $0.alarm] } == c.alarms)
    }

    /// h = ln 1000 is the threshold whose Monte Carlo in-control ARL the DocC quotes; it respects
    /// Lorden's bound e^h.
    @Test func thresholdFromRunLength() throws {
        let cusum = try CountCUSUM(relativeDrop: 0.5, inControlRunLength: 1000)
        let url = try #require(Bundle.module.url(forResource: "anomaly_b_cusum", withExtension: "json", subdirectory: "Fixtures"))
        let mc = try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).monte_carlo
        expectClose(mc.h, cusum.threshold, rel: 1e-15)
        #expect(mc.in_control_arl - 3 * mc.in_control_arl_se > 1000)
        #expect(mc.arl_at_half < 12)
    }

    /// A 3-day zero outage at μ = 30, θ = 5 alarms on its third day: 3 × 5·ln(7/4) = 8.39 > 6.91.
    @Test func threeZeroDaysAlarm() throws {
        let cusum = try CountCUSUM(relativeDrop: 0.5, inControlRunLength: 1000)
        expectClose(5 * log(7.0 / 4.0), cusum.increment(count: 0, expected: 30, shape: 5), rel: 1e-14)
        let counts = [31.0, 28, 33, 0, 0, 0, 30]
        let path = try cusum.run(counts: counts, expected: Array(repeating: 30, count: 7), shapes: Array(repeating: 5, count: 7))
        #expect(path.alarms == [CUSUMAlarm(start: 3, alarm: 5)])
    }

    /// A null NB series at ~30/day: no alarm in 1,000 working days is the likely outcome (ARL ≈ 4,500);
    /// more than two would need a run length far below the bound.
    @Test func nullSeriesRarelyAlarms() throws {
        var sampler = CountSampler(seed: 42)
        let (counts, weekdays) = sampler.series(days: 1400, level: 30, shape: 5)
        let expected = weekdays.map { $0 == 0 ? Double.nan : 30 * CountSampler.weekdayFactors[Int($0) - 1] }
        let shapes = expected.map { $0.isNaN ? Double.nan : 5 }
        let path = try CountCUSUM(inControlRunLength: 1000).run(counts: counts, expected: expected, shapes: shapes)
        #expect(path.alarms.count <= 2, "\(path.alarms)")
    }

    @Test func invalidInputsThrow() {
        #expect(throws: StatisticsError("the relative drop must lie strictly between 0 and 1 (relativeDrop=1.0)")) {
            _ = try CountCUSUM(relativeDrop: 1, threshold: 5)
        }
        #expect(throws: StatisticsError("the in-control run length must exceed 1 day (inControlRunLength=1.0)")) {
            _ = try CountCUSUM(inControlRunLength: 1)
        }
        #expect(throws: StatisticsError("counts, expectations and shapes differ in length (2, 1, 2)")) {
            _ = try CountCUSUM(threshold: 5).run(counts: [1, 2], expected: [1], shapes: [1, 1])
        }
    }
}
