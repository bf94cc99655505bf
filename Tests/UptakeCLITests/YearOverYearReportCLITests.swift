import Foundation
import Testing
import UptakeCore
import UptakeTestSupport

/// Issue 26, year over year in the report: July 2025 against July 2024, last year filed in the
/// pre-reform units (Hà Nội, and the three old provinces now in Hồ Chí Minh City), this year in
/// today's. The report's part gives the numbers `compare --baseline last-year` gives.
@Suite(.tags(.slow)) struct YearOverYearReportCLITests {
    let cli = CLIRunner()
    static let header = "date,locality,sector,received,received_online,resolved,resolved_online,synced,on_time\n"
    static let oldProvinces: Set<String> = ["01", "74", "77", "79"]

    /// Two days of every old unit of the four old provinces in July 2024 and of every commune they
    /// went into in July 2025, random counts; with the nation's totals of each year (received, online).
    func store(lastYear: Bool = true) throws -> (dir: TemporaryDirectory, totals: [Int: (online: Int64, received: Int64)]) {
        var random = SeededRandom(seed: 2026)
        let units = ReformCrosswalk.vietnam2025.units.filter { Self.oldProvinces.contains($0.provinceCode) }
        var pre = Self.header, current = Self.header, totals: [Int: (online: Int64, received: Int64)] = [2024: (0, 0), 2025: (0, 0)]
        func row(_ year: Int, _ day: String, _ code: String, max: Int) -> String {
            let received = Int.random(in: 0...max, using: &random), online = Int.random(in: 0...received, using: &random)
            totals[year] = (totals[year]!.online + Int64(online), totals[year]!.received + Int64(received))
            return "\(day),\(code),,\(received),\(online),,,,\n"
        }
        for day in ["2024-07-01", "2024-07-02"] { for unit in units { pre += row(2024, day, unit.code, max: 12) } }
        for day in ["2025-07-01", "2025-07-02"] { for code in Set(units.flatMap(\.parts)).sorted() { current += row(2025, day, code, max: 30) } }
        let dir = TemporaryDirectory()
        guard try cli.run(["init"], in: dir.path).status == 0 else { throw SetupFailed(step: "init") }
        dir.write("pre.csv", pre)
        dir.write("current.csv", current)
        if lastYear { guard try cli.run(["ingest", "--units", "pre-2025", "pre.csv"], in: dir.path).status == 0 else { throw SetupFailed(step: "ingest pre") } }
        guard try cli.run(["ingest", "current.csv"], in: dir.path).status == 0 else { throw SetupFailed(step: "ingest") }
        return (dir, totals)
    }

    func json(_ arguments: [String], in dir: TemporaryDirectory) throws -> Any {
        let out = try cli.run(arguments, in: dir.path)
        #expect(out.status == 0, "\(out.stderr)")
        return try JSONSerialization.jsonObject(with: Data(out.stdout.utf8))
    }

    /// The report's year-over-year part as JSON: its `content`, or the whole section when missing.
    func yearOverYear(_ arguments: [String], in dir: TemporaryDirectory) throws -> [String: Any] {
        let out = try cli.run(["report", "--period", "2025-07", "--out", "r.json"] + arguments, in: dir.path)
        #expect(out.status == 0, "\(out.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir.file("r.json")))) as? [String: Any])
        return try #require(report["year_over_year"] as? [String: Any])
    }

    /// Each row of the part equals compare's row for the same unit: volumes per working day, rates,
    /// change, verdict and the allocation mark; the nation's change interval is Newcomb's on the totals.
    func expectSame(_ rows: [[String: Any]], _ compared: [[String: Any]], sourceLocation: SourceLocation = #_sourceLocation) {
        let byCode = Dictionary(compared.map { ("\($0["code"] ?? "")", $0) }, uniquingKeysWith: { a, _ in a })
        for row in rows {
            let unit = row["unit"] as? [String: Any] ?? [:], code = "\(unit["code"] ?? "")"
            guard let c = byCode[code] else { Issue.record("compare has no row \(code)", sourceLocation: sourceLocation); continue }
            let volume = row["received"] as? [String: Any] ?? [:], rate = row["rate"] as? [String: Any] ?? [:]
            let pairs: [(Any?, Any?)] = [(volume["baseline_per_working_day"], c["volume_baseline_per_working_day"]),
                                         (volume["current_per_working_day"], c["volume_current_per_working_day"]),
                                         (volume["baseline"], c["volume_baseline"]), (rate["baseline"], c["rate_baseline"]), (rate["current"], c["rate_current"]),
                                         (rate["change"], c["rate_change"]), (rate["significant"], c["rate_significant"])]
            // A missing figure: left out of the report's JSON, null in compare's.
            func text(_ x: Any?) -> String { x.map { $0 is NSNull ? "nil" : "\($0)" } ?? "nil" }
            for (i, (a, b)) in pairs.enumerated() {
                #expect(text(a) == text(b), "\(code), figure \(i): report \(text(a)), compare \(text(b))", sourceLocation: sourceLocation)
            }
            #expect(row["allocated"] as? Bool == c["allocated"] as? Bool ?? false, "\(code): the allocation mark", sourceLocation: sourceLocation)
        }
    }

    @Test func theNationAndEachProvinceAsCompareGivesThem() throws {
        let (dir, totals) = try store()
        let part = try yearOverYear([], in: dir)
        #expect(part["status"] as? String == "present", "\(part)")
        let content = try #require(part["content"] as? [String: Any])
        let rows = try #require(content["rows"] as? [[String: Any]])
        #expect(rows.count == 3, "the nation, Hà Nội and Hồ Chí Minh City: the provinces without applications are left out")
        #expect(content["across_reform"] as? Bool == true && content["working_days"] as? Int == 23 && content["baseline_working_days"] as? Int == 23)
        let provinces = try #require(try json(["compare", "--period", "2025-07", "--baseline", "last-year", "--format", "json"], in: dir) as? [[String: Any]])
        let nation = try #require(try json(["compare", "--period", "2025-07", "--baseline", "last-year", "--level", "nation", "--format", "json"], in: dir) as? [[String: Any]])
        expectSame([rows[0]], nation)
        expectSame(Array(rows.dropFirst()), provinces)
        #expect(Set(rows.dropFirst().compactMap { ($0["unit"] as? [String: Any])?["code"] as? String }) == ["01", "79"])
        // The nation's change interval: Newcomb's on the totals written (independent of the report's path).
        let (now, before) = (totals[2025]!, totals[2024]!)
        let newcomb = try TwoProportionDifference(now.online, of: now.received, versus: before.online, of: before.received)
        let rate = try #require(rows[0]["rate"] as? [String: Any])
        #expect(abs((rate["change_low"] as? Double ?? .nan) - newcomb.low) < 1e-12 && abs((rate["change_high"] as? Double ?? .nan) - newcomb.high) < 1e-12)
        #expect(abs((rate["change"] as? Double ?? .nan) - newcomb.difference) < 1e-12)
    }

    /// A province's communes: those a divided old unit went into are marked, as compare marks them,
    /// and the rendered part says so in a column and a note.
    @Test func aProvincesCommunesCarryTheAllocationMark() throws {
        let (dir, _) = try store()
        let content = try #require(try yearOverYear(["--locality", "79"], in: dir)["content"] as? [String: Any])
        let rows = try #require(content["rows"] as? [[String: Any]])
        let communes = try #require(try json(["compare", "--period", "2025-07", "--baseline", "last-year", "--locality", "79", "--by", "commune",
                                              "--format", "json"], in: dir) as? [[String: Any]])
        expectSame(Array(rows.dropFirst()), communes)
        let marked = rows.filter { $0["allocated"] as? Bool == true }.count
        #expect(marked > 0 && marked == communes.filter { $0["allocated"] as? Bool == true }.count)
        #expect(try cli.run(["report", "--period", "2025-07", "--locality", "79", "--out", "hcm.md"], in: dir.path).status == 0)
        let md = try String(contentsOfFile: dir.file("hcm.md"), encoding: .utf8)
        let section = try #require(md.components(separatedBy: "## Year over year: 2025-07 against 2024-07").dropFirst().first?.components(separatedBy: "\n## ").first)
        #expect(section.contains("rests in part on equal shares of a divided pre-reform unit |"), "the column")
        #expect(section.contains("allocated: \(marked) rows rest in part on pre-reform data of a divided unit"), "the note, with the count")
    }

    /// Without last year's data the part is one sentence, no table; in Vietnamese too.
    @Test func withoutLastYearOneLine() throws {
        let (dir, _) = try store(lastYear: false)
        let part = try yearOverYear([], in: dir)
        #expect(part["status"] as? String == "missing" && part["gap"] as? String == "no_baseline_data")
        for (lang, heading, line) in [("en", "## Year over year: 2025-07 against 2024-07",
                                       "_The database holds no applications for Việt Nam in 2024-07, a year before, so there is no year-over-year comparison._"),
                                      ("vi", "## So với cùng kỳ năm trước: tháng 7/2025 so với tháng 7/2024",
                                       "_Cơ sở dữ liệu không có hồ sơ nào của Việt Nam trong tháng 7/2024, cùng kỳ năm trước, nên không có so sánh với cùng kỳ năm trước._")] {
            #expect(try cli.run(["report", "--period", "2025-07", "--lang", lang, "--out", "r-\(lang).md"], in: dir.path).status == 0)
            let md = try String(contentsOfFile: dir.file("r-\(lang).md"), encoding: .utf8)
            let section = md.components(separatedBy: heading + "\n\n").dropFirst().first?.components(separatedBy: "\n## ").first
            #expect(section?.trimmingCharacters(in: .whitespacesAndNewlines) == line, "\(lang): \(section ?? "no part")")
        }
    }

    /// Under --lang vi every sentence, heading and column of the part is Vietnamese, numbers in its style.
    @Test func vietnameseReaders() throws {
        let (dir, _) = try store()
        #expect(try cli.run(["report", "--period", "2025-07", "--locality", "79", "--lang", "vi", "--out", "vi.md"], in: dir.path).status == 0)
        let md = try String(contentsOfFile: dir.file("vi.md"), encoding: .utf8)
        let section = try #require(md.components(separatedBy: "## So với cùng kỳ năm trước: tháng 7/2025 so với tháng 7/2024").dropFirst().first?
            .components(separatedBy: "\n## ").first)
        for phrase in ["tiếp nhận bình quân", "ngày làm việc theo lịch năm đó", "Tỷ lệ hồ sơ trực tuyến:", "khoảng tin cậy 95%:",
                       "tháng 7/2024: tỷ lệ hồ sơ trực tuyến", "tháng 7/2025: bình quân ngày làm việc", "phân bổ ước tính", "điểm %",
                       "trước khi sắp xếp đơn vị hành chính ngày 1/7/2025"] {
            #expect(section.contains(phrase), "\(phrase)")
        }
        for english in ["per working day", "working days", "significant", "interval", "Online", "against", "allocated", " pp", "rests in part"] {
            #expect(!section.contains(english), "English left: \(english)")
        }
    }
}

/// A setup command that did not succeed: the test stops there.
private struct SetupFailed: Error { let step: String }
