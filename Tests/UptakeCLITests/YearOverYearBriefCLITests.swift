import Foundation
import Testing
import UptakeTestSupport

/// Issue 26: the report's brief says how the month compares with last year, in one sentence per
/// language, its words agreeing with its intervals ("higher"/"lower" only when the 95% interval
/// excludes no change), and says so in one line when last year has no data.
@Suite(.tags(.slow)) struct YearOverYearBriefCLITests {
    let cli = CLIRunner()

    /// The brief (the report's first part) of a Markdown report.
    func brief(_ dir: TemporaryDirectory, _ arguments: [String], heading: String) throws -> String {
        let out = try cli.run(["report", "--period", "2025-07", "--out", "b.md"] + arguments, in: dir.path)
        #expect(out.status == 0, "\(out.stderr)")
        let md = try String(contentsOfFile: dir.file("b.md"), encoding: .utf8)
        return try #require(md.components(separatedBy: heading + "\n\n").dropFirst().first?.components(separatedBy: "\n## ").first)
    }

    /// Ba Đình (00004, Hà Nội) in July 2024 and July 2025, in today's codes: every day (weekends too)
    /// `received` applications of which `online`, ±10 and ±5 on alternate days so the days vary.
    func store(lastYear: (received: Int, online: Int), thisYear: (received: Int, online: Int)) throws -> TemporaryDirectory {
        var lines = ["date,locality,received,received_online"]
        for (year, counts) in [(2024, lastYear), (2025, thisYear)] {
            for day in 1...31 {
                let swing = day % 2 == 0 ? 10 : -10
                lines.append(String(format: "%d-07-%02d,00004,%d,%d", year, day, counts.received + swing, counts.online + swing / 2))
            }
        }
        let dir = TemporaryDirectory()
        _ = try cli.run(["init"], in: dir.path)
        dir.write("a.csv", lines.joined(separator: "\n") + "\n")
        #expect(try cli.run(["ingest", "--units", "current", "a.csv"], in: dir.path).status == 0)
        return dir
    }

    /// Up, down and level: the words follow the interval, in English and Vietnamese; the numbers are
    /// those of the report's year-over-year JSON (compare's), bounds included.
    struct Case: Sendable, CustomStringConvertible {
        let name: String, last: (received: Int, online: Int), this: (received: Int, online: Int), en: String, vi: String
        var description: String { name }
    }

    @Test(arguments: [Case(name: "up", last: (100, 40), this: (150, 90), en: "higher", vi: "cao hơn"),
                      Case(name: "down", last: (150, 90), this: (100, 40), en: "lower", vi: "thấp hơn"),
                      Case(name: "level", last: (100, 50), this: (100, 50), en: "no clear change", vi: "không có thay đổi rõ rệt")])
    func wordsFollowTheIntervals(_ c: Case) throws {
        let (name, en, vi) = (c.name, c.en, c.vi)
        let dir = try store(lastYear: c.last, thisYear: c.this)
        let english = try brief(dir, ["--locality", "01"], heading: "## The month in brief")
        let sentence = try #require(english.split(separator: "\n").first.map(String.init))
        #expect(sentence.hasPrefix("Against 2024-07, Hà Nội received "), "\(name): \(sentence)")
        // The applications' and the online share's change carry the same word in these data.
        #expect(sentence.components(separatedBy: en).count == 3, "\(name): '\(en)' twice in \(sentence)")
        for other in ["higher", "lower", "no clear change"] where other != en {
            #expect(!sentence.contains(other), "\(name): '\(other)' in \(sentence)")
        }
        let out = try cli.run(["report", "--period", "2025-07", "--locality", "01", "--out", "b.json"], in: dir.path)
        #expect(out.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir.file("b.json")))) as? [String: Any])
        let head = try #require((((report["year_over_year"] as? [String: Any])?["content"] as? [String: Any])?["rows"] as? [[String: Any]])?.first)
        let received = try #require(head["received"] as? [String: Any]), rate = try #require(head["rate"] as? [String: Any])
        let (low, high) = (try #require(received["relative_change_low"] as? Double), try #require(received["relative_change_high"] as? Double))
        let (rateLow, rateHigh) = (try #require(rate["change_low"] as? Double), try #require(rate["change_high"] as? Double))
        #expect((low > 0 ? "higher" : high < 0 ? "lower" : "no clear change") == en, "\(name): the volume's interval \(low)…\(high)")
        #expect((rateLow > 0 ? "higher" : rateHigh < 0 ? "lower" : "no clear change") == en, "\(name): the rate's interval \(rateLow)…\(rateHigh)")
        func signed(_ x: Double, _ digits: Int) -> String { (x >= 0 ? "+" : "") + String(format: "%.\(digits)f", x * 100) }
        #expect(sentence.contains("95% interval \(signed(low, 1))% to \(signed(high, 1))%"), "\(name): \(sentence)")
        #expect(sentence.contains("95% interval \(signed(rateLow, 2)) pp to \(signed(rateHigh, 2)) pp"), "\(name): \(sentence)")
        // The year-over-year part's sentence gives the volume's interval too.
        let md = try String(contentsOfFile: dir.file("b.md"), encoding: .utf8)
        #expect(md.components(separatedBy: "95% interval \(signed(low, 1))% to \(signed(high, 1))%").count == 3, "\(name): in the brief and the part")
        // compare --baseline last-year gives the volume's bounds (ratio − 1).
        let compared = try cli.run(["compare", "--period", "2025-07", "--baseline", "last-year", "--locality", "01", "--format", "json"], in: dir.path)
        let row = try #require((try JSONSerialization.jsonObject(with: Data(compared.stdout.utf8)) as? [[String: Any]])?.first)
        expectClose(try #require(row["volume_ratio_low"] as? Double) - 1, low, rel: 1e-12)
        expectClose(try #require(row["volume_ratio_high"] as? Double) - 1, high, rel: 1e-12)

        let vietnamese = try brief(dir, ["--locality", "01", "--lang", "vi"], heading: "## Tóm tắt tháng")
        let câu = try #require(vietnamese.split(separator: "\n").first.map(String.init))
        #expect(câu.hasPrefix("So với tháng 7/2024, Hà Nội tiếp nhận bình quân "), "\(name): \(câu)")
        #expect(câu.components(separatedBy: vi).count == 3, "\(name): '\(vi)' twice in \(câu)")
        #expect(câu.contains("khoảng tin cậy 95%: \(signed(low, 1).replacingOccurrences(of: ".", with: ",")) % đến"), "\(name): \(câu)")
        for english in ["higher", "lower", "interval", "per working day", " pp"] { #expect(!câu.contains(english), "\(name): English left: \(english)") }
    }

    /// Without last year's applications: one line in each language, and the five numbers follow.
    @Test func withoutLastYearOneLine() throws {
        let dir = TemporaryDirectory()
        _ = try cli.run(["init"], in: dir.path)
        dir.write("a.csv", "date,locality,received,received_online\n2025-07-01,00004,100,40\n2025-07-02,00004,90,30\n")
        #expect(try cli.run(["ingest", "a.csv"], in: dir.path).status == 0)
        let english = try brief(dir, ["--locality", "01"], heading: "## The month in brief")
        #expect(english.hasPrefix("No year-over-year comparison: the database holds no applications for Hà Nội in 2024-07.\n\nHà Nội in 2025-07, in five numbers"), "\(english)")
        let vietnamese = try brief(dir, ["--locality", "01", "--lang", "vi"], heading: "## Tóm tắt tháng")
        #expect(vietnamese.hasPrefix("Không có so sánh với cùng kỳ năm trước: cơ sở dữ liệu không có hồ sơ nào của Hà Nội trong tháng 7/2024.\n\n"), "\(vietnamese)")
    }
}
