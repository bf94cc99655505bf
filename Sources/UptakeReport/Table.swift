import Foundation
import UptakeCore

/// The output formats every command offers.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for reading, numbers rounded.
    case table
    /// RFC 4180 with a header, full precision.
    case csv
    /// An array of objects, full precision.
    case json
    /// A GitHub-flavoured Markdown table, rounded as the table is, notes as a list under it.
    case markdown
}

/// One cell: typed so that CSV and JSON keep full precision while the table rounds for reading.
public enum Cell: Sendable, Equatable {
    case text(String)
    /// A term of the vocabulary: its identifier in CSV, JSON and analysts' tables, its words in a
    /// reader's language.
    case term(Term)
    case integer(Int64)
    /// A proportion shown as a percentage with `digits` decimals in tables.
    case percent(Double, digits: Int)
    /// A difference of two proportions shown in percentage points (`+0.76 pp` for 0.0076) with `digits`
    /// decimals in tables; the proportion itself (0.0076) in CSV and JSON.
    case points(Double, digits: Int)
    /// A number shown with `digits` decimals in tables.
    case number(Double, digits: Int)
    /// A p-value: four decimals in tables, `< 0.0001` below that; full precision elsewhere.
    case pValue(Double)
    /// A yes/no flag: `yes`/`no` in tables, `true`/`false` in CSV and JSON.
    case flag(Bool)
    /// Names: `a, b` in tables, `a;b` in CSV, an array in JSON.
    case list([String])
    /// Counts by name, in order: `a 12, b 3` in tables, `a=12;b=3` in CSV, an object in JSON.
    case counts(keys: [String], values: [Int64])
    case empty

    var tableText: String {
        switch self {
        case .text(let s): s
        case .term(let t): t.id
        case .integer(let i): Cell.grouped(i)
        case .percent(let v, let d): Cell.unsignedZero(String(format: "%.\(d)f", v * 100)) + "%"
        case .points(let v, let d): Cell.unsignedZero(String(format: "%.\(d)f", v * 100)) + " pp"
        case .number(let v, let d): v.isFinite ? Language.en.numbers.decimal(v, d) : String(format: "%.\(d)f", v)
        case .pValue(let p): p < 0.0001 ? "< 0.0001" : String(format: "%.4f", p)
        case .flag(let b): b ? "yes" : "no"
        case .list(let names): names.isEmpty ? "–" : names.joined(separator: ", ")
        case .counts(let keys, let values): keys.isEmpty ? "–" : zip(keys, values).map { "\($0) \(Cell.grouped($1))" }.joined(separator: ", ")
        case .empty: "–"
        }
    }

    var csvText: String {
        switch self {
        case .text(let s): s
        case .term(let t): t.id
        case .integer(let i): String(i)
        case .percent(let v, _), .points(let v, _), .number(let v, _), .pValue(let v): Cell.full(v)
        case .flag(let b): b ? "true" : "false"
        case .list(let names): names.joined(separator: ";")
        case .counts(let keys, let values): zip(keys, values).map { "\($0)=\($1)" }.joined(separator: ";")
        case .empty: ""
        }
    }

    /// A list or counts: a JSON array or object, not a scalar.
    var isNested: Bool {
        switch self {
        case .list, .counts: true
        default: false
        }
    }

    var jsonValue: JSONValue {
        switch self {
        case .text(let s): .string(s)
        case .term(let t): .string(t.id)
        case .integer(let i): .integer(i)
        case .percent(let v, _), .points(let v, _), .number(let v, _), .pValue(let v): v.isFinite ? .number(v) : .null  // JSON has no NaN
        case .flag(let b): .bool(b)
        case .list(let names): .array(names.map(JSONValue.string))
        case .counts(let keys, let values): .object(Dictionary(zip(keys, values.map(JSONValue.integer)), uniquingKeysWith: { a, _ in a }))
        case .empty: .null
        }
    }

