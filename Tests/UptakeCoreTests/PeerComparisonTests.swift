import Foundation
import Testing
import UptakeCore
import UptakeTestSupport

/// Funnel limits with the overdispersion allowance and empirical-Bayes shrinkage against a numpy/SciPy
/// re-implementation of Spiegelhalter's formulas (fixture `anomaly_b_funnel.json`).
///
/// Tolerances: z, φ̂, τ̂² and the limits are closed forms of sums (1e-12 relative; φ̂ 1e-11 for the
/// percentile interpolation); p-values use GSL's normal tail against SciPy's (1e-10); the posterior
/// intervals are quantile inversions, GSL's `beta_Pinv` against SciPy's `beta.ppf` (1e-8).
@Suite struct PeerComparisonTests {
    struct Limit: Decodable { let trials: Double, coverage: Double, low: Double, high: Double }
    struct Case: Decodable {
        let name: String, successes: [Int64], trials: [Int64], target: Double, adjust: Bool, phi: Double, tau2: Double
        let z: [Double?], adjusted_z: [Double?], p_below: [Double?], limits: [Limit]
        let prior_share: Double, prior_rho: Double, shrunk: [Double], low: [Double], high: [Double]
    }
    static let names = ["communes_with_small_and_large", "no_overdispersion", "unadjusted"]

    static func units(_ c: Case) -> [UnitCount] {
        zip(c.successes, c.trials).map { UnitCount(successes: $0, trials: $1) }
    }

    @Test(arguments: names)
    func funnelMatchesReimplementation(name: String) throws {
        let c = try #require(try FixtureFile<Case>.load("anomaly_b_funnel").cases.first { $0.name == name })
        let funnel = try FunnelComparison.compare(Self.units(c), target: c.target, adjustForOverdispersion: c.adjust)
        expectClose(c.phi, funnel.overdispersion, rel: 1e-11, "φ̂")
        expectClose(c.tau2, funnel.betweenUnitVariance, rel: 1e-10, abs: 1e-16, "τ̂²")
        expectClose(c.z.withNaN, funnel.units.map(\.z), rel: 1e-12, abs: 1e-13, "z")
        expectClose(c.adjusted_z.withNaN, funnel.units.map(\.adjustedZ), rel: 1e-10, abs: 1e-12, "zᴰ")
        expectClose(c.p_below.withNaN, funnel.units.map(\.pBelow), rel: 1e-9, abs: 1e-300, "P(Z ≤ zᴰ)")
        for limit in c.limits {
            let range = try funnel.limits(trials: limit.trials, coverage: limit.coverage)
            expectClose(limit.low, range.lowerBound, rel: 1e-10, abs: 1e-14, "low at n=\(limit.trials), \(limit.coverage)")
            expectClose(limit.high, range.upperBound, rel: 1e-10, abs: 1e-14, "high at n=\(limit.trials), \(limit.coverage)")
        }
    }

    @Test(arguments: names)
    func shrinkageMatchesReimplementation(name: String) throws {
        let c = try #require(try FixtureFile<Case>.load("anomaly_b_funnel").cases.first { $0.name == name })
        let shrinkage = try RateShrinkage.shrink(Self.units(c))
        expectClose(c.prior_share, shrinkage.prior.share, rel: 1e-12, "prior mean")
        expectClose(c.prior_rho, shrinkage.prior.intraclassCorrelation, rel: 1e-10, "prior ρ")
        expectClose(c.shrunk, shrinkage.units.map(\.rate), rel: 1e-10, "posterior mean")
        expectClose(c.low, shrinkage.units.map(\.low), rel: 1e-8, "posterior 2.5%")
        expectClose(c.high, shrinkage.units.map(\.high), rel: 1e-8, "posterior 97.5%")
    }

    /// A commune at 0 of 9 against a unit at 1,200 of 3,000 (40%) when the target is 60%: the small
    /// commune is not the more extreme. Its adjusted z is less negative, its shrunk rate is back near
    /// the prior mean with an interval reaching the target, while the large unit stays at 40% with an
    /// interval far below the target.
    @Test func smallZeroCommuneIsNotMoreExtremeThanLargeLaggard() throws {
        let c = try #require(try FixtureFile<Case>.load("anomaly_b_funnel").cases.first { $0.name == "communes_with_small_and_large" })
        let units = Self.units(c)
        let small = units.count - 3, large = units.count - 2
        #expect(units[small] == UnitCount(successes: 0, trials: 9) && units[large] == UnitCount(successes: 1200, trials: 3000))
        let funnel = try FunnelComparison.compare(units, target: 0.6)
        #expect(funnel.units[small].adjustedZ > funnel.units[large].adjustedZ)
        #expect(funnel.units[small].pBelow > funnel.units[large].pBelow)
        let shrinkage = try RateShrinkage.shrink(units)
        #expect(shrinkage.units[small].rate > 0.45 && shrinkage.units[small].high > 0.6)
        #expect(shrinkage.units[large].high < 0.45)
        #expect(shrinkage.units[small].rate > shrinkage.units[large].rate)
        // The unit without trials keeps NaN scores and gets the prior.
        #expect(funnel.units[units.count - 1].z.isNaN)
    }

    @Test func invalidInputsThrow() throws {
        let units = [UnitCount(successes: 3, trials: 10), UnitCount(successes: 5, trials: 10)]
        #expect(throws: StatisticsError("a funnel plot needs a target rate strictly between 0 and 1 (target=1.0)")) {
            _ = try FunnelComparison.compare(units, target: 1)
        }
        #expect(throws: StatisticsError("a funnel plot needs at least 2 units with trials (got 1)")) {
            _ = try FunnelComparison.compare([UnitCount(successes: 3, trials: 10), UnitCount(successes: 0, trials: 0)], target: 0.5)
        }
        #expect(throws: StatisticsError("successes must lie between 0 and the trials (11 of 10)")) {
            _ = try FunnelComparison.compare([UnitCount(successes: 11, trials: 10)], target: 0.5)
        }
        #expect(throws: StatisticsError("funnel limits need trials > 0 and a coverage strictly between 0 and 1 (trials=0.0, coverage=0.95)")) {
            _ = try FunnelComparison.compare(units, target: 0.5).limits(trials: 0, coverage: 0.95)
        }
        #expect(throws: StatisticsError("confidence must lie strictly between 0 and 1 (confidence=1.0)")) {
            _ = try RateShrinkage.shrink(units, confidence: 1)
        }
    }
}
