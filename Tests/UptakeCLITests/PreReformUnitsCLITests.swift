import Foundation
import Testing
import UptakeCore
import UptakeTestSupport

/// Issue 26, "answer in the old units too": with `--units pre-2025`, trend, compare, explain,
/// anomalies and the incidents beside rates read the old units as filed, so a former province
/// (Bình Dương, 74) can be followed up to its merger.
@Suite struct PreReformUnitsCLITests {
    let cli = CLIRunner()
    static let crosswalk = ReformCrosswalk.vietnam2025

    /// Old Bình Dương's (74) first three units and a divided one, and old Bà Rịa - Vũng Tàu's (77)
    /// first two, every day from March to June 2024: 40–60 received a day on weekdays, 5 on weekends,
    /// a fifth online; the first unit received 2 on Wednesday 2024-06-12 (a planted drop).
    struct Filed {
        let dir: TemporaryDirectory
        let binhDuong: [ReformCrosswalk.OldUnit]
        let divided: ReformCrosswalk.OldUnit
        /// Received per old province and month ("74 2024-06").
        var received: [String: Int] = [:]
    }

    func filed() throws -> Filed {
        let units74 = Self.crosswalk.units.filter { $0.provinceCode == "74" }
        let divided = try #require(units74.first { $0.isDivided }, "old Bình Dương had a divided unit")
        let binhDuong = Array(units74.filter { !$0.isDivided }.prefix(3)) + [divided]
        let units = binhDuong + Self.crosswalk.units.filter { $0.provinceCode == "77" }.prefix(2)
        var random = SeededRandom(seed: 1_226)
        var csv = "date,locality,sector,received,received_online,resolved,resolved_online,synced,on_time\n"
        var data = Filed(dir: TemporaryDirectory(), binhDuong: binhDuong, divided: divided)
        var day = Day(valid: 2024, 3, 1)
        while day <= Day(valid: 2024, 6, 30) {
            for unit in units {
                var received = day.isoWeekday <= 5 ? Int.random(in: 40...60, using: &random) : 5
                if unit == units[0], day == Day(valid: 2024, 6, 12) { received = 2 }
                csv += "\(day),\(unit.code),,\(received),\(received / 5),,,,\n"
                data.received["\(unit.provinceCode) \(day.description.prefix(7))", default: 0] += received
            }
            day = day.advanced(by: 1)
        }
        data.dir.write("pre.csv", csv)
        data.dir.write("incidents.csv", """
            start,end,locality,system,kind
            2024-06-10T08:00,2024-06-10T11:00,\(units[0].code),one_stop,outage
            2024-06-11T08:00,2024-06-11T11:00,\(divided.code),one_stop,error
            2024-06-12T08:00,2024-06-12T09:00,\(units[4].code),one_stop,outage
            2024-06-13T08:00,2024-06-13T09:00,,public_service_portal,degraded

            """)
        #expect(try cli.run(["init"], in: data.dir.path).status == 0)
        for file in ["pre.csv", "incidents.csv"] {
            let out = try cli.run(["ingest", "--units", "pre-2025", file], in: data.dir.path)
            #expect(out.status == 0, "\(file): \(out.stderr)")
        }
        return data
    }

    func json(_ arguments: [String], in dir: TemporaryDirectory) throws -> Any {
        let out = try cli.run(arguments + ["--units", "pre-2025", "--format", "json"], in: dir.path)
        #expect(out.status == 0, "\(arguments): \(out.stderr)")
        return try JSONSerialization.jsonObject(with: Data(out.stdout.utf8))
    }

    @Test func everyQuestionAnswersInTheOldUnits() throws {
        let data = try filed()
        let dir = data.dir
        // trend: old Bình Dương over every day filed.
        let trend = try #require(try json(["trend", "--locality", "74", "--metric", "received"], in: dir) as? [[String: Any]])
        let total = ["03", "04", "05", "06"].reduce(0) { $0 + (data.received["74 2024-\($1)"] ?? 0) }
        #expect(trend.first?["name"] as? String == "Tỉnh Bình Dương" && trend.first?["value"] as? Int == total, "\(trend)")

        // compare: the two old provinces, June against May, each with its own totals; no other unit has data.
        let compare = try #require(try json(["compare", "--period", "2024-06", "--baseline", "2024-05", "--metric", "received"], in: dir) as? [[String: Any]])
        #expect(compare.count == 63)
        for code in ["74", "77"] {
            let row = compare.first { $0["code"] as? String == code }
            #expect(row?["volume_current"] as? Int == data.received["\(code) 2024-06"] && row?["volume_baseline"] as? Int == data.received["\(code) 2024-05"],
                    "\(code): \(row ?? [:])")
        }

