import Foundation
import Testing
import UptakeTestSupport

/// Table commands for a reader of Vietnamese (`--lang vi`): compare's heading and headers in words and
/// Vietnamese numbers; without `--lang`, the analyst's identifiers as before.
@Suite struct ReaderLanguageCLITests {
    let cli = CLIRunner()

    func database() throws -> TemporaryDirectory { try cli.twoMonthsOfCaoBang() }

    /// Words a Vietnamese reader's output must not hold: English that a heading, a note, a header or a
    /// value left untranslated (an identifier with `_` counts too). Names of methods (Theil–Sen,
    /// Mann–Kendall, CUSUM, STL, nb) and the options a note points to (--format csv) are not prose.
    static let english: Set<String> = Set(("the of and against per days day rate rates units unit with from green yellow red working trend slope "
        + "interval series expected month below above partial data method judged false flags flagged more than less see sustained measured "
        + "nothing planted too small some their score evidence probability under baseline reported status operation provinces communes nation "
        + "nation's online applications received results poor agrees agreement weekly daily means mean min max total direction no yes range over "
        + "last low high only covered asked by sector sectors peers peer funnel limits shrunk at discovery each whole every increasing decreasing "
        + "true false met").split(separator: " ").map(String.init))

    static func englishIn(_ text: String) -> [String] {
        var found: [String] = []
        var word = ""
        for ch in text + " " {
            if ch.isASCII && (ch.isLetter || ch == "_" || ch == "'") { word.append(ch); continue }
            if !word.isEmpty, english.contains(word.lowercased()) || word.contains("_") { found.append(word) }
            word = ""
        }
        return found
    }

    /// Every table command with `--lang vi` on a generated province: headings, headers, values and
    /// notes in Vietnamese (the residue check fails on any English word of the list above).
    @Test func everyTableCommandSpeaksVietnamese() throws {
        let dir = TemporaryDirectory()
        for step in [["init"], ["generate", "--provinces", "04", "--from", "2025-05-01", "--to", "2025-07-31", "--out", "gen"],
                     ["ingest", "--units", "current", "--progress", "none", "gen/applications.csv", "gen/incidents.csv", "gen/readiness.csv"]] {
            let run = try cli.run(step, in: dir.path)
            try #require(run.status == 0, "\(step): \(run.stderr)")
        }
        let commands: [[String]] = [
            ["rates", "--level", "province", "--period", "2025-07", "--rank"],
            ["rates", "--locality", "04", "--from", "2025-06-15", "--to", "2025-07-31", "--by", "week"],
            ["rates", "--metric", "received", "--parent", "04", "--period", "2025-07"],
            ["trend", "--locality", "04", "--period", "2025-07"],
            ["trend", "--locality", "04", "--period", "2025-07", "--by", "week"],
            ["trend", "--locality", "04", "--period", "2025-07", "--by", "sector"],
            ["trend", "--locality", "04", "--period", "2025-07", "--daily"],
            ["compare", "--parent", "04", "--period", "2025-07"],
            ["compare", "--metric", "received", "--parent", "04", "--period", "2025-07"],
            ["anomalies", "--level", "commune", "--period", "2025-07"],
            ["lagging", "--level", "commune", "--parent", "04", "--period", "2025-07"],
            ["status", "--period", "2025-07"],
            ["status", "--period", "2025-07", "--level", "commune", "--parent", "04"],
            ["readiness", "--as-of", "2025-07-31"],
            ["readiness", "--as-of", "2025-07-31", "--level", "commune", "--parent", "04"],
            ["explain", "--locality", "04", "--period", "2025-07", "--metric", "received"],
            ["gap", "--locality", "04", "--period", "2025-07"],
            ["forecast", "--metric", "received", "--locality", "04", "--history-to", "2025-07-15", "--until", "2025-07-25"],
            ["forecast", "--metric", "online-submission", "--locality", "04", "--history-to", "2025-07-15", "--until", "2025-07-25"],
        ]
        for command in commands {
            let run = try cli.run(command + ["--lang", "vi"], in: dir.path)
            #expect(run.status == 0, "\(command): \(run.stderr)")
            #expect(run.stdout.count > 100, "\(command) printed too little: \(run.stdout)")
            let found = Self.englishIn(run.stdout)
            #expect(found.isEmpty, "\(command.joined(separator: " ")) --lang vi left English: \(Set(found).sorted())")
        }
        // The check itself: an analyst's output is full of the words it looks for.
        let analyst = try cli.run(["status", "--period", "2025-07"], in: dir.path)
        #expect(Self.englishIn(analyst.stdout).count > 10)
    }

    @Test func compareInVietnamese() throws {
        let dir = try database()
        let vi = try cli.run(["compare", "--parent", "04", "--period", "2025-07", "--baseline", "2025-06", "--lang", "vi"], in: dir.path)
        #expect(vi.status == 0, "\(vi.stderr)")
        let heading = try #require(vi.stdout.split(separator: "\n").first)
        #expect(heading.hasPrefix("tỷ lệ hồ sơ trực tuyến: tháng 7/2025 (1/7/2025–31/7/2025, "), "\(heading)")
        #expect(heading.contains("so với tháng 6/2025") && heading.contains("; có ý nghĩa thống kê khi q < 0,05"), "\(heading)")
        // The header rows (the line above each rule): words, not the contract's column names.
        let lines = vi.stdout.split(separator: "\n").map(String.init)
        let headers = lines.indices.filter { $0 + 1 < lines.count && lines[$0 + 1].hasPrefix("──") }.map { lines[$0] }
        #expect(headers.count == 2)
        #expect(headers.last?.contains("tháng 6/2025: hồ sơ tiếp nhận") == true, "volume headers in words")
        for h in headers { #expect(!h.contains("received") && !h.contains("/wd") && !h.contains("significant"), "\(h)") }
        let analyst = try cli.run(["compare", "--parent", "04", "--period", "2025-07", "--baseline", "2025-06"], in: dir.path)
        #expect(analyst.stdout.hasPrefix("online-submission: 2025-07 (2025-07-01..2025-07-31, "), "\(analyst.stdout)")
        #expect(analyst.stdout.contains("2025-06 received"))
    }
}
