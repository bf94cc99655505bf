/// A whole small CSV file as records of strings, through the same RFC 4180 parser as the ingest
/// (``CSVParser``): the one CSV reader of the project, for the files that are read whole (a user
/// calendar, the localities table, a `date,value` series).
public enum CSVText {
    /// One record: its 1-based line and its fields, unquoted.
    public struct Record: Sendable, Equatable {
        public var line: Int
        public var fields: [String]
        /// Each field's 1-based character column, for messages that point at a field.
        public var columns: [Int] = []
    }

    /// Every record of `text`; blank lines are skipped and a leading byte-order mark is ignored.
    /// - Throws: the parser's ``RowProblem`` for a record it cannot read (an unclosed quote, text
    ///   after a closing quote).
    public static func records(_ text: String) throws(RowProblem) -> [Record] {
        var parser = CSVParser()
        var row = RawRow()
        var records: [Record] = []
        var problem: RowProblem?
        let handle: (CSVParser.Event, inout RawRow) -> Void = { event, row in
            switch event {
            case .record: records.append(Record(line: row.line, fields: (0..<row.fieldCount).map(row.text), columns: Array(row.columns.prefix(row.fieldCount))))
            case .problem(let p): if problem == nil { problem = p }
            }
        }
        var bytes = Array(text.utf8)
        bytes.withUnsafeBytes { parser.feed($0, row: &row, handle) }
        parser.finish(row: &row, handle)
        bytes.removeAll()
        if let problem { throw problem }
        return records
    }
}

extension RowProblem: Error {}
