import Foundation
import Testing
import UptakeAnalysis
import UptakeReport
import UptakeTestSupport

/// The Vietnamese report as Chromium lays it out (issue 25's "done means"): no raw identifier, no
/// English sentence or label, Vietnamese numbers, and a page that fits an A4 print width. The checks are the dashboard's (``ReaderPage``).
@Suite(.serialized) struct VietnameseReportBrowserTests {
    /// English words and labels a Vietnamese page must not hold: the report's headings and the words
    /// its English sentences are made of.
    static let english = ["Summary", "Ranking", "Funnel", "Anomalies", "Readiness", "baseline", "Previous", "Rank", "rate", "applications",
                          "received", "working", "lagging", "significant", "the", "and", "with", "against", "per", "from", "than",
                          "province", "provinces", "commune", "communes", "holiday", "no data", "interval"]

    @Test(.tags(.slow)) func theVietnameseReportReadsInVietnamese() async throws {
        guard Chromium.executable != nil else {
            print("VietnameseReportBrowserTests skipped: \(Chromium.missing)")
            return
        }
        let html = MonthlyReportDocument(try await MonthlyReportTests.build(), language: .vi).html()
        #expect(html.contains("<html lang=\"vi\""))
        let dir = TemporaryDirectory()
        // 794 px: an A4 page's width at 96 dpi, what the PDF prints on.
        let page = try #require(try await ReaderPage.read(html, width: 794, height: 1200, in: dir, name: "report"), "the probe ran")
        #expect(page.identifiers.isEmpty, "raw identifiers: \(page.identifiers)")
        #expect(page.found(Self.english).isEmpty, "English: \(page.found(Self.english))")
        #expect(page.hasVietnameseNumbers)
        #expect(page.overflow <= 0, "\(page.overflow) px wider than an A4 page")
        let shot = try await Chromium.screenshot("file://" + dir.write("report.html", html), width: 794, height: 3000, png: dir.file("report.png"),
                                                 profile: dir.file("profile-shot"))
        if let keep = ProcessInfo.processInfo.environment["UPTAKE_SCREENSHOTS"] { try? shot.write(to: URL(fileURLWithPath: keep + "/report-vi.png")) }
        #expect(shot.count > 50_000, "the page has content: \(shot.count) bytes")
    }
}
