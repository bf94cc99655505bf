import Testing
import Foundation
import UptakeCore
import UptakeTestSupport

/// Rate and volume comparisons against statsmodels (fixtures `proportions_ztest.json`, `quasi_poisson.json`).
///
/// Tolerances: z is a closed form of a few operations in both (rel 1e-12 for the z-test). statsmodels
/// fits the GLM by IRLS, stopping at a deviance change below 1e-8, so its β̂ and scale agree with the
/// closed form to about 1e-10 relative: rel 1e-8 for z, the log ratio and p. p-values also carry GSL's
/// versus SciPy's normal tail (~1e-15 relative), below those.
@Suite struct PeriodComparisonTests {
    struct ProportionCase: Decodable { let current: [Int64], baseline: [Int64], z: Double?, p: Double? }
    struct VolumeCase: Decodable {
        let name: String, baseline: [Double], current: [Double]
        let log_ratio: Double, se: Double, z: Double, p: Double, scale: Double
    }

    @Test(arguments: 0..<6)
    func proportionsMatchStatsmodels(index: Int) throws {
        let c = try FixtureFile<ProportionCase>.load("proportions_ztest").cases[index]
        let result = try PeriodComparison.proportions(current: c.current[0], of: c.current[1], baseline: c.baseline[0], of: c.baseline[1])
        expectClose(try #require(c.z), result.statistic, rel: 1e-12)
        expectClose(try #require(c.p), result.pValue, rel: 1e-10, abs: 1e-15)
        expectClose(Double(c.current[0]) / Double(c.current[1]) - Double(c.baseline[0]) / Double(c.baseline[1]), result.estimate)
        #expect(result.significant == (result.pValue < 0.05))
    }

    @Test(arguments: ["overdispersed_drop", "poisson_like_rise", "small_counts", "no_change"])
    func volumesMatchStatsmodelsGLM(name: String) throws {
        let c = try #require(try FixtureFile<VolumeCase>.load("quasi_poisson").cases.first { $0.name == name })
        let result = try PeriodComparison.volumes(current: c.current, baseline: c.baseline)
        expectClose(c.log_ratio, log(result.estimate), rel: 1e-8, abs: 1e-12, "log rate ratio")
        expectClose(c.z, result.statistic, rel: 1e-8, abs: 1e-12, "z")
        expectClose(c.p, result.pValue, rel: 1e-8, abs: 1e-15, "p")
        expectClose(exp(c.log_ratio) - 1, result.relativeChange, rel: 1e-8, abs: 1e-12, "relative change")
    }

    struct WorkingDayCase: Decodable {
        let name: String, baseline_days: [Double], current_days: [Double]
        let baseline_total: Double, current_total: Double, baseline_working_days: Int, current_working_days: Int
        let dispersion: Double, log_ratio: Double, se: Double, z: Double, p: Double, ratio_low: Double, ratio_high: Double
    }

    /// Volumes per working day (all applications ÷ working days) against statsmodels' GLM of the two
    /// totals with the working days as exposure and the daily counts' Pearson dispersion
    /// (`quasi_poisson_per_working_day.json`). The fit is saturated: statsmodels' IRLS stops with
    /// fitted means a few 1e-7 from the totals, which moves its se by up to 3e-6 relative and its log
    /// ratio by up to 2e-10 relative (a closed form here); hence rel 1e-9 for the log ratio, 1e-5 for z and p.
    @Test(arguments: ["overdispersed_fall_with_weekends", "poisson_like_rise", "small_counts", "no_change"])
    func volumesPerWorkingDayMatchStatsmodelsGLM(name: String) throws {
        let c = try #require(try FixtureFile<WorkingDayCase>.load("quasi_poisson_per_working_day").cases.first { $0.name == name })
        let r = try PeriodComparison.volumes(
            current: .init(total: c.current_total, workingDays: c.current_working_days, workingDayCounts: c.current_days),
            baseline: .init(total: c.baseline_total, workingDays: c.baseline_working_days, workingDayCounts: c.baseline_days))
        expectClose(c.log_ratio, log(r.estimate), rel: 1e-9, abs: 1e-14, "log ratio of volumes per working day")
        expectClose(c.z, r.statistic, rel: 1e-5, "z")
        expectClose(c.p, r.pValue, rel: 1e-5, "p")
        expectClose(c.current_total / Double(c.current_working_days), r.current, rel: 1e-15, "current per working day")
        #expect(r.method == .quasiPoisson)
        // exp(log ratio ± 1.96 se): the se's 3e-6 moves a bound by under 1e-6 relative.
        expectClose(c.ratio_low, try #require(r.low), rel: 1e-5, "the ratio's 95% interval, low")
        expectClose(c.ratio_high, try #require(r.high), rel: 1e-5, "the ratio's 95% interval, high")
        #expect((r.low! > 1 || r.high! < 1) == r.significant, "the interval excludes 1 exactly when p < 0.05")
    }

    struct ExactCase: Decodable { let name: String, current: Int64, current_days: Int, baseline: Int64, baseline_days: Int, p: Double }

    /// Outages (issue 10, item 2) against `scipy.stats.binomtest` (`exact_poisson.json`). Both sum the
    /// same binomial probabilities; SciPy's pmf and ours (log-gamma) differ by a few ulps per term, so
    /// rel 1e-9; `large` underflows to 0 in both.
    @Test(arguments: ["outage_one_day_after_one_day", "outage_month", "outage_small", "outage_weak",
                      "reopened_from_zero", "unequal_days", "not_an_outage", "large"])
    func exactVolumesMatchSciPy(name: String) throws {
        let c = try #require(try FixtureFile<ExactCase>.load("exact_poisson").cases.first { $0.name == name })
        let r = try PeriodComparison.exactVolumes(current: c.current, days: c.current_days, baseline: c.baseline, days: c.baseline_days)
        expectClose(c.p, r.pValue, rel: 1e-9, abs: 1e-300, "p")
        #expect(r.method == .exactConditionalPoisson)
    }

    /// By hand: 10 applications in five working days, then none in five: p = 2·2⁻¹⁰ (the two extreme
    /// outcomes, 0 and 10, are equally likely); a flagged outage.
    @Test func zeroCountOutageIsSignificant() throws {
        let r = try PeriodComparison.exactVolumes(current: 0, days: 5, baseline: 10, days: 5)
        expectClose(2.0 / 1024, r.pValue, rel: 1e-12)
        #expect(r.significant)
        #expect(r.estimate == 0 && r.relativeChange == -1)
        // The exact conditional bound at x₁ = 0, n = 10: π ≤ 1 − 0.025^(1/10) = 0.30850, ratio π/(1 − π).
        let pi = 1 - pow(0.025, 0.1)
        #expect(r.low == 0)
        expectClose(pi / (1 - pi), try #require(r.high), rel: 1e-12)
    }

    /// By hand: 60/100 against 50/100: pooled 0.55, se = √(0.55·0.45·0.02) = 0.070356, z = 1.42134.
    @Test func proportionsWorkedExample() throws {
        let r = try PeriodComparison.proportions(current: 60, of: 100, baseline: 50, of: 100)
        expectClose(0.1 / (0.55 * 0.45 * 0.02).squareRoot(), r.statistic)
        expectClose(0.2, r.relativeChange)
        #expect(!r.significant)
        #expect(r.method == .twoProportionZ)
    }

    @Test func equalDegenerateRatesAreNotSignificant() throws {
        let r = try PeriodComparison.proportions(current: 0, of: 30, baseline: 0, of: 20)
        #expect(r.statistic == 0 && r.pValue == 1)
        #expect(r.relativeChange.isNaN)
    }

    @Test func invalidInputsThrow() {
        #expect(throws: StatisticsError("comparing rates needs trials in both periods (baseline 0, current 5)")) {
            _ = try PeriodComparison.proportions(current: 1, of: 5, baseline: 0, of: 0)
        }
        #expect(throws: StatisticsError("comparing volumes needs some applications in each period (baseline 0.0, current 7.0)")) {
            _ = try PeriodComparison.volumes(current: [3, 4], baseline: [0, 0])
        }
        #expect(throws: StatisticsError("no day-to-day variation in either period: the dispersion cannot be estimated")) {
            _ = try PeriodComparison.volumes(current: [5, 5, 5], baseline: [4, 4])
        }
    }
}
