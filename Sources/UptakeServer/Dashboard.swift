import Foundation
import Hummingbird
import UptakeAnalysis
import UptakeCharts
import UptakeCore
import UptakeReport
import UptakeStoreAPI

/// The dashboard: server-rendered HTML with the report's SVG charts (UptakeCharts), no script and
/// nothing fetched from elsewhere. Filters are a plain GET form with the API's parameter names, so a
/// page's address is also its API query.
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

    /// The month's picture: each unit's rate with its interval, as a chart and a table linking to the
    /// units' pages.
    static func overview(_ p: QueryParameters, _ env: EndpointEnvironment) async throws -> String {
        var question = try ParameterDecoder.decode(RatesQuestion.self, from: p.pairs)
        question.rank = true
        try question.validate(.query)
        let answer = try await question.answer(env.context)
        let (metric, range, rows) = (answer.metric, answer.range, answer.rows)
        let title = "\(metric.rawValue), \(range.label)"
        var body = "<p><a href=\"/alerts\">Alerts</a></p>\n" + filterForm(action: "/", p, metric: metric, withUnits: true)
        body += "<h1>\(e(title))</h1>\n"
        if metric.isRate {
            let chartRows = rows.compactMap { r in
                r.value.map { IntervalChart.Row(label: r.name, baseline: nil, current: .init(value: $0, low: r.low, high: r.high)) }
            }
            if !chartRows.isEmpty {
                let chart = IntervalChart(id: "month", title: title, description: "Each unit's \(metric.rawValue) rate in \(range.label) with its 95% interval.",
                                          rows: chartRows, baselineLabel: "", currentLabel: range.label).render()
                body += "<figure>\(chart.svg)</figure>\n"
            }
        }
        body += "<table class=\"rates\"><thead><tr><th>Code</th><th>Locality</th><th>Value</th><th>Interval</th><th>Numerator</th><th>Denominator</th></tr></thead><tbody>\n"
        for r in rows {
            let link = "/localities/\(e(r.code))?metric=\(e(metric.rawValue))&amp;period=\(e(range.label))"
            body += "<tr><td>\(e(r.code))</td><td><a href=\"\(link)\">\(e(r.name))</a></td><td>\(value(r.value, metric))</td>"
                + "<td>\(r.low.flatMap { low in r.high.map { "\(value(low, metric)) – \(value($0, metric))" } } ?? "")</td>"
                + "<td>\(r.numerator.map(String.init) ?? "")</td><td>\(r.denominator.map(String.init) ?? "")</td></tr>\n"
        }
        body += "</tbody></table>\n"
        return page(title: title, body)
    }

    /// One locality's daily series over the period (default: the last month with data), with its
    /// 7-day mean, and its figures.
    static func localityPage(_ text: String, _ p: QueryParameters, _ env: EndpointEnvironment) async throws -> String {
        let locality = try LocalityLookup.find(text, in: try await env.store.localities())
        let asked = try ParameterDecoder.decode(TrendQuestion.self, from: p.pairs)
        var question = TrendQuestion(metric: asked.metric, locality: locality.code, days: asked.days)
        // The page shows the last month with data by default, as rates and explain do (trend's own default is every day).
        if question.days.explicitRange(today: env.today) == nil { question.days.period = .absolute(try await question.days.range(env.store, today: env.today)) }
        try question.validate(.query)
        guard case .series(let trend, _, _, _, _) = try await question.answer(env.context) else { preconditionFailure("a trend without by is one series") }
        let (metric, range, days) = (trend.metric, trend.range, question.days)
        let title = "\(locality.name) (\(locality.code)): \(metric.rawValue), \(range.label)"
        var body = "<p><a href=\"/?metric=\(e(metric.rawValue))&amp;period=\(e(range.label))\">All provinces</a> · <a href=\"/alerts\">Alerts</a></p>\n"
        body += filterForm(action: "/localities/\(e(locality.code))", p, metric: metric, withUnits: false)
        body += "<h1>\(e(title))</h1>\n"
        let chart = LineChart(id: "series", title: title, description: "Daily \(metric.rawValue) of \(locality.name) with the 7-day mean.",
                              values: trend.days.map { $0.value ?? .nan }, valuesLabel: metric.rawValue,
                              smoothed: trend.days.map { $0.movingAverage7 ?? .nan }, xLabels: trend.days.map { $0.day.description },
                              yFormat: metric.isRate ? .percent : .number).render()
        body += "<figure>\(chart.svg)</figure>\n"
        body += "<dl><dt>Over the period</dt><dd>\(value(trend.overall, metric))</dd>"
        if let direction = trend.direction { body += "<dt>Trend</dt><dd>\(e(direction.rawValue))</dd>" }
        body += "<dt>Working days</dt><dd>\(trend.workingDays)</dd></dl>\n"
        for note in trend.notes { body += "<p class=\"note\">\(e(note))</p>\n" }
        body += try await anomalySection(locality, metric: metric, days: days, env)
        body += try await explanationSection(locality, metric: metric, days: days, env)
        return page(title: title, body)
    }

    /// The locality's anomalies in the period, both directions, as `uptake anomalies --locality` lists them.
    static func anomalySection(_ locality: Locality, metric: Metric, days: PeriodSelection, _ env: EndpointEnvironment) async throws -> String {
        let body = "<h2 id=\"anomalies\">Anomalies</h2>\n"
        guard metric.hasDailySeries else { return body + "<p class=\"note\">\(e(metric.rawValue)) has no daily series to scan.</p>\n" }
        let report = try await AnomaliesQuestion(metric: .metric(metric), units: UnitQuery(locality: locality.code), days: days, direction: .both).answer(env.context)
        if report.anomalies.isEmpty { return body + "<p>No anomaly in \(e(report.range.label)).</p>\n" }
        let table = AnomalyListReport(report).tables[0].keeping(["id", "kind", "sector", "start", "end", "days", "observed", "expected", "score", "severity"])
        return body + table.renderHTML() + "\n"
    }

    /// What moved the locality's metric in the period, as `uptake explain --locality` says it.
    static func explanationSection(_ locality: Locality, metric: Metric, days: PeriodSelection, _ env: EndpointEnvironment) async throws -> String {
        var body = "<h2 id=\"explanation\">Explanation</h2>\n"
        guard metric != .onlineSubmission766 else { return body + "<p class=\"note\">Explain online-submission and sync separately.</p>\n" }
        do {
            let explanation = try await ExplainQuestion(locality: locality.code, metric: metric, days: days, top: 5).answer(env.context)
            body += ExplanationReport(explanation).renderHTML()
        } catch let error as any UptakeError {
            body += "<p class=\"note\">No explanation: \(e(error.message))</p>\n"
        }
        return body
    }

    /// The alerts as `uptake alerts list` shows them: firing first, then pending and resolved.
    static func alertPage(_ p: QueryParameters, _ env: EndpointEnvironment) async throws -> String {
        let book = try await env.alerts.alertBook()
        let all = try p.flag("all")
        let report = AlertListReport(book: book, asOf: book.lastEvaluated, silenced: book.silencedOnLastEvaluatedDay, includeInactive: all)
        var body = "<p><a href=\"/\">All provinces</a></p>\n<h1>Alerts</h1>\n"
        body += "<p>" + (book.lastEvaluated.map { "Last evaluated \(e($0.description)) (uptake alerts check)." } ?? "Never evaluated: run uptake alerts check.")
            + (all ? " <a href=\"/alerts\">Hide the inactive</a>" : " <a href=\"/alerts?all=true\">Show the inactive too</a>") + "</p>\n"
        if report.tables.first?.rows.isEmpty ?? true { body += "<p>No alert.</p>\n" }
        body += report.renderHTML()
        return page(title: "Alerts", body)
    }

    static func filterForm(action: String, _ p: QueryParameters, metric: Metric, withUnits: Bool) -> String {
        func select(_ name: String, _ options: [String], _ chosen: String?) -> String {
            "<label>\(name) <select name=\"\(name)\">" + options.map { o in
                "<option\(o == chosen ? " selected" : "")>\(e(o))</option>"
            }.joined() + "</select></label> "
        }
        func field(_ name: String, _ placeholder: String) -> String {
            "<label>\(name) <input name=\"\(name)\" value=\"\(e(p.string(name) ?? ""))\" placeholder=\"\(e(placeholder))\"></label> "
        }
        var form = "<form method=\"get\" action=\"\(action)\">" + select("metric", Metric.allCases.map(\.rawValue), metric.rawValue)
        if withUnits { form += select("level", ["province", "commune"], p.string("level") ?? "province") + field("parent", "code or name") }
        form += field("period", "2025-07") + field("sector", "land,civil_status") + "<button>Show</button></form>\n"
        return form
    }

    static func value(_ v: Double?, _ metric: Metric) -> String {
        guard let v else { return "no data" }
        if metric.isRate {
            let tenths = (v * 1000).rounded()
            return "\(Int(tenths) / 10).\(Int(abs(tenths)) % 10)%"
        }
        return String(Int64(v.rounded()))
    }

    static func e(_ text: String) -> String { XMLText.escaped(text) }

    static func page(title: String, _ body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(title)) · Uptake</title>
        <style>\(stylesheet)</style></head><body>
        \(body)</body></html>

        """
    }

    /// The pages' only style, inline; its hash is in the Content-Security-Policy (SecurityHeaders), so
    /// any change here is allowed there too.
    static let stylesheet = """

        body{font-family:"DejaVu Sans",system-ui,sans-serif;margin:0 auto;padding:1em;max-width:980px;color:#222}
        figure{margin:1em 0}figure svg{max-width:100%;height:auto}
        form{display:flex;flex-wrap:wrap;gap:.5em;align-items:end;background:#f4f4f4;padding:.6em;border-radius:4px}
        label{display:flex;flex-direction:column;font-size:.85em}input,select,button{font:inherit;padding:.2em}
        table{border-collapse:collapse;width:100%;font-size:.9em}th,td{padding:.25em .5em;border-bottom:1px solid #ddd;text-align:left}
        table.rates td:nth-child(n+3),td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
        @media (max-width:600px){table.rates td:nth-child(4),table.rates th:nth-child(4),table.rates td:nth-child(5),table.rates th:nth-child(5){display:none}h1{font-size:1.2em}table:not(.rates){display:block;overflow-x:auto}}

        """
}
