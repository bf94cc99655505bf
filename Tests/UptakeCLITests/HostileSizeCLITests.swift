import Foundation
import Testing
import UptakeTestSupport

/// Issue 22's hostile sizes: inputs whose cost once grew faster than their size. Each test would
/// run for minutes (or give another answer) before its fix; the outcome is asserted, not the time.
@Suite struct HostileSizeCLITests {
    let cli = CLIRunner()
    static let tooLong = "a record longer than 1,048,576 bytes (1 MiB); Uptake reads rows up to that length"
    static let header = "date,locality,sector,received,received_online\n"

    /// One line of 24 MB was rescanned from its start at every 1 MiB chunk (a 200 MB line: 72 s);
    /// now a record past 1 MiB is refused at its start, whatever follows.
    @Test func aLineOfMegabytesIsRefusedWhereItStarts() throws {
        let dir = TemporaryDirectory()
        #expect(try cli.run(["init"], in: dir.path).status == 0)
        dir.write("long.csv", bytes: Array((Self.header + "2025-07-01,01,").utf8) + Array(repeating: UInt8(ascii: "x"), count: 24 << 20))
        let out = try cli.run(["ingest", "--units", "current", "long.csv"], in: dir.path)
        #expect(out.status == 1)
        #expect(out.stderr.hasPrefix("long.csv:2:1: \(Self.tooLong)\n  hint: a row this long is usually a file without line ends"))
        let ndjson = Array(#"{"date": "2025-07-01", "locality": "01", "sector": ""#.utf8) + Array(repeating: UInt8(ascii: "y"), count: 24 << 20)
        dir.write("long.ndjson", bytes: Array("\n  ".utf8) + ndjson + Array("\"}\n".utf8))
        let lines = try cli.run(["ingest", "--units", "current", "long.ndjson"], in: dir.path)
        #expect(lines.status == 1)
        #expect(lines.stderr.hasPrefix("long.ndjson:2:3: \(Self.tooLong)\n"))
    }

    /// With --skip-invalid the long record (quoted, over two lines) is rejected and the rows after
    /// it are read, with their own line numbers.
    @Test func theRowsAfterALongRecordAreRead() throws {
        let dir = TemporaryDirectory()
        #expect(try cli.run(["init"], in: dir.path).status == 0)
        let text = Self.header + "2025-07-01,01,land,10,5\n2025-07-01,01,\"" + String(repeating: "z", count: 3 << 20)
            + "\n\",10,5\n2025-07-02,01,land,10,5\n2025-07-03,01,land,10,50\n"
        dir.write("mid.csv", text)
        let out = try cli.run(["ingest", "--units", "current", "mid.csv", "--skip-invalid"], in: dir.path)
        #expect(out.status == 0)
        #expect(out.stdout.contains("4 rows: 2 inserted, 0 revised, 0 unchanged, 2 rejected"))
        let rejects = try String(contentsOfFile: dir.file("mid.csv.rejects.csv"), encoding: .utf8)
        #expect(rejects == """
            line,column,reason,record
            3,1,"\(Self.tooLong)",
            6,23,received_online (50) exceeds received (10),"2025-07-03,01,land,10,50"

            """)
    }

    /// Each new sector was looked up by a scan of every sector met before (20,000 sectors: 131 s).
    @Test func twentyThousandSectorsAreIngested() throws {
        let dir = TemporaryDirectory()
        #expect(try cli.run(["init"], in: dir.path).status == 0)
        var text = Self.header
        for i in 0..<20_000 { text += "2025-07-01,01,s\(i),10,5\n" }
        text += "2025-07-01,01,s19999,10,5\n"
        dir.write("sectors.csv", text)
        let refused = try cli.run(["ingest", "--units", "current", "sectors.csv"], in: dir.path)
        #expect(refused.stderr.hasPrefix("sectors.csv:20002:1: duplicate key (2025-07-01, 01, s19999)"))
        dir.write("sectors.csv", String(text.dropLast("2025-07-01,01,s19999,10,5\n".count)))
        let out = try cli.run(["ingest", "--units", "current", "sectors.csv"], in: dir.path)
        #expect(out.stdout.contains("20000 rows: 20000 inserted"))
        let count = try cli.run(["sql", "select count(*) as n from sectors where name like 's%'", "--format", "csv"], in: dir.path)
        #expect(count.stdout == "n\n20000\n")
    }

    /// A mapping's keys were found by a scan of the keys before them (20,000 labels: 96 s; 80,000:
    /// half an hour), and a rule's name by a scan of the rules before it (20,000 rules: 51 s); the
    /// labels, hashed for every alert of every run, are now at most 100 a rule.
    @Test func aRuleWithFortyThousandLabelsIsRefusedAtOnce() throws {
        let dir = TemporaryDirectory()
        let rule = """
            rules:
              - name: Drop
                watch: {metric: received, level: province}
                condition: {anomaly: {kinds: [drop]}}
                labels:

            """
        let labels = (0..<40_000).map { "      l\($0): v\($0)\n" }.joined()
        dir.write("labels.yaml", rule + labels)
        let out = try cli.run(["alerts", "test", "--rules", "labels.yaml"], in: dir.path)
        #expect(out.status == 1)
        #expect(out.stderr == """
            error: labels.yaml:6:7: rule Drop has 40000 labels; at most 100
              hint: keep those the receivers route, group or read by; more text can go in one annotation

            """)
        dir.write("hundred.yaml", rule + labels.split(separator: "\n").prefix(100).map { $0 + "\n" }.joined())
        #expect(try cli.run(["alerts", "test", "--rules", "hundred.yaml"], in: dir.path).stdout.contains(", l99=v99."))
        dir.write("twice.yaml", rule + labels + "      l7: again\n")
        let twice = try cli.run(["alerts", "test", "--rules", "twice.yaml"], in: dir.path)
        #expect(twice.status == 1)
        // Where the key first appears (Yams' mark), and not the whole file in the message.
        #expect(twice.stderr == "error: twice.yaml:13:7: key \"l7\" given twice in a mapping\n  hint: keep one of them\n")
        let rules = (0..<10_000).map { "  - name: R\($0)\n    watch: {metric: received}\n    condition: {anomaly: {kinds: [drop]}}\n" }.joined()
        dir.write("rules.yaml", "rules:\n" + rules + "  - name: R42\n    watch: {metric: received}\n    condition: {drop_percent: 5}\n")
        let many = try cli.run(["alerts", "test", "--rules", "rules.yaml"], in: dir.path)
        #expect(many.stderr.hasPrefix("error: rules.yaml:30002:5: a second rule named R42 (the first is at line 128)"))
    }
}
