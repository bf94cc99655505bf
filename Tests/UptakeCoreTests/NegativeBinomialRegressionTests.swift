import Foundation
import Testing
import UptakeCore
import UptakeTestSupport

/// The NB2 GLM against statsmodels (fixture `anomaly_b_nb_glm.json`).
///
/// Tolerances: with α fixed both sides run IRLS to convergence (statsmodels at a deviance change of
/// 1e-14, here no coefficient moving by 1e-11), and GSL's SVD solve and statsmodels' pinv agree to
/// ~1e-13; but statsmodels stops on the deviance change, which is quadratic in β's error, so its β is
/// good to about √1e-14 = 1e-7: β and μ within 1e-7 relative (1e-9 absolute near 0), standard errors
/// 1e-7, ln L 1e-10.
/// The ML α comes from Newton's method on all parameters (statsmodels, gradient tolerance 1e-14)
/// against bisection of the profile score here: 1e-6 relative.
@Suite struct NegativeBinomialRegressionTests {
    struct Case: Decodable {
        let name: String, counts: [Double?], schedule: [UInt8], trend: Bool
        let fixed_alpha: Double, fixed_params: [Double], fixed_bse: [Double], fixed_llf: Double, fixed_fitted: [Double], rows: [Int]
        let ml_alpha: Double, ml_params: [Double], ml_llf: Double, ml_glm_bse: [Double]
    }
    static let names = ["year_theta5_level30", "window_120_theta5_level80", "window_84_theta20_level12_no_trend", "window_200_theta2_level300"]

    static func load(_ name: String) throws -> Case {
        try #require(try FixtureFile<Case>.load("anomaly_b_nb_glm").cases.first { $0.name == name })
    }

    @Test(arguments: names)
    func fixedDispersionMatchesStatsmodelsGLM(name: String) throws {
        let c = try Self.load(name)
        let fit = try NegativeBinomialRegression.fit(counts: c.counts.withNaN, schedule: try WorkingDaySchedule(weekdays: c.schedule),
                                                     trend: c.trend, dispersion: c.fixed_alpha)
        expectClose(c.fixed_params, fit.coefficients, rel: 1e-7, abs: 1e-9, "β")
        expectClose(c.fixed_bse, fit.standardErrors, rel: 1e-7, "standard errors")
        expectClose(c.fixed_llf, fit.logLikelihood, rel: 1e-10, "log-likelihood")
        expectClose(c.fixed_fitted, c.rows.map { fit.expected[$0] }, rel: 1e-7, "μ")
        #expect(fit.observations == c.rows.count)
    }

    @Test(arguments: names)
    func maximumLikelihoodMatchesStatsmodelsDiscreteNB(name: String) throws {
        let c = try Self.load(name)
        let fit = try NegativeBinomialRegression.fit(counts: c.counts.withNaN, schedule: try WorkingDaySchedule(weekdays: c.schedule), trend: c.trend)
        expectClose(c.ml_alpha, fit.dispersion, rel: 1e-6, "α")
        expectClose(c.ml_params, fit.coefficients, rel: 1e-6, abs: 1e-8, "β at the ML α")
        expectClose(c.ml_llf, fit.logLikelihood, rel: 1e-9, "log-likelihood")
        expectClose(c.ml_glm_bse, fit.standardErrors, rel: 1e-5, "standard errors")
    }

    /// Equidispersed (Poisson) data: the ML α is 0 and the fit is the Poisson GLM.
    @Test func poissonDataGiveZeroDispersion() throws {
        // Every weekday's counts equal its mean ± a little: less spread than Poisson.
        let weekdays: [UInt8] = (0..<70).map { UInt8($0 % 7 + 1) }.map { $0 > 5 ? 0 : $0 }
        let counts = weekdays.enumerated().map { i, w in w == 0 ? 0 : Double(20 + Int(w) + (i % 2)) }
        let fit = try NegativeBinomialRegression.fit(counts: counts, schedule: try WorkingDaySchedule(weekdays: weekdays), trend: false)
        #expect(fit.dispersion == 0)
        #expect(fit.shape == .infinity)
        #expect(fit.expected[5].isNaN)
        expectClose(5.0, Double(fit.weekdayFactors.count))
    }

    @Test func invalidInputsThrow() throws {
        let schedule = try WorkingDaySchedule(weekdays: [1, 2, 3, 4, 5, 0, 0, 1, 2, 3, 4, 5])
        #expect(throws: StatisticsError("fitting the count model needs at least 8 worked days with counts (got 7)")) {
            _ = try NegativeBinomialRegression.fit(counts: [1, 2, 3, 4, 5, 0, 0, 1, 2, .nan, .nan, .nan], schedule: schedule)
        }
        #expect(throws: StatisticsError("fitting weekday effects needs every weekday Monday–Friday; ISO weekday 5 has no counted day")) {
            _ = try NegativeBinomialRegression.fit(counts: [1, 2, 3, 4, .nan, 0, 0, 1, 2, 3, 4, .nan], schedule: schedule, trend: false)
        }
        #expect(throws: StatisticsError("fitting the count model needs some applications (every counted day is 0)")) {
            _ = try NegativeBinomialRegression.fit(counts: [Double](repeating: 0, count: 12), schedule: schedule, trend: false)
        }
        #expect(throws: StatisticsError("daily counts must be non-negative and finite, or NaN when missing (day 2: -3.0)")) {
            _ = try NegativeBinomialRegression.fit(counts: [1, 2, -3, 4, 5, 0, 0, 1, 2, 3, 4, 5], schedule: schedule)
        }
        #expect(throws: StatisticsError("the NB dispersion α must be finite and non-negative (α=-0.1)")) {
            _ = try NegativeBinomialRegression.fit(counts: [1, 2, 3, 4, 5, 0, 0, 1, 2, 3, 4, 5], schedule: schedule, dispersion: -0.1)
        }
        #expect(throws: StatisticsError("a working-day schedule holds 0 (not worked) or an ISO weekday 1–7; day 1 has 9")) {
            _ = try WorkingDaySchedule(weekdays: [1, 9])
        }
    }
}