    /// The cell as a reader of `language` reads it (its numbers, dates and terms); `nil`: as an
    /// analyst's table shows it, identifiers and all (``tableText``).
    func text(in language: Language?) -> String {
        guard let language else { return tableText }
        let n = language.numbers
        switch self {
        case .text(let s): return s
        case .term(let t): return t.text(language)
        case .integer(let i): return n.integer(i)
        case .percent(let v, let d): return n.percent(v, d)
        case .points(let v, let d): return n.points(v, d)
        case .number(let v, let d): return n.decimal(v, d)
        case .pValue(let p): return p < 0.0001 ? "< " + n.decimal(0.0001, 4) : n.decimal(p, 4)
        case .flag(let b): return b ? language.pick(en: "yes", vi: "có") : language.pick(en: "no", vi: "không")
        case .list(let names): return names.isEmpty ? "–" : names.joined(separator: ", ")
        case .counts(let keys, let values): return keys.isEmpty ? "–" : zip(keys, values).map { "\($0) \(n.integer($1))" }.joined(separator: ", ")
        case .empty: return "–"
        }
    }

    var isNumeric: Bool {
        switch self {
        case .integer, .percent, .points, .number, .pValue: true
        default: false
        }
    }

    /// `-0.000` (a tiny negative rounded away) reads as `0.000`.
    static func unsignedZero(_ text: String) -> String {
        text.hasPrefix("-") && text.dropFirst().allSatisfy { $0 == "0" || $0 == "." } ? String(text.dropFirst()) : text
    }

    /// Shortest text that reads back as the same Double.
    static func full(_ v: Double) -> String { "\(v)" }

    /// `1,234,567`: English grouping, as ``NumberStyle`` writes it for every language.
    static func grouped(_ i: Int64) -> String { Language.en.numbers.integer(i) }
}

/// A result as columns and rows, renderable in any `OutputFormat`.
public struct Table: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[Cell]]
    /// A line said under the table (not in CSV or JSON), e.g. that a period has no data.
    public var notes: [String] = []
    /// The notes for a reader of Vietnamese (`nil`: `notes` for every reader).
    public var notesVi: [String]?
    /// The notes its reader gets.
    public var shownNotes: [String] { language == .vi ? notesVi ?? notes : notes }
    /// Columns written in CSV and JSON only (e.g. a period's `from` and `to`, which the table's
    /// label already says): the text formats leave them out.
    public var dataOnly: Set<String> = []
    /// Whom the text formats are for: `nil`, an analyst (the contract's column names and identifiers,
    /// as CSV and JSON write them); a language, a reader of it (headers from ``ColumnGlossary``, terms
    /// and numbers in the language). CSV and JSON are the same whatever it is.
    public var language: Language?

    public init(columns: [String], rows: [[Cell]], notes: [String] = [], dataOnly: Set<String> = [], language: Language? = nil) {
        self.columns = columns
        self.rows = rows
        self.notes = notes
        self.dataOnly = dataOnly
        self.language = language
    }

    /// The same table for a reader of `language` (`nil`: for an analyst).
    public func read(in language: Language?) -> Table {
        var copy = self
        copy.language = language
        return copy
    }

    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .table: forReading.renderTable()
        case .csv: renderCSV()
        case .json: renderJSON()
        case .markdown: forReading.renderMarkdown()
        }
    }

    /// The table without its data-only columns.
    var forReading: Table {
        guard !dataOnly.isEmpty else { return self }
        let keep = columns.indices.filter { !dataOnly.contains(columns[$0]) }
        var table = Table(columns: keep.map { columns[$0] }, rows: rows.map { r in keep.map { r[$0] } }, notes: notes, language: language)
        table.notesVi = notesVi
        return table
    }

    /// Writes the table a piece at a time through `write`: CSV and JSON row by row (as ``TableStream``
    /// does, so a large result is never held twice as text or as a JSON tree), the text formats whole.
    public func write(_ format: OutputFormat, to write: (String) -> Void) {
        guard format == .csv || format == .json else { return write(render(format)) }
        var stream = TableStream(columns: columns, format: format)
        write(stream.start())
        var chunk = ""
        for row in rows {
            stream.row(row, into: &chunk)
            if chunk.utf8.count >= 1 << 16 { write(chunk); chunk = "" }
        }
        write(chunk + stream.end())
    }

    func renderMarkdown() -> String {
        func escaped(_ text: String) -> String { MarkdownText.inline(text) }
        let numeric = columns.indices.map { i in rows.contains { $0[i].isNumeric } }
        var out = ["| " + columns.map { escaped(ColumnGlossary.header($0, in: language)) }.joined(separator: " | ") + " |",
                   "|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined()]
        out += rows.map { "| " + $0.map { escaped($0.text(in: language)) }.joined(separator: " | ") + " |" }
        if !shownNotes.isEmpty { out += [""] + shownNotes.map { "- " + MarkdownText.escaped($0) } }
        return out.joined(separator: "\n") + "\n"
    }

    func renderTable() -> String {
        let layout = TableLayout(columns: columns.map { ColumnGlossary.header($0, in: language) }, sample: rows, language: language)
        return layout.header() + layout.sampleLines() + shownNotes.map { TerminalText.shown($0) + "\n" }.joined()
    }

    func renderCSV() -> String {
        ([columns.map(CSVField.quoted).joined(separator: ",")] + rows.map { $0.map { CSVField.quoted($0.csvText) }.joined(separator: ",") })
            .joined(separator: "\n") + "\n"
    }

    func renderJSON() -> String {
        // A column named twice keeps its first value rather than stopping the process (a server answers on).
        let objects = rows.map { r in JSONValue.object(Dictionary(zip(columns, r.map(\.jsonValue)), uniquingKeysWith: { first, _ in first })) }
        return JSONOutput.render(JSONValue.array(objects))
    }
}

