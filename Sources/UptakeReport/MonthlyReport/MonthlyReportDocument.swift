import Foundation
import Mustache
import UptakeAnalysis
import UptakeCharts
import UptakeCore

/// The month's report rendered: one self-contained HTML page (inline SVG and CSS, no script, A4
/// print styles) or Markdown with the charts as SVG files beside it; JSON is the typed value.
///
/// ```swift
/// let doc = MonthlyReportDocument(report)
/// try doc.html().write(toFile: "july-2025.html", atomically: true, encoding: .utf8)
/// let md = doc.markdown(chartPrefix: "july-2025")   // md.text, md.files: [(name, svg)]
/// ```
public struct MonthlyReportDocument: ResultRendering {
    public let report: MonthlyReport

    public init(_ report: MonthlyReport) { self.report = report }

    /// The typed value, each explanation with its facts and their wording, as `uptake explain --format json` prints it.
    public var jsonBody: MonthlyReport { report.explanationsWorded }
    public var heading: String { title + "\n" + subtitle + "\n\n" }
    /// Every table of every part, in reading order (CSV prints the summary's).
    public var tables: [Table] { parts.flatMap(\.tables) }

    var parts: [ReportPart] { ReportParts(report: report.explanationsWorded).all() }

    public var title: String { "Online public services: \(report.scope.name), \(report.period.label)" }
    public var subtitle: String {
        "\(report.period.first) to \(report.period.last), against \(report.baseline.label) (\(report.baseline.first) to \(report.baseline.last)); "
            + "units compared: \(report.unitLevel == .province ? "provinces" : "communes")."
    }

    /// The number of charts and their data marks, in order (what a reader should see drawn).
    public var charts: [ChartSVG] { parts.flatMap(\.charts) }

    /// The page. Rendered with swift-mustache from ``ReportPage/template``.
    public func html() -> String {
        struct SectionView { let id: String; let title: String; let gap: String?; let paragraphs: [String]; let charts: [String]; let tables: String }
        struct PageView { let title: String; let subtitle: String; let css: String; let footer: String; let sections: [SectionView] }
        let page = PageView(title: title, subtitle: subtitle, css: ReportPage.css,
                            footer: "Made by Uptake from the database's applications, incidents and readiness rows. Rates are ratios of sums; intervals are 95% Wilson.",
                            sections: parts.map { p in
                                SectionView(id: p.id, title: p.title, gap: p.gap, paragraphs: p.paragraphs, charts: p.charts.map(\.svg),
                                            tables: p.tables.map { $0.renderHTML() }.joined(separator: "\n"))
                            })
        do {
            return try MustacheTemplate(string: ReportPage.template).render(page)
        } catch {
            preconditionFailure("the report's page template does not parse: \(error)")
        }
    }

    /// Markdown linking each chart as `PREFIX-ID.svg` (written beside it by the caller).
    public func markdown(chartPrefix: String) -> (text: String, files: [(name: String, svg: String)]) {
        let md = MarkdownText.escaped
        var out = ["# \(md(title))", "", md(subtitle), ""]
        var files: [(name: String, svg: String)] = []
        for p in parts {
            out += ["## \(md(p.title))", ""]
            if let gap = p.gap { out += ["_\(md(gap))_", ""] }
            for paragraph in p.paragraphs { out += [md(paragraph), ""] }
            for (i, chart) in p.charts.enumerated() {
                let name = "\(chartPrefix)-\(p.id)\(p.charts.count > 1 ? "-\(i + 1)" : "").svg"
                files.append((name, chart.svg))
                out += ["![\(md(chart.title))](\(name))", ""]
            }
            for table in p.tables { out += [table.render(.markdown)] }
        }
        return (out.joined(separator: "\n").replacingOccurrences(of: "\n\n\n", with: "\n\n"), files)
    }
}

extension MonthlyReport {
    /// The report with each flagged locality's explanation worded (``EvidenceWording``): the analysis
    /// hands over facts; the words are the rendering's.
    var explanationsWorded: MonthlyReport {
        guard case .present(var flagged) = explanations else { return self }
        for i in flagged.indices { flagged[i].explanation = flagged[i].explanation.map { EvidenceWording.worded($0) } }
        var worded = self
        worded.explanations = .present(flagged)
        return worded
    }
}
