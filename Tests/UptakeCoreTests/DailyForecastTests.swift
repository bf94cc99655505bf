import Foundation
import Testing
@testable import UptakeCore
import UptakeTestSupport

/// The forecast's count and share models against statsmodels (fixture `forecast.json`, made by
/// scripts/fixtures/make_forecast_fixtures.py).
///
/// Tolerances: α is the NB2 maximum-likelihood estimate, Newton's method in statsmodels (score below
/// 1e-12) against the bisection of the profile score here: 1e-6 relative, as in
/// NegativeBinomialRegressionTests; β then moves with α by about as much, so trends, weekday factors
/// and μ are compared at 1e-6 (counts have no trend). The shares' GLM is IRLS on both sides at Williams' ρ, the
/// root of its Pearson scale − 1 (regula falsi here to 1e-13, SciPy's brentq there to 1e-15): 1e-7. The count intervals are whole NB quantiles; none of the fixture's lies within 1e-6 of
/// a step of the distribution function (the nearest: 3e-6 of the tail probability), so they must agree exactly.
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

    /// A province-sized share (hundreds a day, logit noise) and a small commune's (a few a day, Beta noise, ρ 0.04).
    @Test(arguments: ["online_share", "small_share"])
    func sharesMatchStatsmodels(name: String) throws {
        let c = try Self.load(name)
        let (values, fit) = try DailyForecast.shares(numerator: c.numerator.withNaN, denominator: try #require(c.denominator),
                                                     types: Self.types(c.types), history: c.history, window: c.window)
        #expect(fit.days == c.days)
        expectClose(c.dispersion, fit.dispersion, rel: 1e-7, "Williams' ρ")
        expectClose(Self.weekdayFactors(c.coefficients), try #require(fit.weekdayFactors), rel: 1e-7, "weekday odds factors")
        expectClose(Foundation.exp(c.coefficients.last!) - 1, try #require(fit.trendPerDay), rel: 1e-7, "trend per day (odds)")
        // The intervals use the trials' count model, whose α is good to 1e-6.
        try Self.compare(c.forecast, values, rel: 1e-6, exactBounds: false)
    }

    /// E[1/N], P(share = 0) and P(share = 1) of a day whose trials are NB (given at least one) against SciPy's
    /// nbinom, binom and betabinom pmfs summed far into the tails. E[1/N] sums the same terms: 1e-12. The end
    /// points are products of N factors here and exp of log-gamma differences there, whose rounding grows
    /// with the log of a value as small as 1e-62: 1e-9.
    @Test func trialsOutlookMatchesScipy() throws {
        struct File: Decodable { let trials_outlook: [[Double?]] }
        let url = try #require(Bundle.module.url(forResource: "forecast", withExtension: "json", subdirectory: "Fixtures"))
        let rows = try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).trials_outlook
        #expect(rows.count >= 9)
        for row in rows {
            let values = row.map { $0 ?? .infinity }  // a null shape is Poisson
            let outlook = TrialsOutlook(mean: values[0], shape: values[1], share: values[2], rho: values[3])
            let note = "mean \(values[0]), shape \(values[1]), p \(values[2]), ρ \(values[3])"
            expectClose(values[4], outlook.meanInverse, rel: 1e-12, "E[1/N], \(note)")
            expectClose(values[5], outlook.allFail, rel: 1e-9, abs: 1e-300, "P(share = 0), \(note)")
            expectClose(values[6], outlook.allSucceed, rel: 1e-9, abs: 1e-300, "P(share = 1), \(note)")
        }
    }

    /// A small commune's day can see every application online: the interval reaches 1 there, as its quantile does.
    @Test func smallShareIntervalsReachTheEnds() throws {
        let c = try Self.load("small_share")
        #expect(c.forecast.contains { $0?[2] == 1 })
        let (values, _) = try DailyForecast.shares(numerator: c.numerator.withNaN, denominator: try #require(c.denominator),
                                                   types: Self.types(c.types), history: c.history, window: c.window)
        #expect(zip(c.forecast, values).allSatisfy { e, a in (e?[2] == 1) == (a?.high == 1) && (e?[1] == 0) == (a?.low == 0) })
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
