import NIOCore
import UptakeAnalysis
import UptakeCore
import UptakeReport
import UptakeStoreAPI

/// What every endpoint reads: the store and the day the clock says (read per request, by the
/// caller's function, so the engine never reads a clock itself).
public struct EndpointEnvironment: Sendable {
    public var store: any UptakeStore
    public var alerts: any AlertStateStore
    public var today: @Sendable () -> Day
    /// The working-day calendar every answer counts with (`uptake serve --calendar`).
    public var calendar: WorkingCalendar = .vietnam
    /// The rules the alert questions evaluate (the server's, never a request's).
    public var alertRules: AlertRuleFile?
    /// The targets `targets` judges (the server's, never a request's; `nil`: the shipped ones).
    public var targets: [Target]?
    /// The store's data version, when it has one: answers are then kept in `cache` until it changes.
    var versioned: (any DataVersioned)?
    let cache = ResponseCache()

    /// `endpoint`'s answer to `parameters`: kept from an earlier request when the data have not
    /// changed since, computed otherwise.
    func answer(_ endpoint: Endpoint, _ parameters: QueryParameters) async throws -> ByteBuffer {
        let compute = { @Sendable in ByteBuffer(string: try await endpoint.answer(parameters, self)) }
        guard let versioned else { return try await compute() }
        // The calendar is the server's, fixed while it runs: it needs no place in the key.
        let key = ResponseCache.Key(endpoint: endpoint.name, parameters: parameters.normalised, today: today().number)
        return try await cache.answer(key, version: try await versioned.dataVersion(), compute: compute)
    }

    /// What a question is answered with: the store, the server's calendar, today per request.
    var context: AnswerContext {
        var context = AnswerContext(store: store, calendar: calendar, today: today, spelling: .query,
                      alerting: alertRules.map {
                          AlertSetup(rules: $0, state: alerts, explainer: RootCauseExplainer(store: store, calendar: calendar), styles: AlertLanguages.styles)
                      })
        context.targets = targets
        return context
    }
}

/// One read endpoint of the JSON API: its path under /api/v1, the query parameters it takes (named as
/// the CLI command's options, and as openapi.yaml lists them) and what it answers: the very JSON the
/// command writes with `--format json`.
public struct Endpoint: Sendable {
    public let name: String
    public let parameters: [String]
    let answer: @Sendable (QueryParameters, EndpointEnvironment) async throws -> String

    public var path: String { "/api/v1/\(name)" }

    /// The endpoint of a question: decoded from the query string, checked and answered as the
    /// command is, printed as its `--format json`.
    init<Q: Question>(_ question: Q.Type) where Q.Answer: AnswerRendering {
        name = Q.name
        parameters = ParameterDecoder.parameters(of: Q.self)
        answer = { parameters, environment in
            let question = try ParameterDecoder.decode(Q.self, from: parameters.pairs)
            try question.validate(.query)
            return try await question.answer(environment.context).rendered(.json)
        }
    }

    init(name: String, parameters: [String], answer: @escaping @Sendable (QueryParameters, EndpointEnvironment) async throws -> String) {
        (self.name, self.parameters, self.answer) = (name, parameters, answer)
    }
}

extension Endpoint {
    /// Every read endpoint, in the order of the CLI's subcommands: one per question.
    public static let all: [Endpoint] = [
        Endpoint(LocalitiesQuestion.self), Endpoint(RatesQuestion.self), Endpoint(TrendQuestion.self), Endpoint(CompareQuestion.self),
        Endpoint(AnomaliesQuestion.self), Endpoint(LaggingQuestion.self), Endpoint(ReadinessQuestion.self), Endpoint(StatusQuestion.self),
        Endpoint(ExplainQuestion.self), Endpoint(GapQuestion.self), Endpoint(TasksQuestion.self), Endpoint(ReportQuestion.self), alerts,
        Endpoint(AlertsCheckQuestion.self), Endpoint(AlertsBacktestQuestion.self),
        Endpoint(ForecastQuestion.self),
        Endpoint(TargetsQuestion.self),
    ]

    static let alerts = Endpoint(name: "alerts", parameters: ["all"]) { p, env in
        let book = try await env.alerts.alertBook()
        return AlertListReport(book: book, asOf: book.lastEvaluated, silenced: book.silencedOnLastEvaluatedDay, includeInactive: try p.flag("all")).render(.json)
    }
}
