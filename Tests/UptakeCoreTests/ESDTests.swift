import Testing
import UptakeCore
import UptakeTestSupport

/// Generalized ESD against PyAstronomy's `pyasl.generalizedESD(..., ubvar=True)` (`anomaly_esd.json`), and
/// seasonal hybrid ESD against the fixture script's port of Twitter's `AnomalyDetection` on statsmodels'
/// STL (`anomaly_shesd.json`).
///
/// Indices are compared exactly. `R_i`: a mean and standard deviation (or median and MAD) of ≤ 140 values,
/// 1e-9 relative. `λ_i` goes through GSL's `gsl_cdf_tdist_Pinv` against SciPy's `t.ppf`, two different
/// inversions of the t distribution that agree within 1e-13 relative at these tails (checked for n up to
/// 150 and α 0.05, 0.01); 1e-11 relative.
/// S-H-ESD residuals go through STL (16 × 2 loess passes; see STLTests), 1e-9 relative plus 1e-9 absolute.
@Suite struct ESDTests {
    struct Case: Decodable {
        let name: String
        let input: [Double]
        let max_outliers: Int, alpha: Double
        let outliers: [Int], removed: [Int], statistics: [Double], critical_values: [Double]
    }

    struct SeasonalCase: Decodable {
        let name: String
        let input: [Double?]
        let max_anomalies: Double, alpha: Double, alternative: String
        let residual: [Double?], anomalies: [Int], removed: [Int], statistics: [Double], critical_values: [Double]
    }

    static let names = ["rosner_style", "no_outliers", "counts_with_spikes", "alpha_01", "small_n"]
    static let seasonalNames = ["spikes_two_sided", "spikes_upper", "dip_lower", "clean_weekly", "missing_days"]

    @Test(arguments: names)
    func generalizedESDMatchesPyAstronomy(name: String) throws {
        let c = try #require(try FixtureFile<Case>.load("anomaly_esd").cases.first { $0.name == name })
        let result = try GeneralizedESD(maxOutliers: c.max_outliers, alpha: c.alpha).test(c.input)
        #expect(result.outliers == c.outliers)
        #expect(result.removed == c.removed)
        expectClose(c.statistics, result.statistics, rel: 1e-9, "R")
        expectClose(c.critical_values, result.criticalValues, rel: 1e-11, "λ")
    }

    @Test(arguments: seasonalNames)
    func seasonalHybridESDMatchesTheReferencePort(name: String) throws {
        let c = try #require(try FixtureFile<SeasonalCase>.load("anomaly_shesd").cases.first { $0.name == name })
        let alternative = try #require(ESDAlternative(rawValue: c.alternative))
        let detector = try SeasonalHybridESD(maxAnomalies: c.max_anomalies, alpha: c.alpha, alternative: alternative)
        let result = try detector.detect(c.input.withNaN)
        expectClose(c.residual.withNaN, result.residual, rel: 1e-9, abs: 1e-9, "residual")
        #expect(result.anomalies == c.anomalies)
        #expect(result.esd.removed == c.removed)
        expectClose(c.statistics, result.esd.statistics, rel: 1e-9, abs: 1e-9, "R")
        expectClose(c.critical_values, result.esd.criticalValues, rel: 1e-11, "λ")
    }

    @Test func fixturesCoverEveryCase() throws {
        #expect(try FixtureFile<Case>.load("anomaly_esd").cases.map(\.name).sorted() == Self.names.sorted())
        #expect(try FixtureFile<SeasonalCase>.load("anomaly_shesd").cases.map(\.name).sorted() == Self.seasonalNames.sorted())
    }

    /// ⌊n·maxAnomalies⌋ = 0 (14 days × 0.05): nothing is looked for, the residual is still returned.
    @Test func seasonalHybridESDWithRoomForNoAnomaly() throws {
        let series: [Double] = [10, 12, 11, 13, 12, 4, 3, 11, 12, 10, 14, 12, 5, 4]
        let result = try SeasonalHybridESD(maxAnomalies: 0.05).detect(series)
        #expect(result.anomalies.isEmpty && result.esd.removed.isEmpty)
        #expect(result.residual.count == 14 && result.residual.allSatisfy { $0.isFinite })
    }

    @Test func missingValuesKeepTheirIndices() throws {
        let values: [Double] = [1, 2, .nan, 1.5, 1.8, 9, 1.2, .nan, 1.7]
        let result = try GeneralizedESD(maxOutliers: 2).test(values)
        #expect(result.outliers == [5])
        #expect(!result.removed.contains(2) && !result.removed.contains(7))
    }

