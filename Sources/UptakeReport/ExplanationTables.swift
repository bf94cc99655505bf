import Foundation
import UptakeAnalysis
import UptakeCore

/// The output of `uptake explain`: the summary, the causes best first with their evidence, the
/// contributors and what was checked. JSON is the contract's explanation object (extended: see
/// docs/data-contract.md), the facts beside their sentences; CSV is the contributors table.
public struct ExplanationReport: Sendable {
    /// Whom the tables are for (see ``Table/language``): `nil`, an analyst.
    public var language: Language?
    /// The explanation with its facts worded (``EvidenceWording``).
    public let explanation: Explanation

    public init(_ explanation: Explanation) { self.explanation = EvidenceWording.worded(explanation) }

    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .json: return JSONOutput.render(explanation)
        case .csv: return contributorTable.render(.csv)
        case .table: return text(markdown: false)
        case .markdown: return text(markdown: true)
        }
    }

    var heading: String {
        let e = explanation
        let against = e.mode == .gap ? "against the nation" : e.baseline.map { "against \($0.first)..\($0.last)" } ?? ""
        let sectors = e.sectors.map { " · " + $0.map(\.name).joined(separator: ",") } ?? ""
        return "\(e.name) (\(e.locality)) · \(e.metric.rawValue)\(sectors) · \(e.window.first)..\(e.window.last) \(against)"
            + (e.anomaly.map { " · anomaly \($0)" } ?? "")
    }

    func text(markdown: Bool) -> String {
        let e = explanation
        // Names and evidence come from the data: escaped for Markdown, control characters shown in text.
        func say(_ text: String) -> String { markdown ? MarkdownText.escaped(text) : TerminalText.shown(text) }
        var out = (markdown ? "### " : "") + say(heading) + "\n\n" + say(e.summary) + "\n\n"
        out += markdown ? "#### Causes\n\n" : "Causes, best first:\n"
        for (n, c) in e.causes.enumerated() {
            out += markdown ? "\(n + 1). **\(c.cause.rawValue)** (score \(String(format: "%.2f", c.score)))\n"
                : "\(n + 1). \(c.cause.rawValue)  score \(String(format: "%.2f", c.score))\n"
            for s in c.evidence { out += markdown ? "   - \(say(s))\n" : "     - \(say(s))\n" }
        }
        let table = contributorTable
        if !table.rows.isEmpty {
            out += markdown ? "\n#### Where\n\n" + table.read(in: language).render(.markdown) : "\nWhere:\n" + table.read(in: language).render(.table)
        }
        return out
    }

    var isRate: Bool { explanation.metric.isRate }

    var contributorTable: Table {
        let e = explanation
        let gap = e.mode == .gap
        let columns = ["dimension", "locality", "name", "sector", gap ? "reference" : "baseline", "current", "contribution", "share", "shortfall", "surprise", "selected"]
        func value(_ v: Double?) -> Cell {
            guard let v, v.isFinite else { return .empty }
            return isRate ? .percent(v, 2) : .number(v, 1)
        }
        let rows = e.contributors.map { c -> [Cell] in
            [.text(c.dimension.rawValue), c.locality.map(Cell.text) ?? .empty, c.name.map(Cell.text) ?? .empty, c.sector.map { .text($0.name) } ?? .empty,
             value(c.baseline), value(c.current), isRate ? .points(c.contribution, 2) : .number(c.contribution, 1),
             c.share.map { .percent($0, 1) } ?? .empty, c.shortfall.map { .number($0, 0) } ?? .empty,
             c.surprise.map { .number($0, 4) } ?? .empty, c.selected.map(Cell.flag) ?? .empty]
        }
        let notes = isRate ? ["contribution: points of the \(gap ? "gap" : "change") (within + centred mix); share: of the \(gap ? "gap" : "change"); shortfall: applications short of the reference rate"]
            : ["baseline: expected from the baseline per working day; share: Adtributor's explanatory power; surprise: its Jensen–Shannon term; "
               + "selected: kept by Adtributor (a sector only if it also fell significantly more than the other sectors)"]
        return Table(columns: columns, rows: rows, notes: notes)
    }
}

/// The output of `uptake gap`: the two rates, their difference with its interval and test, the
/// costliest children and the sectors. JSON is the ``GapResult`` object; CSV the contributors.
public struct GapReport: Sendable {
    /// Whom the tables are for (see ``Table/language``): `nil`, an analyst.
    public var language: Language?
    public let result: GapResult

    /// `result` as the analysis gives it; its summary and sentences are worded here.
    public init(_ result: GapResult) { self.result = EvidenceWording.worded(result) }

    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .json: return JSONOutput.render(result)
        case .csv: return table.render(.csv)
        case .table, .markdown:
            let md = format == .markdown
            var out = result.summary + "\n\n"
            for s in result.sentences { out += (md ? "- " : "  ") + s + "\n" }
            if !result.sentences.isEmpty { out += "\n" }
            return out + table.read(in: language).render(format)
        }
    }

    var table: Table {
        let columns = ["dimension", "locality", "name", "sector", "reference", "rate", "contribution", "share", "shortfall"]
        let rows = result.contributors.map { c -> [Cell] in
            [.text(c.dimension.rawValue), c.locality.map(Cell.text) ?? .empty, c.name.map(Cell.text) ?? .empty, c.sector.map { .text($0.name) } ?? .empty,
             c.baseline.map { .percent($0, 2) } ?? .empty, c.current.map { .percent($0, 2) } ?? .empty, .points(c.contribution, 2),
             c.share.map { .percent($0, 1) } ?? .empty, c.shortfall.map { .number($0, 0) } ?? .empty]
        }
        return Table(columns: columns, rows: rows, notes: [
            "locality rows: each child's volume-weighted distance from \(result.versusName)'s rate (they sum to the difference); shortfall: applications short of that rate",
            "sector rows: within + centred mix of the difference, sector by sector against \(result.versusName)'s sectors",
        ])
    }
}

extension ExplanationReport {
    /// The explanation as an HTML fragment (the server's locality page): the summary, the causes best
    /// first with their evidence, and where the change or gap came from.
    public func renderHTML() -> String {
        let e = explanation
        var out = "<p>\(HTML.escape(heading))</p>\n<p>\(HTML.escape(e.summary))</p>\n<ol class=\"causes\">\n"
        for c in e.causes {
            out += "<li><strong>\(HTML.escape(c.cause.rawValue))</strong> (score \(String(format: "%.2f", c.score)))"
            if !c.evidence.isEmpty { out += "<ul>" + c.evidence.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>" }
            out += "</li>\n"
        }
        out += "</ol>\n"
        let table = contributorTable.keeping(["dimension", "name", "sector", e.mode == .gap ? "reference" : "baseline", "current", "contribution", "share"])
        return table.rows.isEmpty ? out : out + table.renderHTML() + "\n"
    }
}
