import Foundation
import Testing
import UptakeCore
import UptakeTestSupport

/// Beta-binomial tails against SciPy (`anomaly_b_betabinom.json`) and the moment fit against a numpy
/// re-implementation of the formula (`anomaly_b_share_baseline.json`).
///
/// Tolerances: the tails are exact pmf ratios summed from a log pmf built from GSL's ln B; SciPy's
/// `betabinom.cdf` sums its own pmf from `betaln`, so both agree to ~1e-13: 1e-10 relative. The
/// moment fit is a closed form of a few sums: 1e-12 relative; its p (SciPy) 1e-10.
@Suite struct ShareBaselineTests {
    struct TailCase: Decodable { let kind: String, n: Int64, a: Double, b: Double?, x: Int64, cdf: Double, logpmf: Double }
    struct FitCase: Decodable {
        let name: String, successes: [Double?], trials: [Double?], share: Double, rho: Double, days: Int
        let alpha: Double?, beta: Double?, test_successes: Int64, test_trials: Int64, p: Double
    }

    @Test(arguments: 0..<12)
    func tailsMatchSciPy(index: Int) throws {
        let c = try FixtureFile<TailCase>.load("anomaly_b_betabinom").cases[index]
        let distribution = try c.kind == "binom"
            ? BetaBinomialDistribution(binomialTrials: c.n, share: c.a)
            : BetaBinomialDistribution(trials: c.n, alpha: c.a, beta: try #require(c.b))
        expectClose(c.cdf, distribution.lowerTail(c.x), rel: 1e-10, "P(X ≤ \(c.x))")
        expectClose(c.logpmf, distribution.logProbability(c.x), rel: 1e-11, abs: 1e-12, "ln P(X = \(c.x))")
    }

    @Test(arguments: ["overdispersed_40_days", "large_n", "near_binomial_with_gaps", "all_zero", "all_one"])
    func fitMatchesFormula(name: String) throws {
        let c = try #require(try FixtureFile<FitCase>.load("anomaly_b_share_baseline").cases.first { $0.name == name })
        let baseline = try ShareBaseline.fit(successes: c.successes.withNaN, trials: c.trials.withNaN)
        expectClose(c.share, baseline.share, rel: 1e-12, "π̂")
        expectClose(c.rho, baseline.intraclassCorrelation, rel: 1e-10, abs: 1e-15, "ρ̂")
        #expect(baseline.days == c.days)
        if let alpha = c.alpha, let beta = c.beta {
            expectClose(alpha, baseline.alpha, rel: 1e-10)
            expectClose(beta, baseline.beta, rel: 1e-10)
        } else {
            #expect(baseline.alpha.isInfinite)
        }
        let result = try #require(try baseline.collapse(successes: c.test_successes, trials: c.test_trials))
        expectClose(c.p, result.pValue, rel: 1e-10, "P(X ≤ x)")
    }

    /// A portal failure: the share falls from ~55% to 3 of 40. Flagged, with a small p.
    @Test func collapseIsFlagged() throws {
        let c = try #require(try FixtureFile<FitCase>.load("anomaly_b_share_baseline").cases.first { $0.name == "overdispersed_40_days" })
        let baseline = try ShareBaseline.fit(successes: c.successes.withNaN, trials: c.trials.withNaN)
        let collapse = try #require(try baseline.collapse(successes: 3, trials: 40))
        #expect(collapse.isFlagged())
        #expect(try #require(try baseline.collapse(successes: 20, trials: 40)).isFlagged() == false)
    }

    @Test func guards() throws {
        let baseline = try ShareBaseline.fit(successes: [0, 0, 0], trials: [10, 12, 9])
        #expect(try baseline.collapse(successes: 0, trials: 0) == nil)
        expectClose(0.5 / 32, baseline.share)
        // All-zero baseline: a day at 0 is no collapse (P(X ≤ 0) = (1 − 0.5/32)¹⁰).
        let zero = try #require(try baseline.collapse(successes: 0, trials: 10))
        expectClose(pow(1 - 0.5 / 32, 10), zero.pValue, rel: 1e-12)
        #expect(!zero.isFlagged())
        // All-one baseline: 2 of 10 is a collapse.
        let ones = try ShareBaseline.fit(successes: [10, 12, 9], trials: [10, 12, 9])
        #expect(try #require(try ones.collapse(successes: 2, trials: 10)).isFlagged())
        #expect(throws: StatisticsError("a share baseline needs at least 2 days with applications (got 1)")) {
            _ = try ShareBaseline.fit(successes: [3, 0, .nan], trials: [5, 0, 4])
        }
        #expect(throws: StatisticsError("each day's successes must be a whole number between 0 and its trials (6.0 of 5.0)")) {
            _ = try ShareBaseline.fit(successes: [6, 1], trials: [5, 4])
        }
        #expect(throws: StatisticsError("successes must lie between 0 and the trials (5 of 4)")) {
            _ = try baseline.collapse(successes: 5, trials: 4)
        }
        #expect(throws: StatisticsError("beta-binomial shapes must be positive and finite (α=0.0, β=1.0)")) {
            _ = try BetaBinomialDistribution(trials: 3, alpha: 0, beta: 1)
        }
    }
}
