import Foundation
import Testing
import UptakeAnalysis
import UptakeCharts
import UptakeReport
import UptakeTestSupport

/// Renders the report in headless Chromium (Debian's `chromium`, installed by `make test-deps`) and
/// checks what a reader would see: the page is not blank, and the charts' data marks are drawn.
///
/// PNGs are not decoded here (that would need zlib); each check is a difference of two screenshots
/// of the same size: the page against an empty page (not blank), and the page against itself with
/// every data mark hidden (`.mark { visibility: hidden }`: equal images would mean no mark was
/// drawn). That every chart has marks at all is checked on its SVG (`markCount`, each mark carrying
/// the class `mark`). Three browser runs in all, so the test stays cheap in `make test`. Skipped,
/// saying why, only where no chromium executable is found.
@Suite(.serialized) struct ReportBrowserTests {
    static func screenshot(_ html: String, in dir: TemporaryDirectory, name: String, width: Int, height: Int) async throws -> Data {
        let page = dir.write(name + ".html", html)
        let data = try await Chromium.screenshot("file://\(page)", width: width, height: height, png: dir.file(name + ".png"),
                                                 profile: dir.file("profile"))
        #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG file")
        return data
    }

    static func page(_ body: String, hideMarks: Bool = false) -> String {
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{margin:0;background:#fff}\(hideMarks ? ".mark{visibility:hidden}" : "")</style></head><body>\(body)</body></html>"
    }

    @Test(.tags(.slow)) func pageIsNotBlankAndEveryChartDrawsItsMarks() async throws {
        guard Chromium.executable != nil else {
            print("ReportBrowserTests skipped: \(Chromium.missing)")
            return
        }
        let document = MonthlyReportDocument(try await MonthlyReportTests.build())
        let dir = TemporaryDirectory()
        let html = document.html()
        let full = try await Self.screenshot(html, in: dir, name: "report", width: 900, height: 5000)
        let blank = try await Self.screenshot(Self.page(""), in: dir, name: "blank", width: 900, height: 5000)
        let hidden = try await Self.screenshot(html.replacingOccurrences(of: "</style>", with: ".mark{visibility:hidden}\n</style>"),
                                         in: dir, name: "hidden", width: 900, height: 5000)
        #expect(full.count > 4 * blank.count, "the page has content: \(full.count) bytes against \(blank.count) for a blank page")
        #expect(full != hidden, "the charts' marks change the picture")
        #expect(document.charts.count >= 6)
        for chart in document.charts {
            #expect(chart.markCount > 0, "\(chart.title) has data marks")
            #expect(chart.svg.components(separatedBy: "class=\"mark").count - 1 == chart.markCount, "\(chart.title): every mark is hideable")
        }
    }
}
