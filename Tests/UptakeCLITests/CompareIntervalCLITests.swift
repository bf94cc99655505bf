import Foundation
import Testing
import UptakeTestSupport

/// `uptake compare` shows the interval of each change (issue 26): a rate's Newcomb interval in every
/// format, against statsmodels' `confint_proportions_2indep(method="newcomb")` as stored in
/// Tests/UptakeCoreTests/Fixtures/two_proportion_difference.json (scripts/fixtures/make_explain_fixtures.py).
@Suite struct CompareIntervalCLITests {
    let cli = CLIRunner()

    struct Case: Decodable { let name: String; let x1, n1, x2, n2: Int64; let low, high: Double }
    struct Fixture: Decodable { let cases: [Case] }

    /// Three of the fixture's cases, each at one commune of Hà Nội: the current period 1 July 2025
    /// (x1 of n1 online), the baseline 30 June (x2 of n2).
    static let placed = [("small", "00004"), ("hanoi_vs_nation", "00008"), ("zero_one_side", "00025")]

    func fixtureCases() throws -> [String: Case] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("UptakeCoreTests/Fixtures/two_proportion_difference.json")
        let cases = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url)).cases
        return Dictionary(cases.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    }

    func store() throws -> (TemporaryDirectory, [String: Case]) {
        let cases = try fixtureCases()
        let dir = TemporaryDirectory()
        _ = try cli.run(["init"], in: dir.path)
        var lines = ["date,locality,received,received_online"]
        for (name, code) in Self.placed {
            let c = try #require(cases[name])
            lines += ["2025-06-30,\(code),\(c.n2),\(c.x2)", "2025-07-01,\(code),\(c.n1),\(c.x1)"]
        }
        dir.write("a.csv", lines.joined(separator: "\n") + "\n")
        #expect(try cli.run(["ingest", "--units", "current", "a.csv"], in: dir.path).status == 0)
        return (dir, cases)
    }

    let question = ["compare", "--period", "2025-07-01", "--baseline", "2025-06-30", "--locality", "01", "--by", "commune"]

    /// JSON and CSV carry the bounds at full precision: statsmodels' within 1e-9 relative (the same
    /// closed form through GSL's normal quantile, as TwoProportionDifferenceTests allows).
    @Test func jsonAndCSVCarryNewcombsBounds() throws {
        let (dir, cases) = try store()
        let json = try cli.run(question + ["--format", "json"], in: dir.path)
        #expect(json.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let csv = try cli.run(question + ["--format", "csv"], in: dir.path)
        let lines = csv.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = try #require(lines.first)
        let (low, high) = (try #require(header.firstIndex(of: "rate_change_low")), try #require(header.firstIndex(of: "rate_change_high")))
        for (name, code) in Self.placed {
            let c = try #require(cases[name])
            let row = try #require(rows.first { $0["code"] as? String == code }, "\(code)")
            expectClose(c.low, try #require(row["rate_change_low"] as? Double), rel: 1e-9, abs: 1e-12, "\(name): JSON low")
            expectClose(c.high, try #require(row["rate_change_high"] as? Double), rel: 1e-9, abs: 1e-12, "\(name): JSON high")
            let line = try #require(lines.first { $0.first == code })
            expectClose(c.low, try #require(Double(line[low])), rel: 1e-9, abs: 1e-12, "\(name): CSV low")
            expectClose(c.high, try #require(Double(line[high])), rel: 1e-9, abs: 1e-12, "\(name): CSV high")
        }
        // A province without data in either period has no interval: null, as its change.
        let provinces = try cli.run(["compare", "--period", "2025-07-01", "--baseline", "2025-06-30", "--format", "json"], in: dir.path)
        let empty = try #require((try JSONSerialization.jsonObject(with: Data(provinces.stdout.utf8)) as? [[String: Any]])?.first { $0["code"] as? String == "04" })
        #expect(empty["rate_change_low"] is NSNull && empty["rate_change_high"] is NSNull && empty["rate_change"] is NSNull)
    }

    /// The text tables show the interval beside the change, in points: an analyst's in English
    /// numbers, a reader of Vietnamese's in hers (`-53,92 điểm % đến -5,33 điểm %`, under "khoảng tin cậy 95%").
    @Test func tablesShowTheIntervalInEnglishAndVietnamese() throws {
        let (dir, cases) = try store()
        let c = try #require(cases["small"])
        func points(_ x: Double, comma: Bool) -> String {
            let text = (x >= 0 ? "+" : "") + String(format: "%.2f", x * 100)
            return comma ? text.replacingOccurrences(of: ".", with: ",") : text
        }
        let en = try cli.run(question + ["--format", "table"], in: dir.path)
        #expect(en.stdout.contains("95% interval"))
        #expect(en.stdout.contains("\(points(c.low, comma: false)) pp to \(points(c.high, comma: false)) pp"), "\(en.stdout)")
        #expect(en.stdout.contains("95% interval: of the change, Newcomb's hybrid score interval"))
        let vi = try cli.run(question + ["--format", "table", "--lang", "vi"], in: dir.path)
        #expect(vi.stdout.contains("khoảng tin cậy 95%"))
        #expect(vi.stdout.contains("\(points(c.low, comma: true)) điểm % đến \(points(c.high, comma: true)) điểm %"), "\(vi.stdout)")
        // At another level, the column says it, in both languages.
        let ninety = try cli.run(question + ["--format", "table", "--lang", "vi", "--alpha", "0.1"], in: dir.path)
        #expect(ninety.stdout.contains("khoảng tin cậy 90%") && !ninety.stdout.contains("95%"), "\(ninety.stdout)")
        #expect(try cli.run(question + ["--format", "table", "--alpha", "0.1"], in: dir.path).stdout.contains("90% interval"))
        let markdown = try cli.run(question + ["--format", "markdown"], in: dir.path)
        #expect(markdown.stdout.contains("| \(points(c.low, comma: false)) pp to \(points(c.high, comma: false)) pp |"))
    }
}
