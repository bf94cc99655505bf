import Mustache
import UptakeAnalysis
import UptakeCharts
import UptakeCore

/// The dashboard's pages from the answers the server asked for, rendered as the report's page is:
/// Mustache templates (``DashboardTemplates``), text escaped by the template (`{{…}}`), only the SVG
/// charts and the tables (built and escaped by UptakeCharts and ``Table/renderHTML()``) in raw. The
/// server asks the questions and routes; the markup lives here, beside the report's.
///
/// ```swift
/// let html = DashboardPages.overview(answer, form: DashboardForm(action: "/", values: ["period": "2025-07"], metric: .onlineSubmission, withUnits: true))
/// ```
public enum DashboardPages {
    /// The month's picture: each unit's rate with its interval, as a chart and a table linking to the
    /// units' pages.
    public static func overview(_ answer: RatesQuestion.Answer, form: DashboardForm) -> String {
        let (metric, range) = (answer.metric, answer.range)
        let title = "\(metric.rawValue), \(range.label)"
        var chart: String?
        if metric.isRate {
            let rows = answer.rows.compactMap { r in
                r.value.map { IntervalChart.Row(label: r.name, baseline: nil, current: .init(value: $0, low: r.low, high: r.high)) }
            }
            if !rows.isEmpty {
                chart = IntervalChart(id: "month", title: title, description: "Each unit's \(metric.rawValue) rate in \(range.label) with its 95% interval.",
                                      rows: rows, baselineLabel: "", currentLabel: range.label).render().svg
            }
        }
        struct Row { let code: String; let name: String; let link: String; let value: String; let interval: String; let numerator: String; let denominator: String }
        struct View { let form: String; let title: String; let chart: String?; let rows: [Row] }
        let rows = answer.rows.map { r in
            Row(code: r.code, name: r.name, link: "/localities/\(r.code)?metric=\(metric.rawValue)&period=\(range.label)",
                value: value(r.value, metric), interval: r.low.flatMap { low in r.high.map { "\(value(low, metric)) – \(value($0, metric))" } } ?? "",
                numerator: r.numerator.map(String.init) ?? "", denominator: r.denominator.map(String.init) ?? "")
        }
        return page(title: title, DashboardTemplates.overview, View(form: form.html, title: title, chart: chart, rows: rows))
    }

    /// One locality's daily series with its 7-day mean, its figures, its anomalies and what explains
    /// the period; a part that could not be answered says why in a note.
    public static func locality(_ locality: Locality, trend: TrendResult, form: DashboardForm,
                                anomalies: PagePart<AnomalyReport>?, explanation: PagePart<Explanation>?) -> String {
        let metric = trend.metric, range = trend.range
        let title = "\(locality.name) (\(locality.code)): \(metric.rawValue), \(range.label)"
        let chart = LineChart(id: "series", title: title, description: "Daily \(metric.rawValue) of \(locality.name) with the 7-day mean.",
                              values: trend.days.map { $0.value ?? .nan }, valuesLabel: metric.rawValue,
                              smoothed: trend.days.map { $0.movingAverage7 ?? .nan }, xLabels: trend.days.map { $0.day.description },
                              yFormat: metric.isRate ? .percent : .number).render()
        struct View {
            let back: String; let form: String; let title: String; let chart: String; let overall: String; let direction: String?
            let workingDays: Int; let notes: [String]; let anomalies: Section; let explanation: Section
        }
        struct Section { let note: String?; let html: String? }
        var anomalySection = Section(note: "\(metric.rawValue) has no daily series to scan.", html: nil)
        switch anomalies {
        case .answered(let report) where report.anomalies.isEmpty: anomalySection = Section(note: "No anomaly in \(report.range.label).", html: nil)
        case .answered(let report):
            let table = AnomalyListReport(report).tables[0].keeping(["id", "kind", "sector", "start", "end", "days", "observed", "expected", "score", "severity"])
            anomalySection = Section(note: nil, html: table.renderHTML())
        case .failed(let message): anomalySection = Section(note: "No anomaly scan: \(message)", html: nil)
        case nil: break
        }
        var explanationSection = Section(note: "Explain online-submission and sync separately.", html: nil)
        switch explanation {
        case .answered(let e): explanationSection = Section(note: nil, html: ExplanationReport(e).renderHTML())
        case .failed(let message): explanationSection = Section(note: "No explanation: \(message)", html: nil)
        case nil: break
        }
        return page(title: title, DashboardTemplates.locality, View(
            back: "/?metric=\(metric.rawValue)&period=\(range.label)", form: form.html, title: title, chart: chart.svg, overall: value(trend.overall, metric),
            direction: trend.direction?.rawValue, workingDays: trend.workingDays, notes: trend.notes, anomalies: anomalySection, explanation: explanationSection))
    }

