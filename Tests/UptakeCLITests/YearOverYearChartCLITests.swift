import Foundation
import Testing
import UptakeCore
import UptakeTestSupport

/// Issue 26: the report's year-over-year part draws the scope's daily applications beside last
/// year's same days, last year's filed in the pre-reform units and folded into today's province
/// day by day (every old unit lies within one new province, so the fold is exact).
@Suite(.tags(.slow)) struct YearOverYearChartCLITests {
    let cli = CLIRunner()
    static let header = "date,locality,sector,received,received_online,resolved,resolved_online,synced,on_time\n"

    /// Every old unit of the old provinces now in Hà Nội (01) and Hồ Chí Minh City (79: the old 74, 77
    /// and 79) on 1-2 July 2024, every new commune they went into on 1-2 July 2025, random counts;
    /// with each new province's total per day, summed here from the rows written.
    @Test func lastYearsDaysFoldIntoTheProvinceExactly() throws {
        var random = SeededRandom(seed: 2607)
        let units = ReformCrosswalk.vietnam2025.units.filter { ["01", "74", "77", "79"].contains($0.provinceCode) }
        var pre = Self.header, current = Self.header
        var totals: [String: Int] = [:]   // "province day" -> received
        for day in ["2024-07-01", "2024-07-02"] {
            for unit in units {
                let received = Int.random(in: 0...12, using: &random)
                totals["\(unit.newProvinceCode) \(day)", default: 0] += received
                pre += "\(day),\(unit.code),,\(received),\(received / 2),,,,\n"
            }
        }
        let communes = Dictionary(units.flatMap { u in u.parts.map { ($0, u.newProvinceCode) } }, uniquingKeysWith: { a, _ in a })
        for day in ["2025-07-01", "2025-07-02"] {
            for (code, province) in communes.sorted(by: { $0.key < $1.key }) {
                let received = Int.random(in: 0...30, using: &random)
                totals["\(province) \(day)", default: 0] += received
                current += "\(day),\(code),,\(received),\(received / 3),,,,\n"
            }
        }
        let dir = TemporaryDirectory()
        _ = try cli.run(["init"], in: dir.path)
        dir.write("pre.csv", pre)
        dir.write("current.csv", current)
        #expect(try cli.run(["ingest", "--units", "pre-2025", "pre.csv"], in: dir.path).status == 0)
        #expect(try cli.run(["ingest", "current.csv"], in: dir.path).status == 0)

        for province in ["79", "01"] {
            #expect(try cli.run(["report", "--period", "2025-07", "--locality", province, "--out", "r\(province).json"], in: dir.path).status == 0)
            let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir.file("r\(province).json")))) as? [String: Any])
            let daily = try #require(((report["year_over_year"] as? [String: Any])?["content"] as? [String: Any])?["daily"] as? [String: Any])
            #expect(daily["first"] as? String == "2025-07-01" && daily["baseline_first"] as? String == "2024-07-01")
            let before = try #require(daily["baseline_received"] as? [Any]), now = try #require(daily["received"] as? [Any])
            #expect(before.count == 31 && now.count == 31)
            for (i, day) in ["01", "02"].enumerated() {
                #expect(before[i] as? Double == Double(totals["\(province) 2024-07-\(day)"] ?? -1), "\(province), 2024-07-\(day)")
                #expect(now[i] as? Double == Double(totals["\(province) 2025-07-\(day)"] ?? -1), "\(province), 2025-07-\(day)")
            }
            #expect(before[2] is NSNull && now[30] is NSNull, "days without rows are null, not 0")
        }
        // The nation: every old unit's day.
        #expect(try cli.run(["report", "--period", "2025-07", "--out", "nation.json"], in: dir.path).status == 0)
        let nation = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir.file("nation.json")))) as? [String: Any])
        let daily = try #require(((nation["year_over_year"] as? [String: Any])?["content"] as? [String: Any])?["daily"] as? [String: Any])
        #expect((daily["baseline_received"] as? [Any])?.first as? Double == Double((totals["79 2024-07-01"] ?? 0) + (totals["01 2024-07-01"] ?? 0)))

        // The chart: this year's line and last year's dashed behind it, in the part, in both languages.
        #expect(try cli.run(["report", "--period", "2025-07", "--locality", "79", "--out", "hcm.md"], in: dir.path).status == 0)
        let md = try String(contentsOfFile: dir.file("hcm.md"), encoding: .utf8)
        let part = try #require(md.components(separatedBy: "## Year over year: 2025-07 against 2024-07").dropFirst().first?.components(separatedBy: "\n## ").first)
        #expect(part.contains("![Hồ Chí Minh: applications received per day, 2025-07 and 2024-07](hcm-year-over-year.svg)"), "\(part)")
        let svg = try String(contentsOfFile: dir.file("hcm-year-over-year.svg"), encoding: .utf8)
        #expect(svg.contains("stroke-dasharray=\"5 3\"") && svg.contains(">2024-07<") && svg.contains(">2025-07<"))
        #expect(try cli.run(["report", "--period", "2025-07", "--locality", "79", "--lang", "vi", "--out", "vi.md"], in: dir.path).status == 0)
        let vi = try String(contentsOfFile: dir.file("vi.md"), encoding: .utf8)
        #expect(vi.contains("![Hồ Chí Minh: hồ sơ tiếp nhận mỗi ngày, tháng 7/2025 và tháng 7/2024](vi-year-over-year.svg)"))
    }
}
