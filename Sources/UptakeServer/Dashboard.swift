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
            let (p, language) = try parameters(request, allowed: overviewParameters)
            return try await html(environment.page("/", p, language) { try await overview(p, language, environment) }, language)
        }
        router.get("/alerts") { request, _ in
            let (p, language) = try parameters(request, allowed: alertParameters)
            // Not kept: the alert book changes with alerts check, which need not change the data version.
            return html(ByteBuffer(string: try await alertPage(p, language, environment)), language)
        }
        router.get("/localities/:code") { request, context in
            let (p, language) = try parameters(request, allowed: localityParameters)
            let code = try context.parameters.require("code")
            let text = code.removingPercentEncoding ?? code
            return try await html(environment.page("/localities/" + text, p, language) { try await localityPage(text, p, language, environment) }, language)
        }
    }

    public static let overviewParameters = ["metric", "level", "parent", "period", "sector", "baseline"]
    public static let localityParameters = ["metric", "period", "sector", "baseline"]
    public static let alertParameters = ["all"]

    /// The page's parameters and its reader's language: `lang` (the switch's links and the form
    /// carry it) over `Accept-Language`, English when neither names one of ours.
    static func parameters(_ request: Request, allowed: [String]) throws -> (QueryParameters, Language) {
        let pairs = formPairs(request)
        let chosen = pairs.filter { $0.0 == "lang" }
        guard chosen.count <= 1 else { throw QueryError("parameter \"lang\" given twice", hint: "give it once") }
        let p = try QueryParameters(pairs.filter { $0.0 != "lang" }, allowed: allowed)
        if let tag = chosen.first?.1 {
            guard let language = Language(rawValue: tag) else {
                throw QueryError("lang must be one of \(Language.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(tag)\"", hint: "e.g. lang=vi")
            }
            return (p, language)
        }
        return (p, request.headers[.acceptLanguage].flatMap(Language.init(acceptLanguage:)) ?? .en)
    }

    /// The form's fields, an empty one taken as not given (the form sends every field).
    static func formPairs(_ request: Request) -> [(String, String)] {
        QueryParameters.pairs(request.uri.query).filter { !$0.1.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// A page in `language`: said in `Content-Language`, and `Vary: Accept-Language` because the
    /// same address without `lang` answers in the language the browser asks for.
    static func html(_ body: ByteBuffer, _ language: Language) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .contentLanguage: language.tag, .vary: "Accept-Language"],
                 body: .init(byteBuffer: body))
    }

    /// The month's picture: the rates question of the form's parameters, ranked, beside the previous
    /// period or the one `baseline` names (`last-year`, as compare takes it).
    static func overview(_ p: QueryParameters, _ language: Language, _ env: EndpointEnvironment) async throws -> String {
        let (asked, comparedWith) = try split(p)
        var question = try ParameterDecoder.decode(RatesQuestion.self, from: asked)
        question.rank = true
        try question.validate(.query)
        let answer = try await question.overview(env.context, comparedWith: comparedWith.baseline)
        return DashboardPages.overview(answer, form: form(action: "/", p, metric: answer.metric, withUnits: true), language: language)
    }

    /// One locality's period beside the one before (default: the last month with data), its
    /// anomalies (as `uptake anomalies --locality` lists them) and its explanation (as `uptake explain
    /// --locality` gives it).
    static func localityPage(_ text: String, _ p: QueryParameters, _ language: Language, _ env: EndpointEnvironment) async throws -> String {
        let locality = try LocalityLookup.find(text, in: try await env.store.localities())
        let (pairs, comparedWith) = try split(p)
        let asked = try ParameterDecoder.decode(TrendQuestion.self, from: pairs)
        var question = TrendQuestion(metric: asked.metric, locality: locality.code, days: asked.days)
        // The page shows the last month with data by default, as rates and explain do (trend's own default is every day).
        if question.days.explicitRange(today: env.today) == nil { question.days.period = .absolute(try await question.days.range(env.store, today: env.today)) }
        try question.validate(.query)
        let metric = question.metric ?? .onlineSubmission, days = question.days
        let range = try await days.range(env.store, today: env.today)
        let periods = try await LocalityPeriods.answer(locality, metric: metric, range: range, comparedWith: comparedWith.baseline,
                                                       sectors: try await days.checkedSectors(env.store, .query), env.context)
        let anomalies = metric.hasDailySeries
            ? try await answered { try await AnomaliesQuestion(metric: .metric(metric), units: UnitQuery(locality: locality.code), days: days, direction: .both).answer(env.context) }
            : nil
        let explanation = metric == .onlineSubmission766 ? nil
            : try await answered { try await ExplainQuestion(locality: locality.code, metric: metric, days: days, top: 5).answer(env.context) }
        return DashboardPages.locality(periods, form: form(action: "/localities/\(locality.code)", p, metric: metric, withUnits: false),
                                       anomalies: anomalies, explanation: explanation, language: language)
    }

    /// The page's question's parameters, and the baseline read apart (compare's parameter, which the
    /// rates and trend questions do not take).
    static func split(_ p: QueryParameters) throws(QueryError) -> ([(String, String)], ComparedWith) {
        (p.pairs.filter { $0.0 != "baseline" }, try ParameterDecoder.decode(ComparedWith.self, from: p.pairs.filter { $0.0 == "baseline" }))
    }

    /// A part of a page: its answer, or the user-facing error that stopped it (said on the page).
    /// Any other error (a client gone, a store failing) fails the page, as it did before the templates.
    static func answered<T: Sendable>(_ ask: () async throws -> T) async throws -> PagePart<T> {
        do { return .answered(try await ask()) } catch let error as any UptakeError { return .failed(error.message) }
    }

    /// The alerts as `uptake alerts list` shows them: firing first, then pending and resolved.
    static func alertPage(_ p: QueryParameters, _ language: Language, _ env: EndpointEnvironment) async throws -> String {
        let book = try await env.alerts.alertBook()
        let all = try p.flag("all")
        let report = AlertListReport(book: book, asOf: book.lastEvaluated, silenced: book.silencedOnLastEvaluatedDay, includeInactive: all)
        return DashboardPages.alerts(report, lastEvaluated: book.lastEvaluated, includingInactive: all, language: language)
    }

    static func form(action: String, _ p: QueryParameters, metric: Metric, withUnits: Bool) -> DashboardForm {
        DashboardForm(action: action, values: Dictionary(p.pairs, uniquingKeysWith: { a, _ in a }), metric: metric, withUnits: withUnits)
    }

    /// The pages' only style (``DashboardTemplates/stylesheet``): its hash is in the Content-Security-Policy.
    static var stylesheet: String { DashboardTemplates.stylesheet }
}

extension EndpointEnvironment {
    /// A dashboard page: kept as the API's answers are, until the data change, keyed by its path, its
    /// parameters and its language (one address answers in either language).
    func page(_ path: String, _ parameters: QueryParameters, _ language: Language, compute: @escaping @Sendable () async throws -> String) async throws -> ByteBuffer {
        let render = { @Sendable in ByteBuffer(string: try await compute()) }
        guard let versioned else { return try await render() }
        let key = ResponseCache.Key(endpoint: "dashboard " + path, parameters: parameters.normalised, today: today().number, language: language.tag)
        return try await cache.answer(key, version: try await versioned.dataVersion(), compute: render)
    }
}
