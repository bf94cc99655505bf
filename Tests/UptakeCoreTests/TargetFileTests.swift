import Testing
import UptakeCore

/// The targets file: what it reads, and where it says a line is wrong.
@Suite struct TargetFileTests {
    @Test func readsTargets() throws {
        let targets = try TargetFile.parse(csv: """
            scope,indicator,deadline,value,source
            national,online-submission,2025-12-31,80,"a plan, with a comma"
            01,online-result,2026-06-30,62.5%,illustrative (not an official target)
            provinces,online-submission,2025-12-31,50,x

            """, file: "t.csv")
        #expect(targets.count == 3)
        #expect(targets[0] == Target(indicator: .onlineSubmission, scope: .national, deadline: Day(valid: 2025, 12, 31), value: 0.8,
                                     source: "a plan, with a comma", line: 2))
        #expect(targets[1].scope == .locality("01") && targets[1].value == 0.625 && targets[1].indicator == .onlineResult)
        #expect(targets[2].scope == .provinces)
    }

    @Test(arguments: [
        ("indicator,scope,deadline,value\n", "t.csv:1: the column 'source' is missing"),
        ("indicator,scope,deadline,value,source,owner\n", "t.csv:1:39: unknown column 'owner'"),
        ("indicator,scope,deadline,value,source\nreceived,national,2025-12-31,80,x\n", "t.csv:2:1: 'received' is not a rate a target can be set on"),
        ("indicator,scope,deadline,value,source\nonline-submission,nation,2025-12-31,80,x\n", "t.csv:2:19: 'nation' is not a scope"),
        ("indicator,scope,deadline,value,source\nonline-submission,01,2025-13-01,80,x\n", "t.csv:2:22: '2025-13-01' is not a YYYY-MM-DD date"),
        ("indicator,scope,deadline,value,source\nonline-submission,01,2025-12-31,0.8x,x\n", "t.csv:2:33: '0.8x' is not a percent above 0 and at most 100"),
        ("indicator,scope,deadline,value,source\nonline-submission,01,2025-12-31,120,x\n", "t.csv:2:33: '120' is not a percent above 0 and at most 100"),
        ("indicator,scope,deadline,value,source\nonline-submission,01,2025-12-31,80,\n", "t.csv:2:36: the target has no source"),
        ("indicator,scope,deadline,value,source\nonline-submission,01,2025-12-31,80,a\nonline-submission,01,2025-12-31,70,b\n",
         "t.csv:3:19: online-submission for 01 by 2025-12-31 is already given on line 2"),
        ("indicator,scope,deadline,value,source\nonline-submission,01,2025-12-31\n", "t.csv:2: expected 5 fields, found 3"),
    ])
    func saysWhereALineIsWrong(_ text: String, _ expected: String) {
        #expect { try TargetFile.parse(csv: text, file: "t.csv") } throws: { error in
            (error as? IngestError)?.located == expected
        }
    }
}
