import GSLSupport

/// What kind of failure a user-facing error is. Stable: scripts read the CLI's exit status and the
/// server's HTTP status from it, and docs/data-contract.md ("Errors: codes and exit statuses") lists the codes.
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
    /// A question or upload the hint points to, spelt by the caller (``NextStep``).
    var next: NextStep? { get }
}

extension UptakeError {
    public var next: NextStep? { nil }
    /// The hint, with its next step as `spell` writes it (the CLI: `'uptake localities --search
    /// TEXT'`; the server: `GET /api/v1/localities?search=TEXT`).
    public func hint(spelling spell: (NextStep) -> String) -> String? {
        guard let next else { return hint }
        return [hint, spell(next)].compactMap { $0 }.joined(separator: " ")
    }
    /// The message, and the hint on its own indented line.
    public func rendered(spelling spell: (NextStep) -> String) -> String { message + (hint(spelling: spell).map { "\n  hint: \($0)" } ?? "") }
    /// The message and hint, a next step named plainly (callers that talk to users spell it their way).
    public var rendered: String { rendered(spelling: \.plainly) }
    public var description: String { rendered }
}

/// What to do next, named by the analysis without a caller's syntax: a question and its parameters
/// (`localities`, search = TEXT) or an upload (`ingest` with a file). The CLI and the server spell
/// it, so no layer below them names a flag or a URL.
public struct NextStep: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A question to ask: a command, an endpoint.
        case ask
        /// Data to load: `uptake ingest FILE`, `POST /api/v1/ingest`.
        case upload
    }

    /// One parameter: `name` = `value`, a bare flag (`value` nil), or a positional value (`name` nil).
    public struct Parameter: Sendable, Equatable {
        public var name: String?
        public var value: String?
        public init(_ name: String?, _ value: String?) { (self.name, self.value) = (name, value) }
    }

    public var kind: Kind
    /// The question's words: `["localities"]`, `["alerts", "list"]`.
    public var question: [String]
    public var parameters: [Parameter]

    /// A question to ask: `NextStep("localities", parameters: [.init("search", "TEXT")])`.
    public init(_ question: String..., parameters: [Parameter] = []) {
        (kind, self.question, self.parameters) = (.ask, question, parameters)
    }

    /// `NextStep(.upload, "ingest", parameters: [.init(nil, "tasks.csv")])`.
    public init(_ kind: Kind, _ question: String..., parameters: [Parameter] = []) {
        (self.kind, self.question, self.parameters) = (kind, question, parameters)
    }

    /// `localities (search TEXT)`: for callers that have no syntax of their own.
    public var plainly: String {
        let parameters = parameters.map { [$0.name, $0.value].compactMap { $0 }.joined(separator: " ") }.joined(separator: ", ")
        return question.joined(separator: " ") + (parameters.isEmpty ? "" : " (\(parameters))")
    }
}

/// A question the store or the analysis cannot answer as asked.
public struct QueryError: UptakeError, Equatable {
    public var code: ErrorCode
    public var message: String
    public var hint: String?
    public var next: NextStep?
    /// A parameter refused once the data are read (a sector the database lacks, a commune given as
    /// a province): the command line reports it as the usage error it would have been had the
    /// options' checks known the data (exit 64), the server as any invalid query (400).
    public var isUsage = false

    public init(_ message: String, hint: String? = nil, next: NextStep? = nil, code: ErrorCode = .invalidQuery) {
        self.code = code
        self.message = message
        self.hint = hint
        self.next = next
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
