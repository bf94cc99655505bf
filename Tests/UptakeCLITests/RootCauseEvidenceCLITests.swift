import Foundation
import Testing
import UptakeTestSupport

/// Issue 12, two parts: `uptake status` (green on the map against measured operation) and
/// `--with incidents,readiness` beside the numbers of rates, compare and trend.
@Suite struct RootCauseEvidenceCLITests {
    let cli = CLIRunner()

    /// Ba Đình (00004) and Thanh Xuân (00367) of Hà Nội, Ba Đình of Thanh Hóa (16171), July 2025.
    func fixture() throws -> TemporaryDirectory {
        let dir = TemporaryDirectory()
        _ = try cli.run(["init"], in: dir.path)
        dir.write("a.csv", """
            date,locality,sector,received,received_online,resolved,resolved_online
            2025-07-01,00004,land,100,50,50,0
            2025-07-01,00367,land,100,55,40,20
            2025-07-01,16171,land,100,52,30,15

            """)
        dir.write("r.csv", """
            date,locality,criterion,value
            2025-06-30,00004,reported_status,green
            2025-06-30,00367,reported_status,green
            2025-06-30,16171,reported_status,red
            2025-06-30,01,reported_status,green
            2025-06-30,00004,civil_status_linked,false
            2025-06-30,00004,digital_signature,true
            2025-08-15,16171,reported_status,green

            """)
        dir.write("i.csv", """
            start,end,locality,system,kind
            2025-07-01,2025-07-01,01,one_stop,error
            2025-07-02,,00004,network,outage
            2025-06-01,2025-06-02,,public_service_portal,degraded

            """)
        #expect(try cli.run(["ingest", "--units", "current", "a.csv", "r.csv", "i.csv"], in: dir.path).status == 0)
        return dir
    }

    @Test func statusSetsTheMapBesideOperation() throws {
        let dir = try fixture()
        let csv = try cli.run(["status", "--period", "2025-07", "--level", "commune", "--format", "csv"], in: dir.path)
        #expect(csv.status == 0)
        let lines = csv.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "code,name,province,status,received,received_online,online_rate,results,results_online,online_result_rate,p,q,poor,agreement")
        // Green, but no result returned online; red on 31 July (green only from 15 August), operating.
        #expect(lines[1].hasPrefix("00004,Ba Đình,01,green,100,50,0.5,50,0,0.0,"))
        #expect(lines[1].hasSuffix(",no_results_online,green_but_poor"))
        #expect(lines[2].hasPrefix("16171,Ba Đình,38,red,100,52,0.52,30,15,0.5,"))
        #expect(lines[2].hasSuffix(",,not_green_but_operating"))
        #expect(lines.contains { $0.hasPrefix("00367,Thanh Xuân,01,green,") && $0.hasSuffix(",,agrees") })

