import Foundation
import Testing
import UptakeCore
import UptakeTestSupport

/// `uptake detect --method pelt --cost gaussian` (``GaussianMeanCost`` with
/// ``PELTPenalty/gaussianSpread(_:multiplier:)``) against the changepoint package's `cpt.mean` as TCPDBench
/// runs it (PELT, MBIC, Normal, on the standardised series), ported to Python, and an exact optimal
/// partitioning (fixture `anomaly_pelt_mean_mbic.json`, scripts/fixtures/make_pelt_mean_mbic_fixtures.py).
///
/// Breakpoints are integers, compared exactly: R's `cpts` (the last value of each segment, 1-based) are
/// uptake's breakpoints (the first day of the next segment, 0-based). The penalty: 1e-12 relative (a
/// two-pass variance here and numpy's; `far_from_zero` sits at 10⁶ with a spread of 1).
@Suite struct PELTMeanMBICTests {
    struct Case: Decodable {
        let name: String, penalty: Double, r_cpts: [Int]?, exact_breakpoints: [Int], package_agrees: Bool?
        let input: [Double?]
    }

    static let names = ["mean_change", "three_levels", "no_change", "random_walk", "far_from_zero", "missing_days"]

    @Test(arguments: names)
    func matchesTheExactOptimumAndThePackage(name: String) throws {
        let c = try #require(try FixtureFile<Case>.load("anomaly_pelt_mean_mbic").cases.first { $0.name == name })
        let series = c.input.withNaN
        let penalty = PELTPenalty.gaussianSpread(series)
        expectClose(c.penalty, penalty, rel: 1e-12)
        let result = try PELT(minSize: 2).segment(try GaussianMeanCost(series), penalty: penalty)
        #expect(result.breakpoints == c.exact_breakpoints)
        if let r = c.r_cpts {
            #expect(c.package_agrees == true, "every case with an R run is one where the package finds the optimum")
            #expect(result.breakpoints == r)
        } else {
            #expect(series.contains { $0.isNaN }, "R fails only on missing values")
        }
    }

    @Test func fixtureCoversEveryCase() throws {
        #expect(try FixtureFile<Case>.load("anomaly_pelt_mean_mbic").cases.map(\.name).sorted() == Self.names.sorted())
    }
}