        // anomalies: the planted day, at the old commune it was filed under.
        let anomalies = try #require(try json(["anomalies", "--level", "commune", "--parent", "74", "--period", "2024-06", "--metric", "received"], in: dir)
            as? [[String: Any]])
        let drop = anomalies.first { $0["start"] as? String == "2024-06-12" && $0["kind"] as? String == "drop" }
        #expect(drop?["locality"] as? String == data.binhDuong[0].code && drop?["province"] as? String == "74", "\(anomalies)")

        // The incidents beside each old commune: its own (the divided unit's once, though stored for
        // each commune it went into) and the nationwide one; old 77's is not Bình Dương's.
        let rates = try #require(try json(["rates", "--period", "2024-06", "--level", "commune", "--parent", "74", "--with", "incidents"], in: dir)
            as? [[String: Any]])
        let incidents = Dictionary(uniqueKeysWithValues: rates.map { ($0["code"] as? String ?? "", $0["incidents"] as? Int ?? -1) })
        #expect(incidents[data.binhDuong[0].code] == 2 && incidents[data.divided.code] == 2 && incidents[data.binhDuong[1].code] == 1,
                "\(data.binhDuong.map { ($0.code, incidents[$0.code] ?? -1) })")

        // explain: the old province by code, with its communes' incidents checked (its own two and the nationwide one).
        let explanation = try #require(try json(["explain", "--locality", "74", "--period", "2024-06", "--baseline", "2024-05", "--metric", "received"], in: dir)
            as? [String: Any])
        #expect(explanation["name"] as? String == "Tỉnh Bình Dương")
        let checked = (explanation["checked"] as? [String] ?? []).joined(separator: "\n")
        #expect(checked.contains("3 incidents recorded at Tỉnh Bình Dương (74)"), "\(checked)")
        // Its peers are the old provinces with data over these days: Bà Rịa - Vũng Tàu alone, not all 62 others.
        #expect(checked.contains("Against the other province over the same days"), "\(checked)")
    }

    /// The other questions take the old units too: the crosswalk's names are looked up, a forecast is
    /// fitted on an old province's days, and lagging and gap compare old units.
    @Test func lookupsForecastsAndGapsInTheOldUnits() throws {
        let data = try filed()
        let dir = data.dir
        let found = try #require(try json(["localities", "--search", "Tỉnh Bình Dương"], in: dir) as? [[String: Any]])
        #expect(found.contains { $0["code"] as? String == "74" && $0["level"] as? String == "province" }, "\(found)")
        let forecast = try #require(try json(["forecast", "--locality", "74", "--metric", "received", "--history-to", "2024-05-31", "--until", "2024-06-07"], in: dir)
            as? [String: Any])
        let units = try #require(forecast["units"] as? [[String: Any]])
        #expect(units.first?["locality"] as? String == "74" && (units.first?["days"] as? [[String: Any]])?.count == 7, "\(units)")
        let gap = try #require(try json(["gap", "--locality", "74", "--versus", "77", "--period", "2024-06"], in: dir) as? [String: Any])
        #expect(gap["locality"] as? String == "74" && gap["versus"] as? String == "77", "\(gap.keys.sorted())")
        let lagging = try #require(try json(["lagging", "--level", "commune", "--parent", "74", "--period", "2024-06"], in: dir) as? [[String: Any]])
        let codes = Set(lagging.compactMap { $0["locality"] as? String })
        #expect(codes.isSuperset(of: data.binhDuong.map(\.code)) && codes.allSatisfy { Self.crosswalk[$0]?.provinceCode == "74" }, "\(codes.sorted())")
    }

    /// A database with no pre-reform rows says so; an old code that does not exist is named.
    @Test func withoutPreReformDataOrWithAnUnknownCodeTheAnswerSaysWhy() throws {
        let empty = TemporaryDirectory()
        #expect(try cli.run(["init"], in: empty.path).status == 0)
        let none = try cli.run(["trend", "--units", "pre-2025", "--locality", "74"], in: empty.path)
        #expect(none.status != 0 && none.stderr.contains("the database holds no applications in pre-reform units"), "\(none.stderr)")
        let data = try filed()
        let unknown = try cli.run(["compare", "--units", "pre-2025", "--period", "2024-06", "--parent", "99"], in: data.dir.path)
        #expect(unknown.status != 0 && unknown.stderr.contains("99"), "\(unknown.stderr)")
    }
}