    /// The alerts as `uptake alerts list` shows them: firing first, then pending and resolved.
    public static func alerts(_ report: AlertListReport, lastEvaluated: Day?, includingInactive all: Bool) -> String {
        struct View { let evaluated: String?; let all: Bool; let empty: Bool; let table: String }
        return page(title: "Alerts", DashboardTemplates.alerts, View(evaluated: lastEvaluated?.description, all: all,
                                                                     empty: report.tables.first?.rows.isEmpty ?? true, table: report.renderHTML()))
    }

    /// A rate as 32.7%, a volume as a whole number, nothing as "no data".
    static func value(_ v: Double?, _ metric: Metric) -> String {
        guard let v else { return "no data" }
        if metric.isRate {
            let tenths = (v * 1000).rounded()
            return "\(Int(tenths) / 10).\(Int(abs(tenths)) % 10)%"
        }
        return String(Int64(v.rounded()))
    }

    static func page(title: String, _ template: String, _ view: Any) -> String {
        struct Layout { let title: String; let css: String; let body: String }
        return render(DashboardTemplates.layout, Layout(title: title, css: DashboardTemplates.stylesheet, body: render(template, view)))
    }

    static func render(_ template: String, _ view: Any) -> String {
        do {
            return try MustacheTemplate(string: template).render(view)
        } catch {
            preconditionFailure("a dashboard template does not parse: \(error)")
        }
    }
}

/// A part of a page: its answer, or why it could not be answered (said on the page); `nil` where the
/// part does not apply (no daily series to scan, a product of two rates to explain).
public enum PagePart<Answer: Sendable>: Sendable {
    case answered(Answer)
    case failed(String)
}

/// The filter form at the top of a page: a plain GET form with the API's parameter names, so a
/// page's address is also its API query.
public struct DashboardForm: Sendable {
    public var action: String
    /// The values asked for, by parameter name, to show in the fields.
    public var values: [String: String]
    public var metric: Metric
    /// With the level and parent fields (the overview), or without (a locality's page).
    public var withUnits: Bool

    public init(action: String, values: [String: String], metric: Metric, withUnits: Bool) {
        (self.action, self.values, self.metric, self.withUnits) = (action, values, metric, withUnits)
    }

    var html: String {
        struct Option { let name: String; let selected: Bool }
        struct Select { let name: String; let options: [Option] }
        struct Field { let name: String; let value: String; let placeholder: String }
        struct View { let action: String; let metric: Select; let level: Select?; let parent: Field?; let period: Field; let sector: Field }
        func select(_ name: String, _ options: [String], _ chosen: String?) -> Select {
            Select(name: name, options: options.map { Option(name: $0, selected: $0 == chosen) })
        }
        func field(_ name: String, _ placeholder: String) -> Field { Field(name: name, value: values[name] ?? "", placeholder: placeholder) }
        return DashboardPages.render(DashboardTemplates.form, View(
            action: action, metric: select("metric", Metric.allCases.map(\.rawValue), metric.rawValue),
            level: withUnits ? select("level", ["province", "commune"], values["level"] ?? "province") : nil,
            parent: withUnits ? field("parent", "code or name") : nil, period: field("period", "2025-07"), sector: field("sector", "land,civil_status")))
    }
}
