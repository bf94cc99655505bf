import Foundation
import UptakeCharts

/// The rendering protocol over result values: a result says once what it is as JSON, what it
/// says before its tables, and its tables; every output (text, CSV, JSON, Markdown, and HTML for the
/// report and the server) is derived from that, so the formats cannot drift apart.
///
/// ```swift
/// struct LaggingReport: ResultRendering {
///     var jsonBody: [LaggingRow] { result.rows }
///     var heading: String { "online-submission · 2025-07 · …\n\n" }
///     var tables: [Table] { [table] }
/// }
/// LaggingReport(result).render(.markdown)
/// LaggingReport(result).renderHTML()   // a <section> with its tables
/// ```
public protocol ResultRendering: Sendable {
    associatedtype JSONBody: Encodable
    /// What `--format json` prints (the contract's keys, full precision).
    var jsonBody: JSONBody { get }
    /// Said before the tables in text, Markdown and HTML (not in CSV or JSON); may be empty.
    var heading: String { get }
    /// The result's tables, in order. CSV prints the first (one header row, as Excel expects).
    var tables: [Table] { get }
    /// The heading for a reader of `language` (`nil`: an analyst's, `heading`).
    func heading(in language: Language?) -> String
}

extension ResultRendering {
    public func heading(in language: Language?) -> String { heading }

    /// The result in `format`; its tables for a reader of `language` (`nil`: for an analyst).
    public func render(_ format: OutputFormat, in language: Language? = nil) -> String {
        let heading = heading(in: language)
        let tables = tables.map { $0.read(in: language) }
        switch format {
        case .json: return JSONOutput.render(jsonBody)
        case .csv: return tables.first?.render(.csv) ?? ""
        case .table: return heading + tables.map { $0.render(.table) }.joined(separator: "\n")
        case .markdown: return (heading.isEmpty ? "" : MarkdownText.lines(heading) + "\n") + tables.map { $0.render(.markdown) }.joined(separator: "\n")
        }
    }

    /// The result as an HTML fragment: the heading as a paragraph, then each table.
    public func renderHTML() -> String {
        let head = heading.trimmingCharacters(in: .whitespacesAndNewlines)
        return (head.isEmpty ? "" : "<p>\(HTML.escape(head))</p>\n") + tables.map { $0.renderHTML() }.joined(separator: "\n")
    }
}

/// HTML text escaping, for the fragments written without the template: the charts' escaper.
enum HTML {
    static func escape(_ text: String) -> String { XMLText.escaped(text) }
}

extension Table {
    /// The same table with only the named columns, in the order given (unknown names are skipped).
    public func keeping(_ names: [String]) -> Table {
        let indices = names.compactMap { columns.firstIndex(of: $0) }
        return Table(columns: indices.map { columns[$0] }, rows: rows.map { r in indices.map { r[$0] } }, notes: notes, language: language)
    }

    /// The table as HTML: numbers right-aligned (class `num`), rounded as in the text table, notes
    /// as paragraphs under it.
    public func renderHTML() -> String {
        let numeric = columns.indices.map { i in rows.contains { $0[i].isNumeric } }
        let headers = columns.map { HTML.escape(ColumnGlossary.header($0, in: language)) }
        var out = ["<table>", "<thead><tr>" + headers.enumerated().map { i, c in numeric[i] ? "<th class=\"num\">\(c)</th>" : "<th>\(c)</th>" }.joined() + "</tr></thead>", "<tbody>"]
        for row in rows {
            out.append("<tr>" + row.enumerated().map { i, cell in
                numeric[i] ? "<td class=\"num\">\(HTML.escape(cell.text(in: language)))</td>" : "<td>\(HTML.escape(cell.text(in: language)))</td>"
            }.joined() + "</tr>")
        }
        out.append("</tbody>")
        out.append("</table>")
        out += notes.map { "<p class=\"note\">\(HTML.escape($0))</p>" }
        return out.joined(separator: "\n")
    }
}
