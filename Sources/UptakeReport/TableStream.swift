import UptakeCore

/// A table written a row at a time, for results too large to hold (`uptake sql`): CSV and JSON
/// come out exactly as `Table.render` writes them, piece by piece. The `table` format needs every
/// row to size its columns, so it is not streamed.
public struct TableStream: Sendable {
    public let columns: [String]
    public let format: OutputFormat
    private var rowsWritten = 0

    /// `format` must be `.csv` or `.json`.
    public init(columns: [String], format: OutputFormat) {
        precondition(format != .table, "the table format is not streamed")
        self.columns = columns
        self.format = format
    }

    /// What comes before the first row.
    public func start() -> String {
        format == .csv ? columns.map(CSVField.quoted).joined(separator: ",") + "\n" : ""
    }

    /// One row's text.
    public mutating func row(_ cells: [Cell]) -> String {
        defer { rowsWritten += 1 }
        if format == .csv { return cells.map { CSVField.quoted($0.csvText) }.joined(separator: ",") + "\n" }
        let object = JSONOutput.render(JSONValue.object(Dictionary(uniqueKeysWithValues: zip(columns, cells.map(\.jsonValue)))))
        let indented = object.dropLast().split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
        return (rowsWritten == 0 ? "[\n" : ",\n") + indented
    }

    /// What comes after the last row.
    public func end() -> String {
        guard format == .json else { return "" }
        return rowsWritten == 0 ? JSONOutput.render(JSONValue.array([])) : "\n]\n"
    }
}
