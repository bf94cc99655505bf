import Foundation
import Testing
import UptakeTestSupport

/// `uptake report --out x.pdf`: the HTML page printed by headless Chromium on A4, and a clear error
/// (exit status 2, what to install) when no browser can print it.
@Suite(.tags(.slow)) struct ReportPDFTests {
    @Test func printsTheReportOnA4() throws {
        guard Chromium.executable != nil else {
            print("ReportPDFTests: printing skipped: \(Chromium.missing)")
            return
        }
        let dir = TemporaryDirectory()
        try SharedDataset.threeProvinces.copy(into: dir)
        let out = try CLIRunner().run(["report", "--period", "2025-07", "--out", "july.pdf"], in: dir.path)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr.contains("report: wrote july.pdf ("))
        let pdf = try Data(contentsOf: URL(fileURLWithPath: dir.file("july.pdf")))
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        // A4 is 595.28 × 841.89 points; Chromium rounds its page box to within a point.
        let text = String(decoding: pdf, as: UTF8.self)
        let boxes = text.matches(of: /\/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]/).compactMap { m in Double(m.1).flatMap { w in Double(m.2).map { (w, $0) } } }
        #expect(!boxes.isEmpty, "pages with a MediaBox")
        for (width, height) in boxes { #expect(abs(width - 595.28) < 1.5 && abs(height - 841.89) < 1.5, "an A4 page, not \(width) × \(height)") }
        #expect(boxes.count >= 3, "the report spans pages: \(boxes.count)")
    }

    @Test func saysWhatToInstallWhenNoBrowserCanPrint() throws {
        let dir = TemporaryDirectory()
        #expect(try CLIRunner().run(["init"], in: dir.path).status == 0)
        let missing = try CLIRunner(environment: ["UPTAKE_CHROMIUM": dir.file("no-chromium")]).run(["report", "--period", "2025-07", "--out", "x.pdf"], in: dir.path)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot print a PDF: UPTAKE_CHROMIUM names"), "\(missing.stderr)")
        #expect(missing.stderr.contains("hint: set UPTAKE_CHROMIUM to Chromium's path"))
        // A browser that fails: said, and nothing written.
        let failing = try CLIRunner(environment: ["UPTAKE_CHROMIUM": "/bin/false"]).run(["report", "--period", "2025-07", "--out", "x.pdf"], in: dir.path)
        #expect(failing.status == 2)
        #expect(failing.stderr.contains("Chromium (/bin/false) did not print the PDF: exit status 1"), "\(failing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.file("x.pdf")))
    }
}
