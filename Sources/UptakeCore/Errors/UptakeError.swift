import GSLSupport

/// What kind of failure a user-facing error is. Stable: scripts read the CLI's exit status and the
/// server's HTTP status from it, and `docs/errors.md` lists the codes.
public enum ErrorCode: String, Sendable, Codable, CaseIterable {
    /// An input file's content is wrong (a row, a field, a missing column): nothing of it was written.
    case invalidInput = "invalid_input"
    /// A question that cannot be answered as asked (an unknown locality, a bad period, bad SQL).
    case invalidQuery = "invalid_query"
    /// Something named does not exist (a database, a file, an anomaly id).
    case notFound = "not_found"
    /// A statistic that cannot be computed from the data or parameters given.
    case computation
    /// Reading or writing failed (a full disk, a permission, a database another version wrote).
    case io
    /// A refused operation (a write through `uptake sql`, a path outside a notebook's folder).
    case refused
}

/// Every error a user can see: a stable code, one sentence of what was wrong and, when there is
/// one, what to do. Lower layers never name CLI flags; the CLI words those and maps codes to exit
/// statuses in one place (the server maps them to HTTP statuses).
public protocol UptakeError: Error, Sendable, CustomStringConvertible {
    var code: ErrorCode { get }
    /// What was wrong, with where when it applies (`file:line:column: …`).
    var message: String { get }
    /// What to do about it.
    var hint: String? { get }
}

extension UptakeError {
    /// The message, and the hint on its own indented line.
    public var rendered: String { message + (hint.map { "\n  hint: \($0)" } ?? "") }
    public var description: String { rendered }
}

/// A question the store or the analysis cannot answer as asked.
public struct QueryError: UptakeError, Equatable {
    public var code: ErrorCode
    public var message: String
    public var hint: String?
    /// A parameter refused once the data are read (a sector the database lacks, a commune given as
    /// a province): the command line reports it as the usage error it would have been had the
    /// options' checks known the data (exit 64), the server as any invalid query (400).
    public var isUsage = false

    public init(_ message: String, hint: String? = nil, code: ErrorCode = .invalidQuery) {
        self.code = code
        self.message = message
        self.hint = hint
    }

    /// A parameter refused on the data (``isUsage``).
    public static func usage(_ message: String) -> QueryError {
        var error = QueryError(message)
        error.isUsage = true
        return error
    }
}

extension IngestError: UptakeError {
    public var code: ErrorCode { .invalidInput }
    /// `file:line:column: message`.
    public var located: String { "\(location): \(message)" }
}

extension StatisticsError: UptakeError {
    public var code: ErrorCode { .computation }
    public var hint: String? { nil }
}

extension GSLError: UptakeError {
    public var code: ErrorCode { .computation }
    public var hint: String? { nil }
}

extension CalendarFileError: UptakeError {
    public var code: ErrorCode { .invalidInput }
    public var message: String { "calendar file, line \(line): \(reason)" }
    public var hint: String? { "each line is date,kind,name with kind holiday, bridge or working_saturday" }
}
