import UptakeCore
import UptakeStoreAPI

/// What every answer is given: the store, the working calendar and today. The caller reads the
/// clock (the CLI once per run, the server per request); the engine never does.
public struct AnswerContext: Sendable {
    public var store: any UptakeStore
    public var calendar: WorkingCalendar
    public var today: @Sendable () -> Day
    /// How the caller's messages name parameters (an unknown sector is found only when answering).
    public var spelling: ParameterSpelling
    /// The rules, alert state and explainer the alert questions read (`nil`: they are refused).
    public var alerting: AlertSetup?
    /// The targets `targets` judges (`nil`: the shipped ones, ``TargetFile/shipped()``): the caller's, never a request's.
    public var targets: [Target]?
    /// Told each step of a long answer as it starts (the report's parts); the CLI prints it on stderr.
    public var progress: (@Sendable (Progress) -> Void)?

    /// One step of a long answer: `step` of `of`, named.
    public struct Progress: Sendable, Equatable {
        public var step: Int
        public var of: Int
        public var what: String
    }

    public init(store: any UptakeStore, calendar: WorkingCalendar, today: @escaping @Sendable () -> Day, spelling: ParameterSpelling = .query,
                alerting: AlertSetup? = nil) {
        // Sums read pre-reform applications folded into today's units (issue 26).
        self.store = PreReformFoldingStore.wrapping(store)
        self.calendar = calendar
        self.today = today
        self.spelling = spelling
        self.alerting = alerting
    }
}

/// One analytical question as the user asks it: its parameters typed, named as the CLI's options
/// and the API's query parameters (`as-of`, `false-flags`), checked once by `validate`, answered by
/// one function. The CLI builds it from its options, the server decodes it from the query string
/// (``ParameterDecoder``), the dashboard and the report build it in code: the same question gets
/// the same answer everywhere, and adding an option touches the question and its caller's flag.
public protocol Question: Codable, Sendable {
    associatedtype Answer: Sendable
    /// The command's and the endpoint's name.
    static var name: String { get }
    /// Refuses contradicting or out-of-range parameters; `name` spells a parameter in the message
    /// as the caller knows it (`--period` on the command line, `period` in a URL).
    func validate(_ name: ParameterSpelling) throws(QueryError)
    /// The answer; `validate` has passed.
    func answer(_ context: AnswerContext) async throws -> Answer
}

/// A set of parameters several questions share (the units, the days): decoded from the same flat
/// list of parameters as the question holding it, not from a nested one.
public protocol ParameterGroup: Codable, Sendable {}

/// A parameter's value as text: the API's query strings and the notebook's arguments are parsed
/// through it, with one message for a malformed value.
public protocol ParameterValue: Codable, Sendable {
    init?(parameter text: String)
    /// What a valid value looks like, for the message refusing an invalid one.
    static var expected: String { get }
}

/// A parameter value that is Codable as its text (in a request's JSON, as in a URL).
public protocol TextParameter: ParameterValue {
    /// The value as typed.
    var parameterText: String { get }
}

extension TextParameter {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(parameter: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected \(Self.expected): \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(parameterText)
    }
}

extension ParameterValue where Self: RawRepresentable & CaseIterable, RawValue == String {
    public init?(parameter text: String) { self.init(rawValue: text) }
    public static var expected: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

extension Metric: ParameterValue {}
extension LocalityLevel: ParameterValue {}
extension IntervalMethod: ParameterValue {}
extension DirectionFilter: ParameterValue {}
extension DetectionMethod: ParameterValue {}
extension Grain: ParameterValue {}

extension Day: ParameterValue {
    public init?(parameter text: String) { self.init(iso: text) }
    public static var expected: String { "YYYY-MM-DD" }
}

/// Checks shared by several questions' `validate`.
enum Check {
    /// A probability-like parameter strictly between 0 and 1.
    static func open01(_ value: Double, _ parameter: String, _ name: ParameterSpelling, example: String) throws(QueryError) {
        guard value > 0, value < 1 else { throw QueryError("\(name(parameter)) must lie strictly between 0 and 1, e.g. \(example)") }
    }
}
