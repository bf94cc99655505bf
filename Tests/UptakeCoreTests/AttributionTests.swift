import Foundation
import Testing
import UptakeCore
import UptakeTestSupport

@Suite struct VolumeAttributionTests {
    /// By hand (the DocC example): A 100 → 50, B 100 → 100, C 0 → 10. F = 200, A = 160, change −40.
    /// EP: A −50/−40 = 1.25, B 0, C 10/−40 = −0.25. Surprise of A: p = 0.5, q = 50/160 = 0.3125,
    /// ½[0.5 ln(1/0.8125) + 0.3125 ln(0.625/0.8125)] = ½[0.103 820 + (−0.081 989)] = 0.010 915;
    /// of C: p = 0, q = 0.0625: ½·0.0625·ln 2 = 0.021 661; of B: p = 0.5, q = 0.625:
    /// ½[0.5 ln(1/1.125) + 0.625 ln(1.25/1.125)] = ½[−0.058 892 + 0.065 850] = 0.003 479.
    @Test func handWorked() {
        let a = VolumeAttribution([(id: "A", expected: 100, observed: 50), (id: "B", expected: 100, observed: 100), (id: "C", expected: 0, observed: 10)])
        expectClose(-40, a.change)
        let byID = Dictionary(uniqueKeysWithValues: a.contributions.map { ($0.id, $0) })
        expectClose(1.25, byID["A"]?.share ?? .nan)
        expectClose(0, byID["B"]?.share ?? .nan)
        expectClose(-0.25, byID["C"]?.share ?? .nan)
        expectClose(0.5 * (0.5 * log(1 / 0.8125) + 0.3125 * log(0.625 / 0.8125)), byID["A"]?.surprise ?? .nan)
        expectClose(0.010_915, byID["A"]?.surprise ?? .nan, rel: 1e-4)
        expectClose(0.021_661, byID["C"]?.surprise ?? .nan, rel: 1e-4)
        expectClose(0.003_479, byID["B"]?.surprise ?? .nan, rel: 1e-3)
        #expect(a.contributions.map(\.id) == ["A", "C", "B"])
        #expect(a.contributions.map(\.selected) == [true, false, false])
    }

    /// Zero baselines everywhere but one child, and a total that did not change: no NaN anywhere.
    @Test func zeroBaselinesAndNoChange() {
        let a = VolumeAttribution([(id: "new", expected: 0, observed: 30), (id: "old", expected: 30, observed: 0)])
        #expect(a.contributions.allSatisfy { $0.surprise.isFinite && $0.share == nil })
        expectClose(0.5 * log(2), a.contributions[0].surprise)
        let empty = VolumeAttribution([(id: "x", expected: 0, observed: 0)])
        #expect(empty.contributions[0].surprise == 0 && empty.contributions[0].share == nil)
    }

    /// A child that grew in proportion with the total has no surprise, however large.
    @Test func proportionalChildIsNotSurprising() {
        let a = VolumeAttribution([(id: "big", expected: 900, observed: 450), (id: "small", expected: 100, observed: 50)])
        #expect(a.contributions.allSatisfy { abs($0.surprise) < 1e-15 })
    }
}

@Suite struct RateGapTests {
    /// By hand: reference 40%; A 100/500 (20%), B 300/500 (60%): unit 40%, gap 0.
    /// A: (100 − 0.4·500)/1000 = −0.1, shortfall 100; B: +0.1, shortfall −100.
    @Test func handWorked() throws {
        let g = try RateGap([(id: "A", numerator: 100, denominator: 500), (id: "B", numerator: 300, denominator: 500)], reference: 0.4)
        expectClose(0, g.gap, abs: 1e-15)
        #expect(g.contributions.map(\.id) == ["A", "B"])
        expectClose(-0.1, g.contributions[0].points)
        expectClose(100, g.contributions[0].shortfall)
        expectClose(-100, g.contributions[1].shortfall)
        #expect(g.contributions[0].share == nil)
    }

    /// The sentence: a ward with 8,000 applications at 28.2% in a unit of 148,000 at 32.73%,
    /// against a national rate of 41.88%: it costs (0.4188·8000 − 2256)/148000 = 1094.4/148000 =
    /// 0.74 points, 1,094 applications. Parts sum to the gap exactly; a child without a denominator costs 0.
    @Test func partsSumToTheGap() throws {
        let g = try RateGap([(id: "thanh-xuan", numerator: 2256, denominator: 8000), (id: "rest", numerator: 46_184, denominator: 140_000),
                             (id: "empty", numerator: 0, denominator: 0)], reference: 0.4188)
        let tx = try #require(g.contributions.first { $0.id == "thanh-xuan" })
        expectClose(-1094.4 / 148_000, tx.points)
        expectClose(1094.4, tx.shortfall, rel: 1e-12)
        expectClose(g.gap, g.contributions.reduce(0) { $0 + $1.points }, rel: 1e-12)
        #expect(g.contributions.first { $0.id == "empty" }?.points == 0)
        #expect(throws: StatisticsError.self) { try RateGap([(id: "x", numerator: 0, denominator: 0)], reference: 0.5) }
    }
}

