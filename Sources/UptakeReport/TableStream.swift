import UptakeCore

/// A table written a row at a time, for results too large to hold (`uptake sql`): CSV and JSON
/// come out exactly as `Table.render` writes them, piece by piece. The `table` format needs every
/// row to size its columns, so it is not streamed.
public struct TableStream: Sendable {
    public let columns: [String]
    public let format: OutputFormat
    private var rowsWritten = 0

    /// The columns' positions in the order `JSONEncoder`'s sorted keys put them (code points).
    private let sortedColumns: [(name: String, index: Int)]

    /// `format` must be `.csv` or `.json`.
    public init(columns: [String], format: OutputFormat) {
        precondition(format != .table, "the table format is not streamed")
        self.columns = columns
        self.format = format
        sortedColumns = columns.enumerated().map { (name: $0.element, index: $0.offset) }
            .sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }

    /// What comes before the first row.
    public func start() -> String {
        format == .csv ? columns.map(CSVField.quoted).joined(separator: ",") + "\n" : ""
    }

    /// One row's text.
    public mutating func row(_ cells: [Cell]) -> String {
        defer { rowsWritten += 1 }
        if format == .csv { return cells.map { CSVField.quoted($0.csvText) }.joined(separator: ",") + "\n" }
        return (rowsWritten == 0 ? "[\n" : ",\n") + (FlatJSON.object(sortedColumns, cells) ?? encoded(cells))
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
    /// `nil` when a cell holds a nested value (a list or counts) or a column repeats: the encoder's turn.
    static func object(_ sortedColumns: [(name: String, index: Int)], _ cells: [Cell]) -> String? {
        guard !sortedColumns.isEmpty else { return nil }
        // Appended piece by piece into one string: in a server's uncached answer of a province's
        // communes by week (2,400 rows) this function was a fifth of the profile, mostly temporaries.
        var out = "  {"
        out.reserveCapacity(40 * sortedColumns.count)
        var previous: String?
        for (n, column) in sortedColumns.enumerated() {
            if column.name == previous { return nil }
            previous = column.name
            guard let value = scalar(cells[column.index]) else { return nil }
            out += n == 0 ? "\n    " : ",\n    "
            out += quoted(column.name)
            out += " : "
            out += value
        }
        out += "\n  }"
        return out
    }

    static func scalar(_ cell: Cell) -> String? {
        switch cell.jsonValue {
        case .string(let s): quoted(s)
        case .integer(let i): String(i)
        case .number(let d): number(d)
        case .bool(let b): b ? "true" : "false"
        case .null: "null"
        case .array, .object: nil
        }
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
        if !s.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }) { return "\"" + s + "\"" }
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
