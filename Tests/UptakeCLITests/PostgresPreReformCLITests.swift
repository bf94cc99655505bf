import Foundation
import Testing
import UptakeCore
import UptakeTestSupport

/// Issue 26 on PostgreSQL: the same pre-reform files (applications, incidents, readiness) ingested
/// into SQLite and into a throwaway PostgreSQL cluster give the same ingest counts and the same
/// answers, in today's units (folded) and in the old ones, with the incidents and readiness each
/// store moved to today's communes, or read under the old codes they were filed under.
@Suite struct PostgresPreReformCLITests {
    let cli = CLIRunner()
    static let header = "date,locality,sector,received,received_online,resolved,resolved_online,synced,on_time\n"

    /// Every old unit of Hà Nội (01), of the three old provinces now in Hồ Chí Minh City (74, 77, 79)
    /// and the island district Côn Đảo (755), on two days of July 2024 and in two sectors, random
    /// counts (optional fields left empty now and then); returns the file and old Hà Nội's received
    /// and online counts (today's province 01 is old Hà Nội unchanged).
    static func applications() -> (csv: String, hanoi: (received: Int, online: Int)) {
        var random = SeededRandom(seed: 2026)
        var csv = header, hanoi = (received: 0, online: 0)
        let units = ReformCrosswalk.vietnam2025.units.filter { ["01", "74", "77", "79"].contains($0.provinceCode) || $0.code == "755" }
        for day in ["2024-07-01", "2024-07-02"] {
            for unit in units {
                for sector in ["land", "civil_status"] {
                    let received = Int.random(in: 0...30, using: &random), online = Int.random(in: 0...received, using: &random)
                    let resolved = Int.random(in: 0...received, using: &random), onTime = Int.random(in: 0...resolved, using: &random)
                    let optional = Int.random(in: 0..<4, using: &random) == 0 ? ",,," : "\(resolved),\(Int.random(in: 0...resolved, using: &random)),\(received),\(onTime)"
                    csv += "\(day),\(unit.code),\(sector),\(received),\(online),\(optional)\n"
                    if unit.provinceCode == "01" { hanoi.received += received; hanoi.online += online }
                }
            }
        }
        return (csv, hanoi)
    }

    /// 00001 and 00037 went whole into 00097; 00007 was divided between 00025 and 00008; 760 is old
    /// District 1 and 74 old Bình Dương (both in today's 79); the last incident is nationwide.
    static let incidents = """
        start,end,locality,system,kind
        2024-07-01T08:00,2024-07-01T09:00,00001,public_service_portal,outage
        2024-07-01T08:00,2024-07-01T09:00,00037,public_service_portal,outage
        2024-07-02T08:00,,00007,public_service_portal,outage
        2024-07-02T08:00,2024-07-02T10:00,760,public_service_portal,outage
        2024-07-01T08:00,2024-07-01T10:00,74,public_service_portal,outage
        2024-07-02T13:00,2024-07-02T15:00,,public_service_portal,outage

        """

    static let readiness = """
        date,locality,criterion,value
        2024-06-01,00007,digital_signature,true
        2024-06-01,00001,digital_signature,false
        2024-06-01,00037,digital_signature,true
        2024-06-01,00001,online_meetings,true
        2024-06-01,00001,reported_status,green
        2024-06-01,00037,reported_status,red
        2024-06-01,00067,reported_status,yellow
        2024-07-02,00067,digital_signature,true

        """

