import Testing
import UptakeCore
import UptakeTestSupport

/// Wilson and Jeffreys against `statsmodels.stats.proportion.proportion_confint` (fixture
/// `proportion_confint.json`). Wilson is a closed form on the normal quantile (GSL's and SciPy's agree
/// to ~1e-15): rel 1e-12. Jeffreys inverts the Beta CDF iteratively in both GSL (`gsl_cdf_beta_Pinv`)
/// and SciPy (Boost's `ibeta_inv`), each to ~1e-12 relative or so: rel 1e-9 plus abs 1e-12 for bounds near 0.
/// Deliberate deviation: statsmodels leaves the Jeffreys bounds unadjusted at x = 0 and x = n (its docs:
/// "alpha is not adjusted at the boundaries"); Uptake sets the lower bound to 0 at x = 0 and the upper to
/// 1 at x = n (Brown, Cai & DasGupta 2001, §4.1.2), so those two bounds are pinned, not compared.
@Suite struct ProportionIntervalTests {
    struct Case: Decodable { let x: Int64, n: Int64, confidence: Double, wilson: [Double], jeffreys: [Double] }

    @Test(arguments: 0..<27)
    func matchesStatsmodels(index: Int) throws {
        let c = try FixtureFile<Case>.load("proportion_confint").cases[index]
        let wilson = try #require(try IntervalMethod.wilson.interval(successes: c.x, trials: c.n, confidence: c.confidence))
        expectClose(c.wilson[0], wilson.low, rel: 1e-12, abs: 1e-15, "wilson low \(c.x)/\(c.n) at \(c.confidence)")
        expectClose(c.wilson[1], wilson.high, rel: 1e-12, abs: 1e-15, "wilson high \(c.x)/\(c.n) at \(c.confidence)")
        let jeffreys = try #require(try IntervalMethod.jeffreys.interval(successes: c.x, trials: c.n, confidence: c.confidence))
        expectClose(c.x == 0 ? 0 : c.jeffreys[0], jeffreys.low, rel: 1e-9, abs: 1e-12, "jeffreys low \(c.x)/\(c.n) at \(c.confidence)")
        expectClose(c.x == c.n ? 1 : c.jeffreys[1], jeffreys.high, rel: 1e-9, abs: 1e-12, "jeffreys high \(c.x)/\(c.n) at \(c.confidence)")
    }

    struct LargeCase: Decodable { let successes: Int64, trials: Int64, confidence: Double, low: Double, high: Double }

    /// Province volumes, where GSL's beta quantile gives up: SciPy's `beta.ppf` to 1e-9 relative
    /// (the bisection stops at 1e-13 relative; GSL's incomplete beta is the limit there).
    @Test(arguments: 0..<6)
    func jeffreysAtProvinceVolumesMatchesSciPy(index: Int) throws {
        let file = try FixtureFile<LargeCase>.load("jeffreys_large_n")
        let c = file.cases[index]
        let i = try #require(try IntervalMethod.jeffreys.interval(successes: c.successes, trials: c.trials, confidence: c.confidence))
        expectClose(c.low, i.low, rel: 1e-9)
        expectClose(c.high, i.high, rel: 1e-9)
    }

    @Test func fixtureHasEveryCase() throws {
        #expect(try FixtureFile<Case>.load("proportion_confint").cases.count == 27)
    }
}
