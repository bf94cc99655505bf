import UptakeCore
import UptakeStoreAPI

/// `alerts check`: the rules evaluated as of a day against the stored state: what fires, what is
/// held, what would be notified.
///
/// Asked through the API (`/api/v1/alerts/check`) or with `uptake alerts check --dry-run` it is a
/// read-only evaluation: nothing is stored and nothing is queued or sent, so any reader may ask it
/// and asking twice changes nothing (a GET must be safe). Only the CLI's plain `alerts check`, the
/// morning run, sets ``records``: it stores the state and queues the notifications, and the CLI
/// then delivers them.
public struct AlertsCheckQuestion: Question {
    public static let name = "alerts/check"

    /// The day evaluated: a date, `today` or `yesterday` (the default), Vietnam's date.
    public var asOf: DayText?
    /// Store the state and queue the notifications (the morning run). Never decoded from a request.
    public var records = false

    enum CodingKeys: String, CodingKey { case asOf = "as-of" }

    public init(asOf: DayText? = nil, records: Bool = false) { (self.asOf, self.records) = (asOf, records) }

    public func validate(_ name: ParameterSpelling) throws(QueryError) {}

    /// The day evaluated, counted from `today`.
    public func day(today: Day) -> Day { (asOf?.expression ?? .yesterday).day(today: today) }

    public func answer(_ context: AnswerContext) async throws -> AlertCheckAnswer {
        let setup = try context.alertSetup()
        let day = day(today: context.today())
        let check = AlertCheck(store: context.store, state: setup.state, explainer: setup.explainer, calendar: context.calendar,
                               styles: setup.styles)
        let result = records ? try await check.run(setup.rules, asOf: day) : try await check.evaluate(setup.rules, asOf: day)
        return AlertCheckAnswer(result: result, recorded: records)
    }
}

/// A day as typed: `YYYY-MM-DD`, `today` or `yesterday` (``DayExpression``).
public struct DayText: TextParameter, Hashable {
    public var expression: DayExpression
    public init(_ expression: DayExpression) { self.expression = expression }
    public init?(parameter text: String) {
        guard let e = DayExpression(text) else { return nil }
        expression = e
    }
    public static var expected: String { "YYYY-MM-DD, today or yesterday" }
    public var parameterText: String { expression.description }
}

/// What `alerts check` answers: the evaluation and the notes an official reads under the table.
public struct AlertCheckAnswer: Sendable {
    public var result: AlertCheckResult
    /// Whether the state was stored and the notifications queued (the CLI's morning run).
    public var recorded: Bool

    /// Why the day itself was or was not judged: a day off, or no data yet (`nil`: judged).
    public var dayNote: String? {
        if let dayOff = result.asOfDayOff {
            return "\(result.asOf) is a day off (\(dayOff)): days off are not judged; the working days before it were"
        }
        return result.hasDataOnAsOf ? nil : "no data for \(result.asOf) yet: that day was not judged (re-run when it arrives)"
    }

    /// The evaluation's notes, the day's, and what happened to the notifications (`delivery`: the
    /// CLI's account of sending them; a read-only evaluation says none was stored or sent).
    public func notes(delivery: [String]? = nil) -> [String] {
        let n = result.evaluation.notifications.count
        let count = "\(n) notification\(n == 1 ? "" : "s")"
        return result.evaluation.notes + (dayNote.map { [$0] } ?? [])
            + (delivery.map { ["\(count); " + ($0.first ?? "")] + $0.dropFirst() } ?? ["\(count) (a read-only evaluation: nothing stored, queued or sent)"])
    }

    /// Alerts firing and neither silenced nor inhibited.
    public var firing: Set<String> {
        Set(result.evaluation.firing).subtracting(result.evaluation.silenced).subtracting(result.evaluation.inhibited)
    }
}

extension AnswerContext {
    /// The alert setup, or the refusal a caller without one gives.
    func alertSetup() throws(QueryError) -> AlertSetup {
        guard let alerting else { throw QueryError("no alert rules are configured here", hint: "the server evaluates the rules it was started with", code: .notFound) }
        return alerting
    }
}
