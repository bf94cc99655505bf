/// One record of an input file as text, before validation: its fields' bytes, where each field
/// starts, and the record as it stood in the file (for reject files).
///
/// One instance is reused for every record of a file, so parsing allocates nothing per row.
public struct RawRow: Sendable {
    /// The record as it stood in the file (its first `rawLength` bytes), followed by the contents
    /// of any field that needed unescaping. Fields are ranges into it, so parsing copies a record
    /// once rather than field by field.
    public var bytes: [UInt8] = []
    public var rawLength = 0
    /// Each source field's range in `bytes` (quotes and escapes removed).
    public var ranges: [Range<Int>] = []
    /// Each source field's 1-based character column in its line.
    public var columns: [Int] = []
    /// Each source field's line (a pretty-printed JSON object spans several).
    public var lines: [Int] = []
    /// Source fields that were JSON `null`: absent, like an empty CSV cell.
    public var nulls: [Bool] = []
    /// Each source field's name, for formats whose rows name their fields (JSON); empty for CSV.
    public var names: [String] = []
    /// Each named field's key column (JSON), where a problem with the name itself is reported.
    public var nameColumns: [Int] = []
    /// The line the record starts on.
    public var line: Int = 0
    /// The column where the record starts (1 for CSV and NDJSON).
    public var column: Int = 1
    /// Whether this is the file's last record and no line end follows it.
    public var unterminated = false
    /// The record's text as in the file.
    public var raw: ArraySlice<UInt8> { bytes[0..<rawLength] }

    public init() {}

    public mutating func reset(line: Int, column: Int = 1) {
        bytes.removeAll(keepingCapacity: true)
        ranges.removeAll(keepingCapacity: true)
        columns.removeAll(keepingCapacity: true)
        lines.removeAll(keepingCapacity: true)
        nulls.removeAll(keepingCapacity: true)
        names.removeAll(keepingCapacity: true)
        nameColumns.removeAll(keepingCapacity: true)
        rawLength = 0
        self.line = line
        self.column = column
        unterminated = false
    }

    public var fieldCount: Int { ranges.count }

    /// The text of source field `i` (allocates; for names and messages, not the hot path).
    public func text(_ i: Int) -> String { String(decoding: bytes[ranges[i]], as: UTF8.self) }
}

/// Where each schema field sits among a row's source fields.
public struct FieldMap: Sendable {
    /// For each schema field, the source field index, or `nil` when the input lacks that column.
    public var sourceIndex: [Int?]

    public init(sourceIndex: [Int?]) { self.sourceIndex = sourceIndex }

    /// Maps a header's (or a JSON object's) field names onto `schema`.
    /// Returns the problems: unknown names and missing required names, with their columns.
    public static func build(names: [String], columns: [Int], schema: InputSchema, line: Int) -> (FieldMap, [RowProblem]) {
        var index = [Int?](repeating: nil, count: schema.all.count)
        var problems: [RowProblem] = []
        for (i, name) in names.enumerated() {
            if let s = schema.index(of: name) {
                if index[s] != nil {
                    problems.append(RowProblem(line: line, column: columns[i], message: "column \"\(FieldReader.excerpt(name))\" appears twice",
                                               hint: "keep one column of that name"))
                }
                index[s] = i
            } else {
                problems.append(RowProblem(line: line, column: columns[i], message: "unknown column \"\(FieldReader.excerpt(name))\"",
                                           hint: "the columns of this kind are: \(schema.all.joined(separator: ", "))"))
            }
        }
        for (s, name) in schema.required.enumerated() where index[s] == nil {
            problems.append(RowProblem(line: line, column: 0, message: "missing required column \"\(name)\"",
                                       hint: "add the column; required: \(schema.required.joined(separator: ", "))"))
        }
        return (FieldMap(sourceIndex: index), problems)
    }
}
