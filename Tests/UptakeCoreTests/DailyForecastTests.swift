import Foundation
import Testing
import UptakeCore
import UptakeTestSupport

/// The forecast's count and share models against statsmodels (fixture `forecast.json`, made by
/// scripts/fixtures/make_forecast_fixtures.py).
///
/// Tolerances: α is the NB2 maximum-likelihood estimate, Newton's method in statsmodels (score below
/// 1e-12) against the bisection of the profile score here: 1e-6 relative, as in
/// NegativeBinomialRegressionTests; β then moves with α by about as much, so trends, weekday factors
/// and μ are compared at 1e-6 (counts have no trend). The shares' GLM is IRLS on both sides with no dispersion to estimate
/// first: 1e-7. The count intervals are whole NB quantiles; none of the fixture's lies within 1e-6 of
/// a step of the distribution function, so they must agree exactly.
@Suite struct DailyForecastTests {
    struct Case: Decodable {
        let name: String, kind: String, types: [String], numerator: [Double?], denominator: [Double]?
        let history: Int, window: Int, coefficients: [Double], dispersion: Double, days: Int
        let forecast: [[Double]?]
    }

    static func load(_ name: String) throws -> Case {
        try #require(try FixtureFile<Case>.load("forecast").cases.first { $0.name == name })
    }

    static func types(_ names: [String]) -> [ForecastDayType] {
        names.map { name in
            switch name {
            case "sat": .saturday
            case "closed": .closed
            default: .working(weekday: Int(name.dropFirst())!)
            }
        }
    }

    static func weekdayFactors(_ beta: [Double]) -> [Double] {
        let effects = Array(beta[1...4])
        return (effects + [-effects.reduce(0, +)]).map { Foundation.exp($0) }
    }

    @Test(arguments: ["province", "commune"])
    func countsMatchStatsmodels(name: String) throws {
        let c = try Self.load(name)
        let (values, fit) = try DailyForecast.counts(c.numerator.withNaN, types: Self.types(c.types), history: c.history, window: c.window)
        #expect(fit.days == c.days)
        expectClose(c.dispersion, fit.dispersion, rel: 1e-6, "α")
        #expect(fit.trendPerDay == nil)
        expectClose(Self.weekdayFactors(c.coefficients), try #require(fit.weekdayFactors), rel: 1e-6, "weekday factors")
        try Self.compare(c.forecast, values, rel: 1e-6, exactBounds: true)
    }

    @Test func sharesMatchStatsmodels() throws {
        let c = try Self.load("online_share")
        let (values, fit) = try DailyForecast.shares(numerator: c.numerator.withNaN, denominator: try #require(c.denominator),
                                                     types: Self.types(c.types), history: c.history, window: c.window)
        #expect(fit.days == c.days)
        expectClose(c.dispersion, fit.dispersion, rel: 1e-7, "φ")
        expectClose(Self.weekdayFactors(c.coefficients), try #require(fit.weekdayFactors), rel: 1e-7, "weekday odds factors")
        expectClose(Foundation.exp(c.coefficients.last!) - 1, try #require(fit.trendPerDay), rel: 1e-7, "trend per day (odds)")
        // The intervals use the trials' count model, whose α is good to 1e-6.
        try Self.compare(c.forecast, values, rel: 1e-6, exactBounds: false)
    }

    /// The commune's Sundays and holiday were all 0: forecast 0 with [0, 0], not left out.
    @Test func closedDaysWithoutApplicationsAreForecastZero() throws {
        let c = try Self.load("commune")
        let types = Self.types(c.types)
        let (values, _) = try DailyForecast.counts(c.numerator.withNaN, types: types, history: c.history, window: c.window)
        let closed = (c.history..<types.count).filter { types[$0] == .closed }
        #expect(!closed.isEmpty)
        #expect(closed.allSatisfy { values[$0 - c.history] == ForecastValue(expected: 0, low: 0, high: 0) })
    }

    static func compare(_ expected: [[Double]?], _ actual: [ForecastValue?], rel: Double, exactBounds: Bool,
                        sourceLocation: SourceLocation = #_sourceLocation) throws {
        try #require(expected.count == actual.count, sourceLocation: sourceLocation)
        for (e, a) in zip(expected, actual) {
            guard let e else { #expect(a == nil, sourceLocation: sourceLocation); continue }
            let a = try #require(a, sourceLocation: sourceLocation)
            expectClose(e[0], a.expected, rel: rel, "expected", sourceLocation: sourceLocation)
            expectClose(e[1], a.low, rel: exactBounds ? 0 : rel, "low", sourceLocation: sourceLocation)
            expectClose(e[2], a.high, rel: exactBounds ? 0 : rel, "high", sourceLocation: sourceLocation)
        }
    }
}
