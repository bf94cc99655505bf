import Foundation
import Testing
import UptakeTestSupport

/// `uptake generate --multi-year` at the command line (issue 26): the days before the reform in
/// `applications-pre2025.csv`, in the old codes, which `ingest --units pre-2025` takes; today's file
/// from 1 July. Folded, the old file answers as the same days generated in today's codes.
@Suite struct GenerateMultiYearCLITests {
    let cli = CLIRunner()

    /// Lai Châu (12) and Hồ Chí Minh City (79, three old provinces), 29 June to 2 July 2025.
    @Test func theOldFileFoldsBackToTodaysAnswers() throws {
        let dir = TemporaryDirectory()
        let range = ["--provinces", "12,79", "--from", "2025-06-29", "--to", "2025-07-02"]
        let generated = try cli.run(["generate", "--multi-year", "--out", "multi"] + range, in: dir.path)
        try #require(generated.status == 0, "\(generated.stderr)")
        #expect(generated.stderr.contains("pre-reform application rows (548 old units)"), "\(generated.stderr)")
        let old = try String(contentsOfFile: dir.file("multi/applications-pre2025.csv"), encoding: .utf8).split(separator: "\n")
        let current = try String(contentsOfFile: dir.file("multi/applications.csv"), encoding: .utf8).split(separator: "\n")
        #expect(Set(old.dropFirst().map { $0.prefix(10) }) == ["2025-06-29", "2025-06-30"])
        #expect(Set(current.dropFirst().map { $0.prefix(10) }) == ["2025-07-01", "2025-07-02"])
        #expect(old.count - 1 == 548 * 6 * 2)

        // The same days in today's codes (re-keyed), in a database of their own.
        #expect(try cli.run(["generate", "--out", "today"] + range, in: dir.path).status == 0)
        for (db, steps) in [("multi.sqlite", [["--units", "pre-2025", "multi/applications-pre2025.csv"], ["multi/applications.csv"]]),
                            ("today.sqlite", [["--units", "current", "today/applications.csv"]])] {
            #expect(try cli.run(["init", "--db", db], in: dir.path).status == 0)
            for step in steps {
                let out = try cli.run(["ingest", "--db", db] + step, in: dir.path)
                #expect(out.status == 0, "\(step): \(out.stderr)")
            }
        }
        // The multi-year files' today's part alone is refused nothing; the re-keyed file without --units is.
        let unsaid = try cli.run(["ingest", "--db", "today.sqlite", "today/applications.csv"], in: dir.path)
        #expect(unsaid.status == 1 && unsaid.stderr.contains("is before the reform of 1 July 2025"))
        for question in [["rates", "--from", "2025-06-29", "--to", "2025-06-30"],
                         ["rates", "--from", "2025-06-29", "--to", "2025-06-30", "--metric", "received"],
                         ["rates", "--from", "2025-06-29", "--to", "2025-07-02", "--metric", "online-result"]] {
            let folded = try cli.run(question + ["--db", "multi.sqlite", "--format", "csv"], in: dir.path)
            let direct = try cli.run(question + ["--db", "today.sqlite", "--format", "csv"], in: dir.path)
            #expect(folded.status == 0 && folded.stdout.contains("\n12,Lai Châu,") && folded.stdout.contains("\n79,"), "\(folded.stderr)")
            #expect(folded.stdout == direct.stdout, "\(question)")
        }
    }
}
