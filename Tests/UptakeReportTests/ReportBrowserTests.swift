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
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static func screenshot(_ html: String, in dir: TemporaryDirectory, name: String, width: Int, height: Int) throws -> Data {
        let page = dir.write(name + ".html", html)
        let png = dir.file(name + ".png")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try #require(chromium))
        p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-extensions",
                       "--user-data-dir=\(dir.file("profile"))", "--window-size=\(width),\(height)", "--screenshot=\(png)", "file://\(page)"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "chromium exited with \(p.terminationStatus)")
        let data = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG file")
        return data
    }

    static func page(_ body: String, hideMarks: Bool = false) -> String {
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{margin:0;background:#fff}\(hideMarks ? ".mark{visibility:hidden}" : "")</style></head><body>\(body)</body></html>"
    }

    @Test(.tags(.slow)) func pageIsNotBlankAndEveryChartDrawsItsMarks() async throws {
        guard Self.chromium != nil else {
            print("ReportBrowserTests skipped: no chromium executable (/usr/bin/chromium); install Debian's chromium (make test-deps) to run it")
            return
        }
        let document = MonthlyReportDocument(try await MonthlyReportTests.build())
        let dir = TemporaryDirectory()
        let html = document.html()
        let full = try Self.screenshot(html, in: dir, name: "report", width: 900, height: 5000)
        let blank = try Self.screenshot(Self.page(""), in: dir, name: "blank", width: 900, height: 5000)
        let hidden = try Self.screenshot(html.replacingOccurrences(of: "</style>", with: ".mark{visibility:hidden}\n</style>"),
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
