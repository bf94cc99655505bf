import Foundation
import Hummingbird
import UptakeAnalysis
import UptakeCore
import UptakeReport
import UptakeStoreAPI

/// The dashboard: server-rendered HTML with the report's SVG charts, no script and nothing fetched
/// from elsewhere. The server asks the same questions as the API and routes; the pages are rendered
/// from templates in UptakeReport (``DashboardPages``), as the report's page is. Filters are a plain
/// GET form with the API's parameter names, so a page's address is also its API query.
public enum Dashboard {
    static func register(on router: Router<ServerRequestContext>, environment: EndpointEnvironment) {
        router.get("/") { request, _ in
            let p = try QueryParameters(formPairs(request), allowed: overviewParameters)
            return html(try await overview(p, environment))
        }
        router.get("/alerts") { request, _ in
            let p = try QueryParameters(formPairs(request), allowed: alertParameters)
            return html(try await alertPage(p, environment))
        }
        router.get("/localities/:code") { request, context in
            let p = try QueryParameters(formPairs(request), allowed: localityParameters)
            let code = try context.parameters.require("code")
            return html(try await localityPage(code.removingPercentEncoding ?? code, p, environment))
        }
    }

    public static let overviewParameters = ["metric", "level", "parent", "period", "sector"]
    public static let localityParameters = ["metric", "period", "sector"]
    public static let alertParameters = ["all"]

    /// The form's fields, an empty one taken as not given (the form sends every field).
    static func formPairs(_ request: Request) -> [(String, String)] {
        QueryParameters.pairs(request.uri.query).filter { !$0.1.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    static func html(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// The month's picture: the rates question of the form's parameters, ranked.
    static func overview(_ p: QueryParameters, _ env: EndpointEnvironment) async throws -> String {
        var question = try ParameterDecoder.decode(RatesQuestion.self, from: p.pairs)
        question.rank = true
        try question.validate(.query)
        let answer = try await question.answer(env.context)
        return DashboardPages.overview(answer, form: form(action: "/", p, metric: answer.metric, withUnits: true))
    }

    /// One locality's daily series over the period (default: the last month with data), its
    /// anomalies (as `uptake anomalies --locality` lists them) and its explanation (as `uptake explain
    /// --locality` gives it).
    static func localityPage(_ text: String, _ p: QueryParameters, _ env: EndpointEnvironment) async throws -> String {
        let locality = try LocalityLookup.find(text, in: try await env.store.localities())
        let asked = try ParameterDecoder.decode(TrendQuestion.self, from: p.pairs)
        var question = TrendQuestion(metric: asked.metric, locality: locality.code, days: asked.days)
        // The page shows the last month with data by default, as rates and explain do (trend's own default is every day).
        if question.days.explicitRange(today: env.today) == nil { question.days.period = .absolute(try await question.days.range(env.store, today: env.today)) }
        try question.validate(.query)
        guard case .series(let trend, _, _, _, _) = try await question.answer(env.context) else { preconditionFailure("a trend without by is one series") }
        let metric = trend.metric, days = question.days
        let anomalies = metric.hasDailySeries
            ? try await answered { try await AnomaliesQuestion(metric: .metric(metric), units: UnitQuery(locality: locality.code), days: days, direction: .both).answer(env.context) }
            : nil
        let explanation = metric == .onlineSubmission766 ? nil
            : try await answered { try await ExplainQuestion(locality: locality.code, metric: metric, days: days, top: 5).answer(env.context) }
        return DashboardPages.locality(locality, trend: trend, form: form(action: "/localities/\(locality.code)", p, metric: metric, withUnits: false),
                                       anomalies: anomalies, explanation: explanation)
    }

    /// A part of a page: its answer, or the user-facing error that stopped it (said on the page).
    /// Any other error (a client gone, a store failing) fails the page, as it did before the templates.
    static func answered<T: Sendable>(_ ask: () async throws -> T) async throws -> PagePart<T> {
        do { return .answered(try await ask()) } catch let error as any UptakeError { return .failed(error.message) }
    }

    /// The alerts as `uptake alerts list` shows them: firing first, then pending and resolved.
    static func alertPage(_ p: QueryParameters, _ env: EndpointEnvironment) async throws -> String {
        let book = try await env.alerts.alertBook()
        let all = try p.flag("all")
        let report = AlertListReport(book: book, asOf: book.lastEvaluated, silenced: book.silencedOnLastEvaluatedDay, includeInactive: all)
        return DashboardPages.alerts(report, lastEvaluated: book.lastEvaluated, includingInactive: all)
    }

    static func form(action: String, _ p: QueryParameters, metric: Metric, withUnits: Bool) -> DashboardForm {
        DashboardForm(action: action, values: Dictionary(p.pairs, uniquingKeysWith: { a, _ in a }), metric: metric, withUnits: withUnits)
    }

    /// The pages' only style (``DashboardTemplates/stylesheet``): its hash is in the Content-Security-Policy.
    static var stylesheet: String { DashboardTemplates.stylesheet }
}
