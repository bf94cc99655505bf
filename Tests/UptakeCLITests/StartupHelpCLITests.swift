import Foundation
import Testing
import UptakeCore
import UptakeTestSupport

/// Lists that commands' help writes out rather than builds at every start (issue 27, start-up):
/// they must name exactly the values the options take.
@Suite struct StartupHelpCLITests {
    let cli = CLIRunner()

    /// The comma-separated list after `label` up to the next period, from help text wrapped over lines.
    func list(after label: String, in help: String) throws -> [String] {
        let text = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let start = try #require(text.range(of: label)).upperBound
        let end = try #require(text[start...].firstIndex(of: "."))
        return text[start..<end].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    @Test func ratesHelpNamesEveryMetric() throws {
        let out = try cli.run(["rates", "--help"], in: ".")
        #expect(out.status == 0)
        #expect(try list(after: "Metrics:", in: out.stdout) == Metric.allCases.map(\.rawValue))
    }

    @Test func readinessHelpNamesEveryCriterion() throws {
        let out = try cli.run(["readiness", "--help"], in: ".")
        #expect(out.status == 0)
        #expect(try list(after: "Criteria:", in: out.stdout) == ReadinessCriterion.flags.map(\.rawValue))
    }
}
