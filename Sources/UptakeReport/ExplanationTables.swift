import Foundation
import UptakeAnalysis
import UptakeCore

/// The output of `uptake explain`: the summary, the causes best first with their evidence, the
/// contributors and what was checked. JSON is the contract's explanation object (extended: see
/// docs/data-contract.md), the facts beside their sentences; CSV is the contributors table.
public struct ExplanationReport: Sendable {
    /// Whom the text and tables are for (see ``Table/language``): `nil`, an analyst; `.vi`, a reader
    /// of Vietnamese (the sentences, causes and labels in Vietnamese).
    public var language: Language?
    /// The explanation as the analysis gave it: facts, no sentences.
    let facts: Explanation

    /// The explanation with its facts worded (``EvidenceWording``) in the reader's language (English for an analyst).
    public var explanation: Explanation { EvidenceWording.worded(facts, in: language ?? .en) }

    public init(_ explanation: Explanation) { facts = explanation }

    /// Whether the text is for a reader of Vietnamese (else it is as analysts have always read it).
    var vi: Bool { language == .vi }

    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .json: return JSONOutput.render(EvidenceWording.worded(facts))  // JSON is the same for every language
        case .csv: return contributorTable.render(.csv)
        case .table: return text(markdown: false)
        case .markdown: return text(markdown: true)
        }
    }

    var heading: String {
        let e = facts
        if vi {
            let numbers = Language.vi.numbers
            let against = e.mode == .gap ? "so với toàn quốc" : e.baseline.map { "so với \(numbers.range($0))" } ?? ""
            let sectors = e.sectors.map { " · " + $0.map(\.term.vi).joined(separator: ", ") } ?? ""
            return "\(e.name) (\(e.locality)) · \(e.metric.term.vi)\(sectors) · \(numbers.range(e.window)) \(against)"
                + (e.anomaly.map { " · bất thường \($0)" } ?? "")
        }
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
        if vi {
            out += markdown ? "#### Nguyên nhân\n\n" : "Nguyên nhân, xếp từ phù hợp nhất:\n"
        } else {
            out += markdown ? "#### Causes\n\n" : "Causes, best first:\n"
        }
        for (n, c) in e.causes.enumerated() {
            let cause = vi ? Vietnamese.capitalised(c.cause.term.vi) : c.cause.rawValue
            let score = vi ? "điểm \(Language.vi.numbers.decimal(c.score, 2))" : "score \(String(format: "%.2f", c.score))"
            out += markdown ? "\(n + 1). **\(cause)** (\(score))\n" : "\(n + 1). \(cause)  \(score)\n"
            for s in c.evidence { out += markdown ? "   - \(say(s))\n" : "     - \(say(s))\n" }
        }
        let table = contributorTable
        if !table.rows.isEmpty {
            let title = vi ? "Phân theo địa bàn và lĩnh vực" : "Where"
            out += markdown ? "\n#### \(title)\n\n" + table.read(in: language).render(.markdown) : "\n\(title):\n" + table.read(in: language).render(.table)
        }
        return out
    }

    var isRate: Bool { facts.metric.isRate }

    var contributorTable: Table {
        let e = facts
        let gap = e.mode == .gap
        let columns = ["dimension", "locality", "name", "sector", gap ? "reference" : "baseline", "current", "contribution", "share", "shortfall", "surprise", "selected"]
        func value(_ v: Double?) -> Cell {
            guard let v, v.isFinite else { return .empty }
            return isRate ? .percent(v, 2) : .number(v, 1)
        }
        let rows = e.contributors.map { c -> [Cell] in
            [.term(c.dimension.term), c.locality.map(Cell.text) ?? .empty, c.name.map(Cell.text) ?? .empty, c.sector.map { .term($0.term) } ?? .empty,
             value(c.baseline), value(c.current), isRate ? .points(c.contribution, 2) : .number(c.contribution, 1),
             c.share.map { .percent($0, 1) } ?? .empty, c.shortfall.map { .number($0, 0) } ?? .empty,
             c.surprise.map { .number($0, 4) } ?? .empty, c.selected.map(Cell.flag) ?? .empty]
        }
        if vi {
            let part = gap ? "mức chênh lệch" : "mức thay đổi"
            let notes = isRate ? ["đóng góp: số điểm % của \(part) (trong nhóm và cơ cấu, đã căn giữa); tỷ lệ: phần của \(part); số hồ sơ thiếu hụt: so với tỷ lệ tham chiếu"]
                : ["kỳ so sánh: mức dự kiến từ kỳ so sánh, bình quân ngày làm việc; tỷ lệ: khả năng giải thích theo Adtributor; mức bất ngờ: thành phần Jensen–Shannon; "
                   + "được chọn: Adtributor giữ lại (một lĩnh vực chỉ khi nó cũng giảm nhiều hơn các lĩnh vực khác một cách có ý nghĩa thống kê)"]
            return Table(columns: columns, rows: rows, notes: notes)
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
    /// Whom the text and tables are for (see ``Table/language``): `nil`, an analyst; `.vi`, a reader of Vietnamese.
    public var language: Language?
    /// The result as the analysis gave it: numbers, no sentences.
    let numbers: GapResult

    /// The result with its summary and sentences worded in the reader's language (English for an analyst).
    public var result: GapResult { EvidenceWording.worded(numbers, in: language ?? .en) }

    /// `result` as the analysis gives it; its summary and sentences are worded here.
    public init(_ result: GapResult) { numbers = result }

    public func render(_ format: OutputFormat) -> String {
        let result = result
        switch format {
        case .json: return JSONOutput.render(EvidenceWording.worded(numbers))  // JSON is the same for every language
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
        let result = numbers
        let rows = result.contributors.map { c -> [Cell] in
            [.term(c.dimension.term), c.locality.map(Cell.text) ?? .empty, c.name.map(Cell.text) ?? .empty, c.sector.map { .term($0.term) } ?? .empty,
             c.baseline.map { .percent($0, 2) } ?? .empty, c.current.map { .percent($0, 2) } ?? .empty, .points(c.contribution, 2),
             c.share.map { .percent($0, 1) } ?? .empty, c.shortfall.map { .number($0, 0) } ?? .empty]
        }
        if language == .vi {
            return Table(columns: columns, rows: rows, notes: [
                "dòng địa bàn: khoảng cách của từng địa bàn đến tỷ lệ của \(result.versusName), có trọng số theo số hồ sơ (tổng bằng mức chênh lệch); "
                    + "số hồ sơ thiếu hụt: so với tỷ lệ đó",
                "dòng lĩnh vực: phần trong nhóm và cơ cấu (đã căn giữa) của mức chênh lệch, từng lĩnh vực so với lĩnh vực đó của \(result.versusName)",
            ])
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

extension ContributorDimension {
    /// A contributor row's dimension: the identifier for an analyst, words for a reader.
    var term: Term {
        switch self {
        case .locality: Term(rawValue, en: "locality", vi: "địa bàn")
        case .sector: Term(rawValue, en: "sector", vi: "lĩnh vực")
        }
    }
}
