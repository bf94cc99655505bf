import Foundation
import Testing
import UptakeTestSupport

/// Kills an ingesting child process at several moments and checks that the database passes
/// `PRAGMA integrity_check` and holds all of the file or none of it.
@Suite(.serialized, .tags(.slow)) struct CrashSafetyTests {
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
        let expectedReceived = try cli.run(["sql", "select 1", "--format", "csv"], in: dir.path).status == 0
            ? (1...40).reduce(0) { total, _ in total + codes.indices.reduce(0) { $0 + 10 + $1 % 7 } } : -1
        // Kill once rows are being written (the child says so on stderr), then at later points of the read.
        var outcomes: [String] = []
        for killAt in [0, 25, 50, 75, 95] {
            let db = dir.file("db-\(killAt).sqlite")
            try FileManager.default.copyItem(atPath: dir.file("uptake.sqlite"), toPath: db)
            let (child, stderr) = try cli.startReadingStderr(["ingest", "--units", "current", file, "--db", db, "--progress", "lines"], in: dir.path)
            var killedWhileWriting = false
            while let line = stderr.next() {
                // "progress: big.csv: 37% read, 40960 rows written"
                let numbers = line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
                guard line.hasPrefix("progress:"), numbers.count >= 2 else { continue }
                let (percent, written) = (numbers[numbers.count - 2], numbers[numbers.count - 1])
                if written > 0, percent >= killAt {
                    kill(child.processIdentifier, SIGKILL)
                    killedWhileWriting = true
                    break
                }
            }
            child.waitUntilExit()
            #expect(killedWhileWriting, "the ingest finished before the kill at \(killAt)%")
            let check = try cli.run(["sql", "pragma integrity_check", "--db", db, "--format", "csv"], in: dir.path)
            #expect(check.stdout == "integrity_check\nok\n", "killed at \(killAt)%")
            let n = try count("select count(*) from applications", db, dir)
            #expect(n == 0 || n == expectedRows, "killed at \(killAt)%: \(n) rows")
            #expect(try count("select coalesce(sum(rows), 0) from agg_province_day", db, dir) == n, "aggregates match the raw rows after a kill at \(killAt)%")
            outcomes.append(n == 0 ? "none" : "all")
            // The same file again, to the end: exact totals, as if nothing had happened.
            #expect(try cli.run(["ingest", "--units", "current", file, "--db", db], in: dir.path).status == 0)
            #expect(try count("select count(*) from applications", db, dir) == expectedRows)
            #expect(try count("select sum(received) from applications", db, dir) == expectedReceived)
            #expect(try count("select sum(received) from agg_province_day", db, dir) == expectedReceived)
        }
        #expect(outcomes.contains("none"), "outcomes: \(outcomes)")
    }

    func count(_ sql: String, _ db: String, _ dir: TemporaryDirectory) throws -> Int {
        let out = try cli.run(["sql", sql, "--db", db, "--format", "csv"], in: dir.path)
        return Int(out.stdout.split(separator: "\n").last ?? "") ?? -1
    }
}
