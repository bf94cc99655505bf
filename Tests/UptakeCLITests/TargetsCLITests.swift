import Foundation
import Testing
import UptakeTestSupport

/// `uptake targets` as a user runs it: a targets file's errors where they are, the shipped default,
/// and verdicts whose words are the numbers'.
@Suite struct TargetsCLITests {
    let cli = CLIRunner()

    /// Ba Đình (00004) from 20% online in January to 50% in April 2025, one day a month.
    func database() throws -> TemporaryDirectory {
        let dir = TemporaryDirectory()
        _ = try cli.run(["init"], in: dir.path)
        var csv = "date,locality,sector,received,received_online\n"
        for (month, online) in zip(1...4, [200, 300, 400, 500]) { csv += "2025-0\(month)-01,00004,land,1000,\(online)\n" }
        csv += "2025-04-30,00004,land,0,0\n"  // the data reach April's last day: April is whole
        dir.write("a.csv", csv)
        #expect(try cli.run(["ingest", "--units", "current", "a.csv"], in: dir.path).status == 0)
        return dir
    }

    @Test func aWrongLineIsNamedWhereItIs() throws {
        let dir = try database()
        dir.write("t.csv", "indicator,scope,deadline,value,source\nonline-submission,nation,2025-12-31,80,x\n")
        let out = try cli.run(["targets", "--targets", "t.csv"], in: dir.path)
        #expect(out.status == 1)
        #expect(out.stderr.contains("t.csv:2:19: 'nation' is not a scope"), "\(out.stderr)")
        #expect(out.stderr.contains("hint: use national, provinces, communes, or a province's (2-digit) or commune's (5-digit) code"))
        let missing = try cli.run(["targets", "--targets", "none.csv"], in: dir.path)
        #expect(missing.status == 2 && missing.stderr.contains("cannot read the targets file none.csv"))
        let volume = try cli.run(["targets", "--metric", "received"], in: dir.path)
        #expect(volume.status == 64 && volume.stderr.contains("--metric takes a simple rate: online-submission, online-result, sync or on-time"))
    }

    @Test func theVerdictIsTheProjectionsInterval() throws {
        let dir = try database()
        dir.write("t.csv", """
            indicator,scope,deadline,value,source
            online-submission,00004,2025-12-31,70,a ward's plan
            online-submission,00004,2025-02-28,25,last winter's plan
            online-result,00004,2025-12-31,50,no data on results

            """)
        let out = try cli.run(["targets", "--targets", "t.csv", "--as-of", "2025-05-10", "--format", "json"], in: dir.path)
        #expect(out.status == 0, "\(out.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        #expect(json["first_month"] as? String == "2025-01" && json["last_month"] as? String == "2025-04")
        let rows = try #require(json["targets"] as? [[String: Any]])
        // online-result has no denominator here (no resolutions): the ward counts as without data.
        #expect(rows.count == 2 && json["units_without_data"] as? Int == 1)
        let december = rows[0]
        let low = try #require(december["projected_low"] as? Double), high = try #require(december["projected_high"] as? Double)
        let expected = low >= 0.7 ? "on-track" : high < 0.7 ? "off-track" : "uncertain"
        #expect(december["status"] as? String == expected)
        #expect(december["course"] as? String == "reaches")
        #expect(abs(try #require(december["distance_pp"] as? Double) - 20) < 1e-9)  // 70% − April's 50%
        #expect(rows[1]["status"] as? String == "met" && rows[1]["deadline_rate"] as? Double == 0.3)
        // The table says the same, and shows the source under it.
        let table = try cli.run(["targets", "--targets", "t.csv", "--as-of", "2025-05-10"], in: dir.path)
        #expect(table.stdout.contains(" \(expected) ") && table.stdout.contains("source: a ward's plan"))
        #expect(table.stdout.hasPrefix("targets · trends on 2025-01..2025-04 · as of 2025-05-10 · "))
    }

    @Test func withoutAFileTheShippedTargetsAreJudged() throws {
        let dir = try database()
        let out = try cli.run(["targets", "--as-of", "2025-05-10", "--format", "csv"], in: dir.path)
        #expect(out.status == 0, "\(out.stderr)")
        // Hà Nội (01) is the province of Ba Đình: its rows, and the nation's, come from datasets/targets.csv.
        #expect(out.stdout.contains("online-submission,national,VN,"))
        #expect(out.stdout.contains("online-submission,01,01,Hà Nội,2025-12-31,0.5,"))
        #expect(out.stdout.contains("illustrative (not an official target)"))
    }
}
