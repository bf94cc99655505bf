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
    /// The reader's language: every sentence, label, term and number of the page.
    public let language: Language

    public init(_ report: MonthlyReport, language: Language = .en) { (self.report, self.language) = (report, language) }

    /// The typed value, each explanation with its facts and their wording, as `uptake explain --format json` prints it.
    public var jsonBody: MonthlyReport { report.explanationsWorded(in: language) }
    public var heading: String { title + "\n" + subtitle + "\n\n" }
    /// Every table of every part, in reading order (CSV prints the summary's).
    public var tables: [Table] { parts.flatMap(\.tables) }

    /// The brief first, then the detail; every table for a reader of the language.
    var parts: [ReportPart] {
        let parts = ReportParts(report: report.explanationsWorded(in: language), language: language)
        return ([parts.brief()] + parts.all()).map { p in
            var p = p
            p.tables = p.tables.map { $0.read(in: language) }
            return p
        }
    }

    var words: ReportParts { ReportParts(report: report, language: language) }

    public var title: String {
        language.pick(en: "Online public services: \(report.scope.name), \(words.period)",
                      vi: "Dịch vụ công trực tuyến: \(report.scope.name), \(words.period)")
    }

    public var subtitle: String {
        let n = language.numbers
        return language.pick(
            en: "\(report.period.first) to \(report.period.last), against \(report.baseline.label) (\(report.baseline.first) to \(report.baseline.last)); "
                + "units compared: \(report.unitLevel == .province ? "provinces" : "communes").",
            vi: "Từ \(n.date(report.period.first)) đến \(n.date(report.period.last)), so với \(words.baseline) (\(n.range(report.baseline))); "
                + "đơn vị so sánh: \(words.unitsWord).")
    }

    /// The number of charts and their data marks, in order (what a reader should see drawn).
    public var charts: [ChartSVG] { parts.flatMap(\.charts) }

    /// The page. Rendered with swift-mustache from ``ReportPage/template``.
    public func html() -> String {
        struct ActionView { let text: String; let part: String; let partTitle: String; let seeAlso: String }
        struct SectionView {
            let id: String; let title: String; let gap: String?; let paragraphs: [String]; let charts: [String]; let tables: String
            let actions: [ActionView]
            let hasActions: Bool
            let actionsTitle: String
        }
        let seeAlso = language.pick(en: "→ see", vi: "→ xem mục")
        struct PageView { let lang: String; let title: String; let subtitle: String; let css: String; let contents: String; let footer: String; let sections: [SectionView] }
        let page = PageView(lang: language.tag, title: title, subtitle: subtitle, css: ReportPage.css, contents: language.pick(en: "Contents", vi: "Mục lục"),
                            footer: language.pick(en: "Made by Uptake from the database's applications, incidents and readiness rows. Rates are ratios of sums; intervals are 95% Wilson.",
                                                  vi: "Uptake lập từ số liệu hồ sơ, sự cố và báo cáo điều kiện bảo đảm trong cơ sở dữ liệu. Tỷ lệ là tỷ số của các tổng; khoảng tin cậy 95% theo phương pháp Wilson."),
                            sections: parts.map { p in
                                SectionView(id: p.id, title: p.title, gap: p.gap, paragraphs: p.paragraphs, charts: p.charts.map(\.svg),
                                            tables: p.tables.map { $0.renderHTML() }.joined(separator: "\n"),
                                            actions: p.actions.map { ActionView(text: $0.text, part: $0.part, partTitle: $0.partTitle, seeAlso: seeAlso) },
                                            hasActions: !p.actions.isEmpty, actionsTitle: language.pick(en: "To act on", vi: "Cần xử lý"))
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
            if !p.actions.isEmpty { out += ["### " + language.pick(en: "To act on", vi: "Cần xử lý"), ""] }
            for (i, a) in p.actions.enumerated() {
                out += ["\(i + 1). \(md(a.text)) (\(language.pick(en: "see", vi: "xem mục")) [\(md(a.partTitle))](#\(a.part)))"]
            }
            if !p.actions.isEmpty { out += [""] }
        }
        return (out.joined(separator: "\n").replacingOccurrences(of: "\n\n\n", with: "\n\n"), files)
    }
}

extension MonthlyReport {
    /// The report with each flagged locality's explanation worded in `language` (``EvidenceWording``):
    /// the analysis hands over facts; the words are the rendering's.
    func explanationsWorded(in language: Language = .en) -> MonthlyReport {
        guard case .present(var flagged) = explanations else { return self }
        for i in flagged.indices { flagged[i].explanation = flagged[i].explanation.map { EvidenceWording.worded($0, in: language) } }
        var worded = self
        worded.explanations = .present(flagged)
        return worded
    }
}
