import Foundation
import Testing
import UptakeCore
import UptakeTestSupport

/// NB and Poisson tail probabilities against SciPy and mpmath (fixture `anomaly_b_nb_tails.json`).
///
/// Tolerance: ln P within 1e-10 absolute, i.e. P within 1e-10 relative. The Swift tails are exact pmf
/// ratios summed from a log pmf built from GSL's ln B (about 1e-15 relative each), so they agree with
/// mpmath's 60-digit incomplete beta to ~1e-13. SciPy is checked at the same tolerance where it agrees
/// with mpmath to 1e-10; it does not in two cases (Poisson μ = 10⁶ upper tail, off by 4.6e-6 relative,
/// and ln P(Y ≤ 0 | μ = 1000), where `poisson.logcdf` gives −∞), which are checked against mpmath only.
/// Counts in the millions with θ < 10 and the tail in the bulk (more than 4,000 terms) fall back to
/// GSL's incomplete beta, whose ln(1 − x) for x near 1 (or its AS 26.5.17 form for a shape over 10⁵)
/// is good to ~1e-9: 1e-9 there (`huge_*` cases).
@Suite struct CountTailTests {
    struct Case: Decodable {
        let name: String, y: Double, mean: Double, shape: Double?
        let lower: Double?, upper: Double?, log_lower: Double?, log_upper: Double?
        let mp_log_lower: Double, mp_log_upper: Double
    }
    static let names = [
        "zero_at_30_theta5", "zero_at_30_poisson", "zero_at_30_theta1e6", "three_at_30_theta5", "ten_at_30_theta5",
        "bulk_25_at_30_theta5", "spike_60_at_30_theta5", "spike_100_at_30_theta5", "spike_60_at_30_poisson",
        "ten_at_30_theta1e4", "spike_60_at_30_theta1e4", "heavy_zero", "heavy_spike", "small_mean_zero", "small_mean_spike",
        "huge_drop_90pct_theta5", "huge_drop_50pct_theta5", "huge_spike_theta5", "huge_drop_10pct_theta50",
        "huge_drop_40pct_theta50", "huge_poisson_minus4sd", "huge_poisson_plus5sd", "zero_at_1e6_theta5",
        "zero_at_1000_poisson", "mean_exact_30",
    ]

    @Test(arguments: names)
    func tailsMatchReferences(name: String) throws {
        let c = try #require(try FixtureFile<Case>.load("anomaly_b_nb_tails").cases.first { $0.name == name })
        let model = try NegativeBinomialDistribution(mean: c.mean, shape: c.shape ?? .infinity)
        let lower = model.logLowerTail(c.y), upper = model.logUpperTail(c.y)
        let tolerance = name.hasPrefix("huge_") && c.shape != nil ? 1e-9 : 1e-10
        expectClose(c.mp_log_lower, lower, rel: 0, abs: tolerance, "ln P(Y ≤ y) against mpmath")
        expectClose(c.mp_log_upper, upper, rel: 0, abs: tolerance, "ln P(Y ≥ y) against mpmath")
        if let scipy = c.log_lower, Swift.abs(scipy - c.mp_log_lower) < 1e-10 {
            expectClose(scipy, lower, rel: 0, abs: tolerance, "ln P(Y ≤ y) against SciPy")
            expectClose(try #require(c.lower), model.lowerTail(c.y), rel: tolerance, abs: 1e-300, "P(Y ≤ y) against SciPy")
        }
        if let scipy = c.log_upper, Swift.abs(scipy - c.mp_log_upper) < 1e-10 {
            expectClose(scipy, upper, rel: 0, abs: tolerance, "ln P(Y ≥ y) against SciPy")
            expectClose(try #require(c.upper), model.upperTail(c.y), rel: tolerance, abs: 1e-300, "P(Y ≥ y) against SciPy")
        }
    }

    /// P(Y ≤ y) + P(Y ≥ y + 1) = 1 for every y, across the bulk/tail switch and both summation directions.
    @Test(arguments: [(30.0, 5.0), (30.0, .infinity), (0.4, 0.3), (2500.0, 12.0), (12.0, 0.8)])
    func tailsAreComplementary(mean: Double, shape: Double) throws {
        let model = try NegativeBinomialDistribution(mean: mean, shape: shape)
        for y in stride(from: 0.0, through: mean * 3 + 10, by: max(1, (mean / 40).rounded())) {
            expectClose(1, model.lowerTail(y) + model.upperTail(y + 1), rel: 1e-12, "y=\(y)")
        }
    }

    /// By hand: P(Y = 0) = (θ/(θ + μ))^θ = (5/35)⁵ = 5.9499e-5; score 4.2255; severity minor.
    @Test func zeroDayWorkedExample() throws {
        let model = try NegativeBinomialDistribution(mean: 30, shape: 5)
        expectClose(pow(5.0 / 35.0, 5), model.lowerTail(0), rel: 1e-13)
        expectClose(-log10(pow(5.0 / 35.0, 5)), model.score(lowerTail: 0), rel: 1e-13)
        #expect(AnomalySeverity(score: model.score(lowerTail: 0)) == .minor)
        #expect(model.lowerTail(0) < DetectionThreshold.standard.pValue)
        #expect(model.lowerTail(-1) == 0 && model.upperTail(0) == 1 && model.lowerTail(.nan).isNaN)
    }

    @Test func thresholdAndSeverity() throws {
        let threshold = try DetectionThreshold(falseFlagsPerThousandSeriesDays: 1)
        expectClose(1e-3, threshold.pValue)
        expectClose(3, threshold.score)
        expectClose(4, DetectionThreshold.standard.score)
        #expect(AnomalySeverity(score: 2.9) == .none && AnomalySeverity(score: 5) == .major && AnomalySeverity(score: 12) == .critical)
        #expect(AnomalySeverity.minor < .critical)
    }

    @Test func invalidParametersThrow() {
        #expect(throws: StatisticsError("a count distribution needs a finite, non-negative mean (mean=-1.0)")) {
            _ = try NegativeBinomialDistribution(mean: -1, shape: 5)
        }
        #expect(throws: StatisticsError("a negative-binomial shape must be positive or infinite (shape=0.0)")) {
            _ = try NegativeBinomialDistribution(mean: 3, shape: 0)
        }
        #expect(throws: StatisticsError("a false-flag rate must lie strictly between 0 and 1000 per 1,000 series-days (rate=0.0)")) {
            _ = try DetectionThreshold(falseFlagsPerThousandSeriesDays: 0)
        }
    }
}
