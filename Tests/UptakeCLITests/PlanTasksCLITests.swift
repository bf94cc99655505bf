import Foundation
import Testing
import UptakeTestSupport

/// The KH02 report's plan-task figures through the commands, as an analyst gets them: generate
/// Cao Bằng and Lai Châu (the ministries' tasks come with any provinces), ingest, then `tasks` and
/// `status --colour computed` in JSON.
@Suite(.tags(.slow)) struct PlanTasksCLITests {
    let cli = CLIRunner()

    typealias Rows = [[String: Any]]

    func run(_ arguments: [String], in dir: TemporaryDirectory, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let out = try cli.run(arguments, in: dir.path)
        try #require(out.status == 0, "uptake \(arguments.joined(separator: " ")): \(out.stderr)", sourceLocation: sourceLocation)
        return out.stdout
    }

    func rows(_ arguments: [String], in dir: TemporaryDirectory) throws -> Rows {
        try #require(JSONSerialization.jsonObject(with: Data(try run(arguments + ["--format", "json"], in: dir).utf8)) as? Rows)
    }

    @Test func thePublishedCountsAndTheComputedColours() throws {
        let dir = TemporaryDirectory()
        _ = try run(["init"], in: dir)
        _ = try run(["generate", "--out", "data", "--from", "2025-07-01", "--to", "2025-08-31", "--provinces", "04,12"], in: dir)
        #expect(FileManager.default.fileExists(atPath: dir.file("data/tasks.csv")))
        let ingest = try cli.run(["ingest", "--units", "current", "data/applications.csv", "data/readiness.csv", "data/tasks.csv"], in: dir.path)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("data/tasks.csv: tasks, "), "\(ingest.stdout)")

        // 6 overdue and not done on 31 July: 2 institutions, 1 digital infrastructure, 1 resources, 2 not itemised.
        let byGroup = try rows(["tasks", "--as-of", "2025-07-31", "--overdue", "--by", "group"], in: dir)
        let overdue = Dictionary(uniqueKeysWithValues: byGroup.compactMap { r in (r["group"] as? String).map { ($0, r["overdue"] as? Int ?? -1) } })
        #expect(overdue == ["institutions": 2, "digital_infrastructure": 1, "resources": 1, "other": 2, "all": 6])

        // Cao Bằng: its practical training 31 days overdue; its other tasks done on time or not yet due.
        let caoBang = try rows(["tasks", "--locality", "04", "--as-of", "2025-07-31"], in: dir)
        #expect(caoBang.count == 4)
        #expect(caoBang.first?["id"] as? String == "P04-1" && caoBang.first?["days_overdue"] as? Int == 31)
        #expect(caoBang.first?["progress"] as? String == "overdue")
        #expect(Set(caoBang.dropFirst().compactMap { $0["progress"] as? String }).isSubset(of: ["done_on_time", "open"]))

        // A month later the revisions have closed all but one: the Ministry of Home Affairs' regulation (due 15 July).
        let august = try rows(["tasks", "--as-of", "2025-08-31", "--overdue"], in: dir)
        #expect(august.map { $0["id"] as? String } == ["KH02-1.2"])
        #expect(august.first?["days_overdue"] as? Int == 47 && august.first?["revisions"] as? Int == 1)

        // Both provinces are green on the map; their tasks say red (Cao Bằng, 31 days) and yellow (Lai Châu, 11 days).
        let status = try #require(JSONSerialization.jsonObject(with: Data(try run(["status", "--as-of", "2025-07-31", "--colour", "computed",
                                                                                    "--format", "json"], in: dir).utf8)) as? [String: Any])
        let statusRows = try #require(status["rows"] as? Rows)
        func colours(_ code: String) -> [String?] {
            let r = statusRows.first { $0["code"] as? String == code }
            return [r?["status"] as? String, r?["computed_status"] as? String, r?["colour_check"] as? String]
        }
        #expect(colours("04") == ["green", "red", "reported_greener"])
        #expect(colours("12") == ["green", "yellow", "reported_greener"])
        #expect(status["period"] as? String == "2025-07" && status["tasks_as_of"] as? String == "2025-07-31")
        let counts = try #require(status["computed_counts"] as? [String: Int])
        #expect(counts["reported_greener"] == 2 && counts["red"] == 1 && counts["yellow"] == 1)
    }

    @Test func theDefaultStatusOutputIsUnchangedAndAsOfStillNeedsColourComputed() throws {
        let dir = TemporaryDirectory()
        let out = try cli.run(["status", "--as-of", "2025-07-31"], in: dir.path)
        #expect(out.status == 64)
        #expect(out.stderr.contains("--as-of goes with a relative --period"))
        let rules = try cli.run(["status", "--period", "2025-07", "--red-after-days", "10"], in: dir.path)
        #expect(rules.status == 64 && rules.stderr.contains("--red-after-days and --on-time-share go with --colour computed"))
    }
}