    @Test(.enabled(if: PostgresTestCluster.unavailableReason == nil, Comment(rawValue: PostgresTestCluster.unavailableReason ?? "")))
    func preReformAnswersOnPostgreSQLEqualSQLite() throws {
        let dir = TemporaryDirectory()
        let url = try PostgresTestCluster.shared.get().createDatabase()
        let (applications, hanoi) = Self.applications()
        dir.write("pre.csv", applications)
        // The first 50 rows again, one of them revised (a 1 put before its received count: 7 -> 17), and a day not seen yet.
        let lines = applications.split(separator: "\n").dropFirst().prefix(50).map(String.init)
        let fields = lines[6].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        try #require(fields[2] == "land" && ReformCrosswalk.vietnam2025[fields[1]]?.provinceCode == "01", "\(fields)")
        let revised = lines.enumerated().map { $0 == 6 ? $1.replacingOccurrences(of: ",land,", with: ",land,1") : $1 }
        dir.write("pre-again.csv", Self.header + revised.joined(separator: "\n") + "\n2024-07-03,00001,land,5,5,,,,\n")
        dir.write("incidents.csv", Self.incidents)
        dir.write("readiness.csv", Self.readiness)

        #expect(try cli.run(["init"], in: dir.path).status == 0)
        #expect(try cli.run(["init", "--db", url], in: dir.path).status == 0)
        for file in ["pre.csv", "pre-again.csv", "incidents.csv", "readiness.csv", "incidents.csv"] {
            let sqlite = try cli.run(["ingest", "--units", "pre-2025", file], in: dir.path)
            let postgres = try cli.run(["ingest", "--units", "pre-2025", "--db", url, file], in: dir.path)
            #expect(sqlite.status == 0, "\(file): \(sqlite.stderr)")
            #expect(postgres.status == 0 && postgres.stdout == sqlite.stdout, "\(file): \(postgres.stdout)\(postgres.stderr) against \(sqlite.stdout)")
        }

        let questions: [[String]] = [
            ["rates", "--period", "2024-07"],
            ["rates", "--period", "2024-07", "--level", "commune", "--parent", "01", "--metric", "on-time"],
            ["rates", "--period", "2024-07", "--level", "commune", "--parent", "79", "--sector", "land"],
            ["rates", "--period", "2024-07", "--by", "day", "--locality", "79"],
            ["rates", "--period", "2024-07", "--level", "commune", "--parent", "01", "--with", "incidents,readiness"],
            ["rates", "--period", "2024-07", "--level", "province", "--with", "incidents"],
            ["rates", "--units", "pre-2025", "--period", "2024-07"],
            ["rates", "--units", "pre-2025", "--period", "2024-07", "--by", "day", "--level", "commune", "--parent", "74", "--sector", "civil_status"],
            ["readiness", "--as-of", "2024-06-30", "--level", "commune", "--parent", "01"],
            ["readiness", "--as-of", "2024-07-31"],
            ["readiness", "--units", "pre-2025", "--as-of", "2024-06-30", "--level", "commune", "--parent", "01"],
            ["readiness", "--units", "pre-2025", "--as-of", "2024-07-31"],
            ["rates", "--units", "pre-2025", "--period", "2024-07", "--level", "commune", "--parent", "01", "--with", "incidents,readiness"],
            ["trend", "--units", "pre-2025", "--locality", "74", "--metric", "received", "--by", "day"],
            ["compare", "--units", "pre-2025", "--period", "2024-07-02", "--baseline", "2024-07-01", "--level", "commune", "--parent", "79"],
        ]
        for question in questions {
            let sqlite = try cli.run(question + ["--format", "csv"], in: dir.path)
            let postgres = try cli.run(question + ["--format", "csv", "--db", url], in: dir.path)
            #expect(sqlite.status == 0 && sqlite.stdout.split(separator: "\n").count > 1, "\(question): \(sqlite.stdout)\(sqlite.stderr)")
            #expect(postgres.stdout == sqlite.stdout, "\(question): \(postgres.stderr)")
        }

        // What the stores agree on is the data: old Hà Nội's counts (and the one new row of pre-again.csv) are province 01's.
        let out = try cli.run(["rates", "--period", "2024-07", "--locality", "01", "--format", "json", "--db", url], in: dir.path)
        let row = try #require((try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])?.first, "\(out.stderr)")
        let received = hanoi.received - Int(fields[3])! + Int("1" + fields[3])! + 5
        #expect(row["numerator"] as? Int == hanoi.online + 5 && row["denominator"] as? Int == received, "\(row)")
        // 00097 (from 00001, 00037 and 00067) is as ready as the least ready of them; 00025 holds the divided 00007's value.
        let communes = try cli.run(["readiness", "--as-of", "2024-06-30", "--level", "commune", "--parent", "01", "--format", "json", "--db", url], in: dir.path)
        let byCode = try #require(try JSONSerialization.jsonObject(with: Data(communes.stdout.utf8)) as? [[String: Any]], "\(communes.stderr)")
            .reduce(into: [String: [String: Any]]()) { $0[$1["code"] as? String ?? ""] = $1 }
        #expect(byCode["00097"]?["digital_signature"] as? String == "false" && byCode["00025"]?["digital_signature"] as? String == "true",
                "\(byCode["00097"] ?? [:])")
        #expect(byCode["00097"]?["status"] as? String == "red")

        // In the old units each unit keeps its own value, the divided 00007's counted once.
        let old = try cli.run(["readiness", "--units", "pre-2025", "--as-of", "2024-06-30", "--level", "commune", "--parent", "01", "--format", "json", "--db", url],
                              in: dir.path)
        let oldByCode = try #require(try JSONSerialization.jsonObject(with: Data(old.stdout.utf8)) as? [[String: Any]], "\(old.stderr)")
            .reduce(into: [String: [String: Any]]()) { $0[$1["code"] as? String ?? ""] = $1 }
        #expect(oldByCode.count == ReformCrosswalk.vietnam2025.units.filter { $0.provinceCode == "01" }.count)
        #expect(["00001", "00007", "00037"].map { oldByCode[$0]?["digital_signature"] as? String } == ["false", "true", "true"])
        #expect(["00001", "00037", "00067"].map { oldByCode[$0]?["status"] as? String } == ["green", "red", "yellow"])
        #expect(oldByCode["00004"]?["digital_signature"] as? String == nil, "a unit without rows has no value")
    }
}