        let table = try cli.run(["status", "--period", "2025-07", "--level", "commune"], in: dir.path)
        #expect(table.stdout.hasPrefix("Reported status against measured operation · 2025-07 (2025-07-01..2025-07-31) · communes · nation's online rate 52.33%\n"
            + "3321 communes: 2 green, 0 yellow, 1 red, 3318 unreported; 1 poor in operation; 1 green but poor; 1 not green but operating\n"))
        #expect(table.stdout.contains("3319 more communes where colour and operation agree"))

        let json = try cli.run(["status", "--period", "2025-07", "--format", "json"], in: dir.path)
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let counts = try #require(object["counts"] as? [String: Int])
        #expect(counts["units"] == 34 && counts["green"] == 1 && counts["unreported"] == 33)
        #expect(counts["green_communes"] == 2 && counts["provinces_all_communes_green"] == 0)
        let rows = try #require(object["rows"] as? [[String: Any]])
        let hanoi = try #require(rows.first { $0["code"] as? String == "01" })
        #expect(hanoi["communes"] as? Int == 126 && hanoi["green_communes"] as? Int == 2)
        #expect(hanoi["poor"] as? [String] == [] && hanoi["agreement"] as? String == "agrees")   // 105 of 200 online, 20 results online
        #expect(try cli.run(["status", "--level", "nation"], in: dir.path).status == 64)
        #expect(try cli.run(["status", "--parent", "00004"], in: dir.path).status == 64)
    }

    @Test func ratesCarryIncidentsAndUnmetCriteria() throws {
        let dir = try fixture()
        let json = try cli.run(["rates", "--parent", "01", "--period", "2025-07", "--with", "incidents,readiness", "--format", "json"], in: dir.path)
        #expect(json.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let baDinh = try #require(rows.first { $0["code"] as? String == "00004" })
        // The province's one-stop error on 1 July and its own open outage from 2 July; June's nationwide one is outside.
        #expect(baDinh["incidents"] as? Int == 2)
        #expect(baDinh["incident_kinds"] as? [String: Int] == ["error": 1, "outage": 1])
        let unmet = try #require(baDinh["readiness_unmet"] as? [String])
        #expect(unmet.count == 8 && !unmet.contains("digital_signature") && unmet.contains("civil_status_linked"))
        #expect((baDinh["readiness_unmet_communes"] as? [String: Int])?["civil_status_linked"] == 1)
        let thanhXuan = try #require(rows.first { $0["code"] as? String == "00367" })
        #expect(thanhXuan["incidents"] as? Int == 1)
        #expect((thanhXuan["readiness_unmet"] as? [String])?.count == 9)

        let csv = try cli.run(["rates", "--locality", "00367", "--period", "2025-07", "--with", "incidents", "--format", "csv"], in: dir.path)
        #expect(csv.stdout.split(separator: "\n")[0].hasSuffix(",incidents,incident_kinds"))
        #expect(csv.stdout.hasSuffix(",1,error=1\n"))
        let table = try cli.run(["rates", "--locality", "00367", "--period", "2025-07", "--with", "incidents"], in: dir.path)
        #expect(table.stdout.contains("incidents") && !table.stdout.contains("incident_kinds"))
        let bad = try cli.run(["rates", "--with", "weather"], in: dir.path)
        #expect(bad.status == 64)
        #expect(bad.stderr.hasPrefix("Error: invalid --with \"weather\": expected incidents, readiness, comma-separated\n"))
    }

    @Test func compareAndTrendCarryEvidence() throws {
        let dir = try fixture()
        let compare = try cli.run(["compare", "--locality", "01", "--by", "commune", "--period", "2025-07", "--with", "incidents", "--format", "csv"],
                                  in: dir.path)
        #expect(compare.status == 0)
        #expect(compare.stdout.split(separator: "\n")[0].hasSuffix(",incidents,incident_kinds"))
        #expect(compare.stdout.contains("\n00004,Ba Đình,commune,01,Hà Nội,") && compare.stdout.contains(",2,outage=1;error=1\n"))
        let trend = try cli.run(["trend", "--locality", "00004", "--from", "2025-07-01", "--to", "2025-07-03", "--daily", "--with", "incidents",
                                 "--format", "csv"], in: dir.path)
        #expect(trend.status == 0)
        let days = trend.stdout.split(separator: "\n").map(String.init)
        #expect(days[0].hasSuffix(",incidents,incident_kinds"))
        #expect(days[1].hasPrefix("2025-07-01,") && days[1].hasSuffix(",1,error=1"))
        #expect(days[2].hasPrefix("2025-07-02,") && days[2].hasSuffix(",1,outage=1"))
        let summary = try cli.run(["trend", "--locality", "00004", "--period", "2025-07", "--with", "incidents,readiness"], in: dir.path)
        #expect(summary.stdout.contains("\nincidents at the unit or above: 2 (outage 1, error 1)\n"))
        #expect(summary.stdout.contains("readiness criteria unmet (communes): "))
    }
}
