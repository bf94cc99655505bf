import Foundation
import Testing
import UptakeCore
import UptakeStoreAPI
@testable import UptakeIngest
import UptakeTestSupport

/// Every kind of bad input gets a pinned message at the right line and column, and nothing is
/// committed (the pipeline never reaches the writer's commit). No database: a recording writer.
@Suite struct BadInputTests {
    static let cases: [(name: String, text: String, expected: String)] = [
        ("bound", header + "2025-07-01,00004,land,40,57,,,,\n", "f.csv:2:26: received_online (57) exceeds received (40)"),
        ("resolved bound", header + "2025-07-01,00004,land,40,5,3,4,,\n", "f.csv:2:30: resolved_online (4) exceeds resolved (3)"),
        ("synced bound", header + "2025-07-01,00004,land,40,5,,,41,\n", "f.csv:2:30: synced (41) exceeds received (40)"),
        ("on_time bound", header + "2025-07-01,00004,land,40,5,3,1,,9\n", "f.csv:2:33: on_time (9) exceeds resolved (3)"),
        ("negative", header + "2025-07-01,00004,land,-1,0,,,,\n", "f.csv:2:23: received must be a whole number ≥ 0, found \"-1\""),
        ("not a number", header + "2025-07-01,00004,land,12.5,0,,,,\n", "f.csv:2:23: received must be a whole number ≥ 0, found \"12.5\""),
        ("bad date", header + "2025-02-30,00004,land,1,0,,,,\n", "f.csv:2:1: invalid date \"2025-02-30\": expected YYYY-MM-DD"),
        ("missing value", header + "2025-07-01,00004,land,,0,,,,\n", "f.csv:2:23: missing value for received"),
        ("unknown locality", header + "2025-07-01,99999,land,1,0,,,,\n", "f.csv:2:12: unknown locality \"99999\""),
        ("bad sector", header + "2025-07-01,00004,Land Use,1,0,,,,\n", "f.csv:2:18: invalid sector \"Land Use\""),
        ("unknown column", "date,locality,recieved,received_online,received\n", "f.csv:1:15: unknown column \"recieved\""),
        ("missing column", "date,locality,received\n2025-07-01,00004,1\n", "f.csv:1: missing required column \"received_online\""),
        ("field count", header + "2025-07-01,00004,land,1,0,,,\n2025-07-02,00004,land,1,0,,,,\n", "f.csv:2:1: expected 9 fields as in the header, found 8"),
        ("truncated", header + "2025-07-01,00004,land,1,0,,,,\n2025-07-02,00004,la", "f.csv:3:1: the last line is truncated: 3 of 9 fields"),
        ("duplicate", header + "2025-07-01,00004,land,1,0,,,,\n2025-07-01,00004,land,2,0,,,,\n",
         "f.csv:3:1: duplicate key (2025-07-01, 00004, land): the same date, locality and sector appear earlier in this file"),
        ("empty", "", "f.csv:1: the file is empty"),
        ("unknown kind", "a,b\n1,2\n", "f.csv:1:1: cannot tell the kind of input from the fields a, b"),
        ("resolved part without whole", header + "2025-07-01,00004,land,1,0,,1,,\n", "f.csv:2:28: resolved_online is given but resolved is not"),
    ]

    @Test(arguments: cases.indices)
    func pinnedMessage(index: Int) throws {
        let c = BadInputTests.cases[index]
        let fixture = try PipelineFixture()
        let (summary, writer) = try fixture.ingest("f.csv", bytes: Array(c.text.utf8))
        #expect(!summary.committed, "\(c.name)")
        let first = summary.errors.first.map { "\($0.location): \($0.message)" }
        #expect(first == c.expected.replacingOccurrences(of: "f.csv", with: fixture.dir.file("f.csv")), "\(c.name)")
        #expect(writer.committed == nil)
    }

    @Test func invalidUTF8() throws {
        let fixture = try PipelineFixture()
        var bytes = Array("code,parent_code,level,name\n99,,province,H".utf8)
        bytes += [0xE0, 0x20]
        bytes += Array("N\n".utf8)
        let (summary, _) = try fixture.ingest("l.csv", bytes: bytes)
        #expect(summary.errors.first?.description == fixture.dir.file("l.csv") + ":2:15: invalid UTF-8 (byte 0xE0)\n  hint: save the file as UTF-8; legacy encodings such as TCVN3 or Windows-1258 are not read")
    }

    @Test func firstTwentyAreKeptAndAllCounted() throws {
        let fixture = try PipelineFixture()
        let rows = (1...30).map { "2025-07-\(String(format: "%02d", $0)),00004,land,1,2,,,,\n" }.joined()
        let summary = try fixture.ingest("f.csv", header + rows)
        #expect(summary.errors.count == 20)
        #expect(summary.errorCount == 30)
    }

    @Test func jsonProblemsCarryTheirPositions() throws {
        let fixture = try PipelineFixture()
        let text = """
            [
              {"date": "2025-07-01", "locality": "00004", "received": 4, "received_online": 1},
              {"date": "2025-07-02", "locality": "00004", "received": 4, "received_online": 9}
            ]
            """
        let summary = try fixture.ingest("f.json", text)
        #expect(summary.errors.map(\.location) == [fixture.dir.file("f.json") + ":3:81"])
        #expect(summary.errors.first?.message == "received_online (9) exceeds received (4)")
        #expect(!summary.committed)
    }

    @Test func unknownJSONKey() throws {
        let fixture = try PipelineFixture()
        let summary = try fixture.ingest("f.ndjson", "{\"date\": \"2025-07-01\", \"locality\": \"00004\", \"received\": 4, \"received_online\": 1, \"colour\": \"red\"}\n")
        #expect(summary.errors.first?.message == "unknown column \"colour\"")
        #expect(summary.errors.first?.column == 82)
    }
}
