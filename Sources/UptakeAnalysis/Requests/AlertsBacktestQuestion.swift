import UptakeCore
import UptakeStoreAPI

/// `alerts backtest`: the rules replayed over every day of a range as the morning runs would have
/// evaluated them (in memory: the stored state is never touched).
///
/// A truth file (``truth``) is the CLI's (`--truth PATH`): the API takes no file path, so its
/// answer has no score.
public struct AlertsBacktestQuestion: Question {
    public static let name = "alerts/backtest"

    public var from: Day
    public var to: Day
    /// Planted events to score against (CLI only). Never decoded from a request.
    public var truth: [AlertTruthEvent]? = nil

    enum CodingKeys: String, CodingKey { case from, to }

    public init(from: Day, to: Day, truth: [AlertTruthEvent]? = nil) { (self.from, self.to, self.truth) = (from, to, truth) }

    /// Both days read before either is required, so that the parameters' list names both.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let from = try c.decodeIfPresent(Day.self, forKey: .from), to = try c.decodeIfPresent(Day.self, forKey: .to)
        guard let from, let to else { throw QueryError("\(from == nil ? "from" : "to") is required", hint: "give from and to, YYYY-MM-DD") }
        self.init(from: from, to: to)
    }

    /// The longest range replayed: a year, a morning run a day (a longer request is refused, not queued for hours).
    public static let maximumDays = 366

    public func validate(_ name: ParameterSpelling) throws(QueryError) {
        if from > to { throw QueryError("\(name("from")) must not be after \(name("to"))") }
        if from.distance(to: to) >= Self.maximumDays {
            throw QueryError("\(name("from"))..\(name("to")) spans more than \(Self.maximumDays) days", hint: "replay a year or less at a time")
        }
    }

    public func answer(_ context: AnswerContext) async throws -> AlertBacktestReport {
        let setup = try context.alertSetup()
        return try await AlertBacktest(store: context.store, calendar: context.calendar).run(setup.rules, range: DayRange(first: from, last: to), truth: truth)
    }
}
