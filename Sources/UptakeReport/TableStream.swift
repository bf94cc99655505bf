import UptakeCore

/// A table written a row at a time, for results too large to hold (`uptake sql`): CSV and JSON
/// come out exactly as `Table.render` writes them, piece by piece. The `table` format needs every
/// row to size its columns, so it is not streamed.
public struct TableStream: Sendable {
    public let columns: [String]
    public let format: OutputFormat
    private var rowsWritten = 0

    /// The columns' positions in the order `JSONEncoder`'s sorted keys put them (code points).
    private let sortedColumns: [FlatJSON.Column]

    /// `format` must be `.csv` or `.json`.
    public init(columns: [String], format: OutputFormat) {
        precondition(format != .table, "the table format is not streamed")
        self.columns = columns
        self.format = format
        sortedColumns = FlatJSON.Column.sorted(columns)
    }

    /// What comes before the first row.
    public func start() -> String {
        format == .csv ? columns.map(CSVField.quoted).joined(separator: ",") + "\n" : ""
    }

    /// One row's text.
    public mutating func row(_ cells: [Cell]) -> String {
        var out = ""
        row(cells, into: &out)
        return out
    }

    /// One row's text appended to `out` (no copy of the row of its own: a province's communes by
    /// week over a quarter is 2,400 rows).
    public mutating func row(_ cells: [Cell], into out: inout String) {
        defer { rowsWritten += 1 }
        if format == .csv {
            out += cells.map { CSVField.quoted($0.csvText) }.joined(separator: ",") + "\n"
            return
        }
        out += rowsWritten == 0 ? "[\n" : ",\n"
        if !FlatJSON.append(sortedColumns, cells, to: &out) { out += encoded(cells) }
    }

    /// The row through `JSONEncoder`, indented one level (for cells with nested values).
    func encoded(_ cells: [Cell]) -> String {
        let object = JSONOutput.render(JSONValue.object(Dictionary(zip(columns, cells.map(\.jsonValue)), uniquingKeysWith: { first, _ in first })))
        return object.dropLast().split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }

    /// What comes after the last row.
    public func end() -> String {
        guard format == .json else { return "" }
        return rowsWritten == 0 ? JSONOutput.render(JSONValue.array([])) : "\n]\n"
    }
}

/// A flat row written as `JSONOutput` (pretty, sorted keys, slashes unescaped) writes it, indented one
/// level, without building a JSON tree or an encoder per row: `rates --format json` over a year of
/// communes by day writes 1.2 million of them. `TableWriteTests` pins it to `JSONEncoder`'s text.
enum FlatJSON {
    /// A column's position, and the text before its value (its name quoted), written once per table.
    struct Column: Sendable {
        let index: Int
        /// `,\n    "name" : ` (the first column's without the comma).
        let key: String

        /// `columns` in the order `JSONEncoder`'s sorted keys put them (code points); none when a
        /// name repeats (the encoder keeps one of them: its turn).
        static func sorted(_ columns: [String]) -> [Column] {
            guard Set(columns).count == columns.count else { return [] }
            return columns.enumerated().sorted { $0.element.utf8.lexicographicallyPrecedes($1.element.utf8) }.enumerated().map { n, column in
                Column(index: column.offset, key: (n == 0 ? "\n    " : ",\n    ") + quoted(column.element) + " : ")
            }
        }
    }

    /// Appends the row as one object, unless a cell holds a nested value (a list or counts) or the
    /// columns repeat a name: then `false`, and nothing is appended (the encoder's turn). Written in
    /// place, cell by cell, as `Cell.jsonValue` maps them: in a server's uncached answer of a
    /// province's communes by week this was a fifth of the profile while it built a string per value.
    static func append(_ sortedColumns: [Column], _ cells: [Cell], to out: inout String) -> Bool {
        guard !sortedColumns.isEmpty, !cells.contains(where: \.isNested) else { return false }
        out += "  {"
        for column in sortedColumns {
            out += column.key
            switch cells[column.index] {
            case .text(let s): appendQuoted(s, to: &out)
            case .term(let t): appendQuoted(t.id, to: &out)
            case .integer(let i): out += String(i)
            case .percent(let v, _), .points(let v, _), .number(let v, _), .pValue(let v): out += v.isFinite ? number(v) : "null"
            case .flag(let b): out += b ? "true" : "false"
            case .empty: out += "null"
            case .list, .counts: break  // refused above
            }
        }
        out += "\n  }"
        return true
    }

    static func appendQuoted(_ s: String, to out: inout String) {
        guard !needsEscaping(s) else { return out += quoted(s) }
        out += "\""
        out += s
        out += "\""
    }

    static func needsEscaping(_ s: String) -> Bool {
        s.utf8.contains { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }
    }

    /// As `JSONEncoder` writes a finite Double: its description, without a trailing `.0`.
    static func number(_ d: Double) -> String {
        let text = d.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// As `JSONEncoder` quotes a string: `"` and `\\` escaped, control characters as `\n`, `\t`, … or
    /// `\u00XX`; slashes and everything else as they are.
    static func quoted(_ s: String) -> String {
        // Most strings (codes, names, dates) hold nothing to escape: copied whole, not scalar by scalar.
        if !needsEscaping(s) { return "\"" + s + "\"" }
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