    @Test func oneSidedLooksOneWayOnly() throws {
        let values: [Double] = [10, 11, 10, 12, 11, 10, 11, -20, 10, 11, 12, 10, 11, 10]
        #expect(try GeneralizedESD(maxOutliers: 2, alternative: .greater).test(values).outliers == [])
        #expect(try GeneralizedESD(maxOutliers: 2, alternative: .less).test(values).outliers == [7])
    }

    /// All equal after removals: the scale is 0 and the procedure stops with what it has.
    @Test func stopsWhenTheScaleIsZero() throws {
        let result = try GeneralizedESD(maxOutliers: 3, robust: true).test([5, 5, 5, 5, 5, 5, 40])
        #expect(result.statistics.isEmpty && result.outliers.isEmpty)
        let plain = try GeneralizedESD(maxOutliers: 3).test([5, 5, 5, 5, 5, 5, 40])
        #expect(plain.removed == [6] && plain.outliers == [6])
    }

    @Test(arguments: [
        ("maxOutliers=0", "maxOutliers must be a positive integer (is 0)"),
        ("alpha=0", "alpha must be between 0 and 1 (is 0.0)"),
        ("tooFew", "ESD needs at least maxOutliers + 2 = 5 observed values (has 4)"),
        ("infinite", "ESD needs finite values; the series holds an infinite one"),
        ("maxAnomalies=0.5", "maxAnomalies must be greater than 0 and at most 0.49 (is 0.5)"),
        ("shortSTL", "STL needs at least 2 × period = 14 observed values (has 10 of 10)"),
    ])
    func rejectsInvalidInput(invalid: String, message: String) {
        #expect(throws: StatisticsError(message)) {
            switch invalid {
            case "maxOutliers=0": _ = try GeneralizedESD(maxOutliers: 0)
            case "alpha=0": _ = try GeneralizedESD(maxOutliers: 1, alpha: 0)
            case "tooFew": _ = try GeneralizedESD(maxOutliers: 3).test([1, 2, 3, .nan, 4])
            case "infinite": _ = try GeneralizedESD(maxOutliers: 1).test([1, 2, 3, -.infinity])
            case "maxAnomalies=0.5": _ = try SeasonalHybridESD(maxAnomalies: 0.5)
            default: _ = try SeasonalHybridESD().detect(Array(repeating: 3, count: 10))
            }
        }
    }
}

/// Benjamini–Hochberg q-values against statsmodels' `multipletests(p, method="fdr_bh")[1]`
/// (`benjamini_hochberg.json`). The same division and running minimum in the same order: 1e-15 relative
/// (the sort is the only difference, and tied p-values give tied q-values either way).
@Suite struct BenjaminiHochbergTests {
    struct Case: Decodable { let name: String, p: [Double], q: [Double] }
    static let names = ["uniform_20", "with_ties", "ones_and_zero", "tiny_values", "single", "mixed_signal"]

    @Test(arguments: names)
    func matchesStatsmodels(name: String) throws {
        let c = try #require(try FixtureFile<Case>.load("benjamini_hochberg").cases.first { $0.name == name })
        let q = try MultipleTesting.benjaminiHochberg(c.p)
        expectClose(c.q, q, rel: 1e-15)
        // Monotone in p, never below p, capped at 1.
        for i in q.indices {
            #expect(q[i] >= c.p[i] && q[i] <= 1)
            for j in q.indices where c.p[i] <= c.p[j] { #expect(q[i] <= q[j]) }
        }
    }

    @Test func fixtureCoversEveryCase() throws {
        #expect(try FixtureFile<Case>.load("benjamini_hochberg").cases.map(\.name).sorted() == Self.names.sorted())
    }

    @Test func missingPValuesAreLeftOut() throws {
        let q = try MultipleTesting.benjaminiHochberg([0.01, .nan, 0.04])
        #expect(q[1].isNaN)
        expectClose(0.02, q[0], rel: 1e-15)
        expectClose(0.04, q[2], rel: 1e-15)
        #expect(try MultipleTesting.benjaminiHochberg([]) == [])
    }

    @Test(arguments: [1.5, -0.1, Double.infinity])
    func rejectsPValuesOutsideTheUnitInterval(p: Double) {
        #expect(throws: StatisticsError("p-values must lie between 0 and 1 (found \(p))")) {
            _ = try MultipleTesting.benjaminiHochberg([0.2, p])
        }
    }
}
