import Foundation
import Testing
import UptakeTestSupport

/// Kills an ingesting child process at several moments and checks that the database passes
/// `PRAGMA integrity_check` and holds all of the file or none of it.
@Suite(.serialized) struct CrashSafetyTests {
    let cli = CLIRunner()

    @Test func aKilledIngestLeavesAllOrNothing() throws {
        let dir = TemporaryDirectory()
        #expect(try cli.run(["init"], in: dir.path).status == 0)
        // Every commune of the country for 40 days: large enough to take a while in a debug build.
        let codes = try cli.run(["sql", "select code from localities where level = 'commune'", "--format", "csv"], in: dir.path)
            .stdout.split(separator: "\n").dropFirst().map(String.init)
        var text = "date,locality,sector,received,received_online\n"
        text.reserveCapacity(codes.count * 40 * 36)
        for d in 1...40 {
            let day = String(format: "2025-%02d-%02d", d <= 31 ? 7 : 8, d <= 31 ? d : d - 31)
            for (i, c) in codes.enumerated() { text += "\(day),\(c),land,\(10 + i % 7),\(i % 5)\n" }
        }
        let file = dir.write("big.csv", text)
        let expectedRows = codes.count * 40
        var outcomes: [String] = []
        for delayMs in [30, 150, 400, 900, 1600] {
            let db = dir.file("db-\(delayMs).sqlite")
            try FileManager.default.copyItem(atPath: dir.file("uptake.sqlite"), toPath: db)
            let child = try cli.start(["ingest", file, "--db", db], in: dir.path)
            usleep(useconds_t(delayMs * 1000))
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()
            let check = try cli.run(["sql", "pragma integrity_check", "--db", db, "--format", "csv"], in: dir.path)
            #expect(check.stdout == "integrity_check\nok\n", "killed after \(delayMs) ms")
            let count = try cli.run(["sql", "select count(*) from applications", "--db", db, "--format", "csv"], in: dir.path)
            let n = Int(count.stdout.split(separator: "\n").last ?? "") ?? -1
            #expect(n == 0 || n == expectedRows, "killed after \(delayMs) ms: \(n) rows")
            let agg = try cli.run(["sql", "select coalesce(sum(rows), 0) from agg_province_day", "--db", db, "--format", "csv"], in: dir.path)
            #expect(Int(agg.stdout.split(separator: "\n").last ?? "") == n, "aggregates match the raw rows after a kill at \(delayMs) ms")
            outcomes.append(n == 0 ? "none" : "all")
        }
        // At least one kill must land mid-ingest for the test to mean anything.
        #expect(outcomes.contains("none"), "outcomes: \(outcomes)")
    }
}
