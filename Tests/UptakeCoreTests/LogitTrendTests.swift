import Foundation
import Testing
import UptakeCore
import UptakeTestSupport

/// LogitTrend against statsmodels' quasi-binomial GLM (scripts/fixtures/make_logit_trend_fixtures.py).
@Suite struct LogitTrendTests {
    struct Case: Decodable {
        let name: String
        let x: [Double]
        let successes: [Int64]
        let trials: [Int64]
        let target, at, confidence: Double
        let intercept, slope: Double
        let se_intercept, se_slope, cov_intercept_slope: Double
        let pearson, scale, df: Double
        let mean, low, high: Double
        let crossing: Double?
        let crossing_low: Double?
        let crossing_high: Double?
    }

    static let cases = (try? FixtureFile<Case>.load("logit_trend").cases) ?? []

    @Test func theFixturesAreThere() { #expect(Self.cases.count == 5) }

    /// Tolerances: IRLS stops at a relative change of 1e-12, statsmodels at its own 1e-8 deviance
    /// tolerance, so coefficients agree to about 1e-8 and what is computed from them likewise.
    @Test(arguments: cases.map(\.name)) func agreesWithStatsmodels(_ name: String) throws {
        let c = try #require(Self.cases.first { $0.name == name })
        let trend = try LogitTrend.fit(x: c.x, successes: c.successes, trials: c.trials)
        expectClose(c.intercept, trend.intercept, rel: 1e-7, abs: 1e-9, "intercept")
        expectClose(c.slope, trend.slope, rel: 1e-7, abs: 1e-9, "slope")
        expectClose(c.pearson, trend.pearsonDispersion, rel: 1e-6, "Pearson dispersion")
        expectClose(c.scale, trend.dispersion, rel: 1e-6, "dispersion (floored at 1)")
        #expect(Double(trend.degreesOfFreedom) == c.df)
        expectClose(c.se_slope, trend.varianceSlope.squareRoot(), rel: 1e-6, "se of the slope")
        expectClose(c.se_intercept, trend.varianceIntercept.squareRoot(), rel: 1e-6, "se of the intercept")
        expectClose(c.cov_intercept_slope, trend.covariance, rel: 1e-6, abs: 1e-12, "covariance")
        let p = try trend.rate(at: c.at, confidence: c.confidence)
        expectClose(c.mean, p.value, rel: 1e-7, "projected rate")
        expectClose(c.low, p.low, rel: 1e-6, "projection's low end")
        expectClose(c.high, p.high, rel: 1e-6, "projection's high end")
        let crossing = try trend.crossing(of: c.target, confidence: c.confidence)
        if let expected = c.crossing { expectClose(expected, try #require(crossing.x), rel: 1e-6, "crossing") }
        // The closed form (Fieller) against the band's crossings found numerically from statsmodels.
        #expect((crossing.low == nil) == (c.crossing_low == nil), "bounded crossing interval")
        if let low = c.crossing_low, let high = c.crossing_high {
            expectClose(low, try #require(crossing.low), rel: 1e-6, "crossing's low end")
            expectClose(high, try #require(crossing.high), rel: 1e-6, "crossing's high end")
        }
    }

    @Test func refusesWhatHasNoTrend() {
        #expect(throws: StatisticsError.self) { try LogitTrend.fit(x: [0, 1], successes: [1, 2], trials: [10, 10]) }
        #expect(throws: StatisticsError.self) { try LogitTrend.fit(x: [0, 1, 2], successes: [0, 0, 0], trials: [10, 10, 10]) }
        #expect(throws: StatisticsError.self) { try LogitTrend.fit(x: [0, 1, 2], successes: [10, 10, 10], trials: [10, 10, 10]) }
        // Months without trials do not count towards the three.
        #expect(throws: StatisticsError.self) { try LogitTrend.fit(x: [0, 1, 2], successes: [1, 0, 3], trials: [10, 0, 10]) }
    }
}
