import Testing
import UptakeCore
import UptakeTestSupport

/// Rolling robust z against pandas' rolling median and MAD (`anomaly_robust_z.json`), and STL-residual z
/// against statsmodels' STL residual over its MAD (`anomaly_stl_residual_z.json`).
///
/// Rolling: medians of the same values are exact, and z is one subtraction and one division: 1e-12
/// relative. STL-residual: the residual goes through STL (16 × 2 loess passes; see STLTests), so 1e-9
/// relative plus 1e-9 absolute, like STLTests.
@Suite struct RobustZScoreTests {
    struct RollingCase: Decodable {
        let name: String
        let input: [Double?], window: Int, min_periods: Int, scale_floor: Double, expected: [Double?]
    }
    struct STLCase: Decodable {
        let name: String
        let input: [Double?], scale_floor: Double, expected: [Double?]
    }

    static let rollingNames = ["counts_w28", "counts_w7_min7", "zero_heavy_floor", "rate_floor_001"]
    static let stlNames = ["weekly_counts", "missing_days", "large_floor"]

    @Test(arguments: rollingNames)
    func rollingMatchesPandas(name: String) throws {
        let c = try #require(try FixtureFile<RollingCase>.load("anomaly_robust_z").cases.first { $0.name == name })
        let z = try RollingRobustZScore(window: c.window, minimumObservations: c.min_periods, scaleFloor: c.scale_floor)
        expectClose(c.expected.withNaN, try z.scores(c.input.withNaN), rel: 1e-12, abs: 1e-12)
    }

    @Test(arguments: stlNames)
    func stlResidualMatchesStatsmodels(name: String) throws {
        let c = try #require(try FixtureFile<STLCase>.load("anomaly_stl_residual_z").cases.first { $0.name == name })
        let z = try STLResidualZScore(scaleFloor: c.scale_floor)
        expectClose(c.expected.withNaN, try z.scores(c.input.withNaN), rel: 1e-9, abs: 1e-9)
    }

    @Test func fixturesCoverEveryCase() throws {
        #expect(try FixtureFile<RollingCase>.load("anomaly_robust_z").cases.map(\.name).sorted() == Self.rollingNames.sorted())
        #expect(try FixtureFile<STLCase>.load("anomaly_stl_residual_z").cases.map(\.name).sorted() == Self.stlNames.sorted())
    }

    /// Hand-computed: window [1, 2, 3, 4, 100] has median 3 and MAD 1 (|−2|, |−1|, 0, 1, 97), so 10 scores
    /// (10 − 3)/1.4826. A flat window uses the floor.
    @Test func handComputedScores() throws {
        let z = try RollingRobustZScore(window: 5, minimumObservations: 5, scaleFloor: 0.5)
        let scores = try z.scores([1, 2, 3, 4, 100, 10])
        #expect(scores[0..<5].allSatisfy { $0.isNaN })
        expectClose(7 / 1.4826, scores[5], rel: 1e-15)
        expectClose(6 / 0.5, try z.scores([4, 4, 4, 4, 4, 10])[5], rel: 1e-15)
    }

    /// The sliding sorted window gives exactly what a fresh median and MAD of each window give, on random
    /// series with ties and missing days.
    @Test func slidingWindowEqualsFreshWindows() throws {
        var random = SeededRandom(seed: 11)
        for _ in 0..<100 {
            let window = Int.random(in: 3...12, using: &random)
            let z = try RollingRobustZScore(window: window, minimumObservations: Int.random(in: 1...window, using: &random),
                                            scaleFloor: 0.25)
            let series = (0..<60).map { _ in Int.random(in: 0..<8, using: &random) == 0 ? Double.nan : Double(Int.random(in: 0...9, using: &random)) }
            let scores = try z.scores(series)
            for t in series.indices {
                let past = series[Swift.max(0, t - window)..<t].filter { !$0.isNaN }
                guard !series[t].isNaN, past.count >= z.minimumObservations else { #expect(scores[t].isNaN); continue }
                let expected = (series[t] - RobustScale.median(past)) / Swift.max(RobustScale.mad(past), 0.25)
                #expect(scores[t] == expected, "day \(t) of \(series)")
            }
        }
    }

    @Test func emptyAndAllMissingSeries() throws {
        #expect(try RollingRobustZScore().scores([]) == [])
        #expect(try RollingRobustZScore(window: 3, minimumObservations: 1).scores([.nan, .nan, 2]).allSatisfy { $0.isNaN })
        #expect(try STLResidualZScore().scores(residual: [.nan, .nan]).allSatisfy { $0.isNaN })
        #expect(try STLResidualZScore().scores(residual: []) == [])
    }

    @Test func medianAndMADOfEvenAndOddCounts() {
        #expect(RobustScale.median([5, 1, 3]) == 3)
        #expect(RobustScale.median([4, 1, 3, 2]) == 2.5)
        #expect(RobustScale.median([]).isNaN)
        #expect(RobustScale.mad([1, 2, 3, 4]) == 1.4826)
        // Against a full sort, on random windows with ties.
        var random = SeededRandom(seed: 5)
        for _ in 0..<500 {
            let values = (0..<Int.random(in: 1...40, using: &random)).map { _ in Double(Int.random(in: 0...6, using: &random)) }
            let sorted = values.sorted(), m = sorted.count / 2
            #expect(RobustScale.median(values) == (sorted.count % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2))
        }
    }

    @Test(arguments: [
        ("window=2", "window must be at least 3 days (is 2)"),
        ("minimum=8", "minimumObservations must be between 1 and window = 7 (is 8)"),
        ("floor=0", "scaleFloor must be finite and positive (is 0.0)"),
        ("stlFloor=-1", "scaleFloor must be finite and positive (is -1.0)"),
        ("infinite", "robust z-scores need finite values; the series holds an infinite one"),
    ])
    func rejectsInvalidInput(invalid: String, message: String) {
        #expect(throws: StatisticsError(message)) {
            switch invalid {
            case "window=2": _ = try RollingRobustZScore(window: 2)
            case "minimum=8": _ = try RollingRobustZScore(window: 7, minimumObservations: 8)
            case "floor=0": _ = try RollingRobustZScore(scaleFloor: 0)
            case "stlFloor=-1": _ = try STLResidualZScore(scaleFloor: -1)
            default: _ = try RollingRobustZScore().scores([1, .infinity])
            }
        }
    }
}
