import Foundation
import Testing
import UptakeTestSupport

/// Table commands for a reader of Vietnamese (`--lang vi`): compare's heading and headers in words and
/// Vietnamese numbers; without `--lang`, the analyst's identifiers as before.
@Suite struct ReaderLanguageCLITests {
    let cli = CLIRunner()

    func database() throws -> TemporaryDirectory { try cli.twoMonthsOfCaoBang() }

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