@Suite struct TwoProportionDifferenceTests {
    struct Case: Decodable { let name: String; let x1, n1, x2, n2: Int64; let z, p, low, high: Double }

    /// Against statsmodels (scripts/fixtures/make_explain_fixtures.py). Same closed forms (the Wilson
    /// bounds through GSL's normal quantile): 1e-9 relative.
    @Test func matchesStatsmodels() throws {
        let fixture = try FixtureFile<Case>.load("two_proportion_difference")
        for c in fixture.cases {
            let t = try TwoProportionDifference(c.x1, of: c.n1, versus: c.x2, of: c.n2)
            expectClose(c.low, t.low, rel: 1e-9, abs: 1e-12, c.name)
            expectClose(c.high, t.high, rel: 1e-9, abs: 1e-12, c.name)
            if c.name != "equal" { expectClose(c.z, t.statistic, rel: 1e-9, c.name) }
            expectClose(c.p, t.pValue, rel: 1e-9, abs: 1e-15, c.name)
        }
    }
}

@Suite struct PoissonRateRatioTests {
    struct Case: Decodable { let name, method: String; let x1, e1, x2, e2, ratio, low, high, p: Double }

    /// Against statsmodels' wald-log and exact-cond intervals (φ = 1), scipy's binomtest at a zero count.
    @Test func matchesStatsmodels() throws {
        let fixture = try FixtureFile<Case>.load("poisson_rate_ratio")
        for c in fixture.cases {
            let r = try PoissonRateRatio(count1: c.x1, exposure1: c.e1, count2: c.x2, exposure2: c.e2)
            #expect(r.method.rawValue == c.method, "\(c.name)")
            expectClose(c.ratio, r.ratio, rel: 1e-12, abs: 1e-15, c.name)
            expectClose(c.low, r.low, rel: 1e-9, abs: 1e-12, c.name)
            expectClose(c.high, r.high, rel: 1e-9, c.name)
            expectClose(c.p, r.pValue, rel: 1e-7, abs: 1e-15, c.name)
        }
    }

    /// Dispersion widens the log interval by √φ: with φ = 4 the half-width doubles.
    @Test func dispersionWidens() throws {
        let plain = try PoissonRateRatio(count1: 120, exposure1: 4, count2: 900, exposure2: 20)
        let wide = try PoissonRateRatio(count1: 120, exposure1: 4, count2: 900, exposure2: 20, dispersion: 4)
        expectClose(2 * log(plain.high / plain.ratio), log(wide.high / wide.ratio), rel: 1e-12)
        let floor = try PoissonRateRatio(count1: 120, exposure1: 4, count2: 900, exposure2: 20, dispersion: 0.2)
        #expect(floor.dispersion == 1)
        #expect(throws: StatisticsError.self) { try PoissonRateRatio(count1: 0, exposure1: 1, count2: 0, exposure2: 1) }
    }
}

@Suite struct CriterionRegressionTests {
    struct Case: Decodable {
        let name: String
        let criteria: [String]
        let numerators, denominators: [Double]
        let lacks: [[Int]]
        let params, bse, pvalues, low, high: [Double]
        let rsquared: Double
        let rsquared_alone: [Double]
    }

    /// Against statsmodels WLS: GSL's SVD solve against statsmodels' pinv, 1e-8 relative.
    @Test func matchesStatsmodelsWLS() throws {
        let c = try #require(try FixtureFile<Case>.load("criterion_regression").cases.first)
        let rows = c.numerators.indices.map { i in (numerator: c.numerators[i], denominator: c.denominators[i], lacks: c.lacks[i].map { $0 == 1 }) }
        let r = try CriterionRegression(criteria: c.criteria, rows: rows)
        #expect(r.constant == ["always_met"])
        #expect(r.effects.map(\.criterion) == ["signature", "guidance"])
        expectClose(c.params[0], r.intercept, rel: 1e-8)
        expectClose(c.rsquared, r.explained, rel: 1e-8)
        for (n, e) in r.effects.enumerated() {
            expectClose(c.params[n + 1], e.coefficient, rel: 1e-8, e.criterion)
            expectClose(c.bse[n + 1], e.standardError, rel: 1e-8, e.criterion)
            expectClose(c.pvalues[n + 1], e.pValue, rel: 1e-6, abs: 1e-300, e.criterion)
            expectClose(c.low[n + 1], e.low, rel: 1e-8, e.criterion)
            expectClose(c.high[n + 1], e.high, rel: 1e-8, e.criterion)
            expectClose(c.rsquared_alone[n], e.explainedAlone, rel: 1e-8, e.criterion)
        }
    }
}