private extension String {
    /// The line without the padding after its last cell. (A regular expression here cost a fifth of a
    /// province-level `rates` query: Foundation compiles the pattern on every call.)
    func trimmingTrailingSpaces() -> String {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return String(self[..<end])
    }
}

/// The `table` format's columns: sized to the widest cell of `sample`, numbers right-aligned. A
/// table printed whole sizes them on every row; `uptake sql` sizes them on its first rows and then
/// writes row by row, so a result of millions of rows is never held (a wider cell later runs over).
public struct TableLayout: Sendable {
    let columns: [String]
    let widths: [Int]
    let numeric: [Bool]
    let language: Language?
    /// The sample's cells as shown, formatted once for sizing and for ``sampleLines()``.
    private let sampleTexts: [[String]]

    public init(columns: [String], sample: [[Cell]], language: Language? = nil) {
        // A name from the data is shown, never obeyed: control characters (ANSI escapes) as text.
        let columns = columns.map(TerminalText.shown)
        let texts = sample.map { $0.map { TerminalText.shown($0.text(in: language)) } }
        self.language = language
        var widths = columns.map(\.count)
        // Width in characters (grapheme clusters): Vietnamese names in NFC are one column each.
        for r in texts { for (i, t) in r.enumerated() { widths[i] = max(widths[i], t.count) } }
        self.columns = columns
        self.widths = widths
        numeric = columns.indices.map { i in sample.contains { $0[i].isNumeric } }
        sampleTexts = texts
    }

    /// The sample's rows, each with its line break.
    public func sampleLines() -> String { sampleTexts.map(text).joined() }

    /// The column names and the rule under them.
    public func header() -> String {
        text(columns) + text(widths.map { String(repeating: "─", count: $0) })
    }

    /// One row, with its line break.
    public func line(_ cells: [Cell]) -> String { text(cells.map { TerminalText.shown($0.text(in: language)) }) }

    private func text(_ cells: [String]) -> String {
        cells.enumerated().map { i, t in
            let pad = String(repeating: " ", count: max(0, widths[i] - t.count))
            return numeric[i] ? pad + t : t + pad
        }.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
    }
}