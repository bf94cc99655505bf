import Foundation
import Testing
import UptakeAnalysis
import UptakeCharts
import UptakeReport
import UptakeTestSupport

/// Renders the report in headless Chromium (Debian's `chromium`, installed by `make deps`) and
/// checks what a reader would see: the page is not blank, and every chart draws its marks.
///
/// PNGs are not decoded here (that would need zlib); instead each check is a difference of two
/// screenshots of the same size: the page against an empty page, and each chart against the same
/// chart with its data marks hidden (`.mark { visibility: hidden }`). Equal images mean nothing
/// was drawn. Skipped, saying why, only where no chromium executable is found.
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
            print("ReportBrowserTests skipped: no chromium executable (/usr/bin/chromium); install Debian's chromium (make deps) to run it")
            return
        }
        let document = MonthlyReportDocument(try await MonthlyReportTests.build())
        let dir = TemporaryDirectory()
        let full = try Self.screenshot(document.html(), in: dir, name: "report", width: 900, height: 3000)
        let blank = try Self.screenshot(Self.page(""), in: dir, name: "blank", width: 900, height: 3000)
        #expect(full != blank)
        #expect(full.count > 4 * blank.count, "the page has content: \(full.count) bytes against \(blank.count) for a blank page")
        #expect(document.charts.count >= 6)
        for (i, chart) in document.charts.enumerated() {
            #expect(chart.markCount > 0, "\(chart.title) has data marks")
            let h = Int((chart.svg.firstMatch(of: /height="([0-9.]+)"/).flatMap { Double($0.1) } ?? 400).rounded(.up))
            let drawn = try Self.screenshot(Self.page(chart.svg), in: dir, name: "chart\(i)", width: 700, height: h)
            let hidden = try Self.screenshot(Self.page(chart.svg, hideMarks: true), in: dir, name: "chart\(i)-hidden", width: 700, height: h)
            #expect(drawn != hidden, "\(chart.title): the marks change the picture")
        }
    }
}
