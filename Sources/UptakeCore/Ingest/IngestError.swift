/// A problem with one place in an input file: where, what was wrong, and what to do.
///
/// Rendered as `file:line:column: message` with the hint on the next line, the way compilers
/// report errors, so editors and terminals can jump to it.
public struct IngestError: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    /// 1-based character column in the line; 0 when the problem is the whole file.
    public var column: Int
    public var message: String
    public var hint: String?

    public init(file: String, line: Int, column: Int, message: String, hint: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    public var location: String { column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)" }

    public var description: String {
        "\(location): \(message)" + (hint.map { "\n  hint: \($0)" } ?? "")
    }
}

/// A problem found in a row before it has a file name attached: the row parsers and validators
/// produce these, the ingest layer adds the file.
public struct RowProblem: Hashable, Sendable {
    public var line: Int
    public var column: Int
    public var message: String
    public var hint: String?

    public init(line: Int, column: Int, message: String, hint: String? = nil) {
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    public func inFile(_ file: String) -> IngestError {
        IngestError(file: file, line: line, column: column, message: message, hint: hint)
    }
}
