import Foundation
import Testing
import UptakeTestSupport

/// `uptake report` end to end on a generated three-province dataset (the golden outputs', May–August
/// 2025): the three formats, progress on stderr, the Markdown's SVG files beside it, and the refusals.
@Suite(.tags(.slow)) struct ReportCLITests {
    let cli = CLIRunner()

    @Test func writesHTMLMarkdownAndJSON() throws {
        let dir = TemporaryDirectory()
        try SharedDataset.threeProvinces.copy(into: dir)

        let html = try cli.run(["report", "--period", "2025-07", "--baseline", "2025-06", "--out", "july.html"], in: dir.path)
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.isEmpty)
        #expect(html.stderr.contains("report: [1/7] summary"))
        #expect(html.stderr.contains("report: wrote july.html ("))
        let page = try String(contentsOfFile: dir.file("july.html"), encoding: .utf8)
        #expect(page.contains("Online public services: Việt Nam, 2025-07"))
        #expect(page.contains("Hà Nội") && page.contains("Cao Bằng"))
        #expect(page.components(separatedBy: "<svg ").count - 1 >= 5)

        let md = try cli.run(["report", "--period", "2025-07", "--locality", "Hà Nội", "--out", "hanoi.md"], in: dir.path)
        #expect(md.status == 0, "\(md.stderr)")
        let text = try String(contentsOfFile: dir.file("hanoi.md"), encoding: .utf8)
        #expect(text.hasPrefix("# Online public services: Hà Nội, 2025-07"))
        let links = text.matches(of: /\]\((hanoi-[a-z0-9-]+\.svg)\)/).map { String($0.1) }
        #expect(links.count >= 4)
        for link in links { #expect(FileManager.default.fileExists(atPath: dir.file(link)), "\(link) written beside the Markdown") }

        let json = try cli.run(["report", "--period", "2025-07", "--out", "july.json"], in: dir.path)
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir.file("july.json")))) as? [String: Any]
        #expect((object?["summary"] as? [String: Any])?["status"] as? String == "present")
    }

    @Test func refusals() throws {
        let dir = TemporaryDirectory()
        #expect(try cli.run(["init"], in: dir.path).status == 0)
        let ext = try cli.run(["report", "--period", "2025-07", "--out", "july.docx"], in: dir.path)
        #expect(ext.status == 64)
        #expect(ext.stderr.contains("--out must end in .html, .pdf, .md"))
        let commune = try cli.run(["report", "--period", "2025-07", "--locality", "00004", "--out", "x.html"], in: dir.path)
        #expect(commune.status == 2)
        #expect(commune.stderr.contains("is a commune: a report covers the nation or one province"))
        #expect(!FileManager.default.fileExists(atPath: dir.file("x.html")), "nothing written")
        let empty = try cli.run(["report", "--period", "2025-07", "--out", "empty.html"], in: dir.path)
        #expect(empty.status == 0)
        #expect(try String(contentsOfFile: dir.file("empty.html"), encoding: .utf8).contains("No applications are recorded for Việt Nam in 2025-07"))
    }
}
