import Foundation
import Testing
import UptakeAnalysis
import UptakeCore
import UptakeReport

/// The report of the small fixture, pinned: the national HTML page, and the Markdown of one
/// province with its SVG files. After a deliberate change, regenerate with
/// `UPTAKE_UPDATE_GOLDEN=1 swift test --filter ReportGoldenTests` and read the diff.
@Suite struct ReportGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static var updating: Bool { ProcessInfo.processInfo.environment["UPTAKE_UPDATE_GOLDEN"] == "1" }

    func check(_ name: String, _ text: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        if Self.updating {
            try Data(text.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if expected != text {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false), b = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            Issue.record("\(name) differs from its golden file at line \(line + 1): expected \(line < a.count ? String(a[line]) : "(end)"), got \(line < b.count ? String(b[line]) : "(end)")")
        }
    }

    @Test func nationalHTML() async throws {
        let report = try await MonthlyReportTests.build()
        try check("national-2025-07.html", MonthlyReportDocument(report).html())
    }

    @Test func provinceMarkdownWithSVGFiles() async throws {
        let report = try await MonthlyReportTests.build(province: "79")
        let md = MonthlyReportDocument(report).markdown(chartPrefix: "hcmc-2025-07")
        try check("hcmc-2025-07.md", md.text)
        #expect(md.files.count == MonthlyReportDocument(report).charts.count)
        for file in md.files {
            #expect(md.text.contains("](\(file.name))"), "the Markdown links \(file.name)")
            try check(file.name, file.svg)
        }
    }
}
