import Mustache
import UptakeAnalysis
import UptakeCharts
import UptakeCore
import UptakeStoreAPI

/// The dashboard's pages from the answers the server asked for, rendered as the report's page is:
/// Mustache templates (``DashboardTemplates``), text escaped by the template (`{{…}}`), only the SVG
/// charts and the tables (built and escaped by UptakeCharts and ``Table/renderHTML()``) in raw. The
/// server asks the questions and routes; the markup lives here, beside the report's. Every page is
/// in English or Vietnamese (``Language``): labels from ``DashboardWords``, terms from ``Glossary``,
/// numbers and dates from ``Language/numbers``.
///
/// ```swift
/// let html = DashboardPages.overview(answer, form: DashboardForm(action: "/", values: ["period": "2025-07"], metric: .onlineSubmission, withUnits: true), language: .vi)
/// ```
public enum DashboardPages {
    /// The month's picture: each unit ranked, its rate with its interval, the previous period and the
    /// change (marked when significant), its map colour, and the units lagging their peers highlighted.
    /// A rate is also drawn as a map of the units at their places (``RateMap``, as the report's map
    /// part), the ranked table being the numbers behind it.
    public static func overview(_ answer: OverviewAnswer, form: DashboardForm, language: Language) -> String {
        let words = DashboardWords(language), numbers = language.numbers
        let metric = answer.metric, metricName = metric.term.text(language)
        let period = periodText(answer.range, language), baseline = periodText(answer.baseline, language)
        let title = "\(DashboardWords.opening(metricName)), \(period)"
        var chart: String?, map: String?
        if metric.isRate, !answer.rows.isEmpty, answer.rows.count <= maxChartRows {
            let units = answer.rows.map { r in
                MapUnit(unit: ReportUnit(code: r.current.code, name: r.current.name, level: r.current.level), point: LocalityPoints.vietnam2025[r.current.code],
                        received: r.current.denominator ?? 0, rate: r.current.value)
            }
            map = RateMap.chart(id: "map", units: units, title: "\(words.map): \(metricName), \(period)", language: language, metric: metric).svg
        }
        if metric.isRate {
            let rows = answer.rows.compactMap { r in
                r.current.value.map { v in
                    IntervalChart.Row(label: r.current.name, baseline: r.previous?.value.map { .init(value: $0, low: r.previous?.low, high: r.previous?.high) },
                                      current: .init(value: v, low: r.current.low, high: r.current.high), highlighted: r.lagging)
                }
            }
            // A row per unit reads up to a province's communes; past that the table (ranked) says it better.
            if !rows.isEmpty, rows.count <= maxChartRows {
                var interval = IntervalChart(id: "month", title: title, description: words.chartDescription(DashboardWords.opening(metricName), period, baseline),
                                             rows: rows, baselineLabel: baseline, currentLabel: period, highlightLabel: words.lagging)
                interval.marks = marks(language)
                chart = interval.render().svg
            }
        }
        struct Colour { let css: String; let text: String }
        struct Row {
            let rank: String; let name: String; let link: String; let value: String; let interval: String; let previous: String
            let change: String; let verdict: String?; let fell: Bool; let colour: Colour?; let lagging: Bool; let applications: String
        }
        struct Header { let rank, locality, value, interval, previous, change, colour, applications, lagging: String }
        struct View {
            let nav: Navigation; let form: String; let title: String; let map: String?; let mapTitle: String; let chart: String?
            let header: Header; let rows: [Row]; let note: String; let lagging: String?; let missing: String?
        }
        // Units without data in the period are named once under the table, not given a row of dashes.
        let withData = answer.rows.filter { $0.current.value != nil }
        let without = answer.rows.filter { $0.current.value == nil }.map(\.current.name)
        let rows = withData.map { r in
            let significant = r.change?.fell != nil
            return Row(rank: r.current.rank.map { numbers.integer($0) } ?? "",
                       name: r.current.name, link: link("/localities/\(r.current.code)", ["metric": metric.rawValue, "period": answer.range.label,
                                                                                          "baseline": form.values["baseline"]].compactMapValues { $0 }, language),
                       value: value(r.current, metric, language), interval: interval(r.current, metric, language),
                       previous: r.previous.map { value($0, metric, language) } ?? words.noData,
                       change: changeText(r.change, metric, language), verdict: significant ? words.verdict(r.change) : nil, fell: r.change?.fell == true,
                       colour: r.mapColour.map { Colour(css: $0.rawValue, text: $0.term.text(language)) },
                       lagging: r.lagging, applications: r.current.denominator.map { numbers.integer($0) } ?? "")
        }
        let laggingCount = withData.filter(\.lagging).count
        return page(title: title, language: language, DashboardTemplates.overview, View(
            nav: Navigation(path: "/", parameters: form.values, language: language, back: nil), form: form.html(language), title: title,
            map: map, mapTitle: words.map, chart: chart,
            header: Header(rank: words.rank, locality: words.locality, value: metric.isRate ? words.rate : words.volume, interval: words.interval,
                           previous: "\(words.baseline(lastYear: answer.lastYear)) (\(baseline))", change: words.change, colour: words.mapColour,
                           applications: words.applications, lagging: words.lagging),
            rows: rows, note: words.comparedWith(baseline, lastYear: answer.lastYear),
            lagging: answer.laggingTested ? words.laggingCount(laggingCount, of: withData.count) : nil,
            missing: without.isEmpty ? nil : words.withoutData(period, without)))
    }

    /// The alerts as `uptake alerts list` shows them: firing first, then pending and resolved.
    public static func alerts(_ report: AlertListReport, lastEvaluated: Day?, includingInactive all: Bool, language: Language = .en) -> String {
        let words = DashboardWords(language)
        struct View {
            let nav: Navigation; let title: String; let evaluated: String; let toggle: String; let toggleLink: String
            let empty: String?; let table: String
        }
        let empty = report.tables.first?.rows.isEmpty ?? true
        return page(title: words.alerts, language: language, DashboardTemplates.alerts, View(
            nav: Navigation(path: "/alerts", parameters: all ? ["all": "true"] : [:], language: language, back: link("/", [:], language)),
            title: words.alerts,
            evaluated: lastEvaluated.map { words.lastEvaluated(language.numbers.date($0)) } ?? words.neverEvaluated,
            toggle: all ? words.hideInactive : words.showInactive, toggleLink: link("/alerts", all ? [:] : ["all": "true"], language),
            empty: empty ? words.noAlert : nil, table: empty ? "" : alertTable(report, language).renderHTML()))
    }

    /// The alerts as an official reads them: state, place, sector and dates in the page's language,
    /// the rule's summary in it when the rule has one (`summary_vi`); the rule's name kept, as the
    /// analysts who wrote it name it.
    static func alertTable(_ report: AlertListReport, _ language: Language) -> Table {
        let words = DashboardWords(language), numbers = language.numbers
        func day(_ d: Day?) -> Cell { d.map { .text(numbers.date($0)) } ?? .empty }
        let rows: [[Cell]] = report.alerts.map { r in
            let held = report.held(r)
            let state = words.alertState(r.status) + (held.isEmpty ? "" : " (\(held == "silenced" ? words.silenced : words.inhibited))")
            let sector = r.labels["sector"].flatMap { Sector($0) } ?? .all
            return [.text(state), .text(r.labels["name"].map { n in r.labels["locality"].map { "\(n) (\($0))" } ?? n } ?? ""), .term(sector.term),
                    .text(r.rule), day(r.firingSince ?? r.activeSince), day(r.lastActive), day(r.resolvedOn), report.summary(r)]
        }
        return Table(columns: [words.alertStateHeader, words.locality, words.sectorHeader, words.rule, words.since, words.lastActive, words.resolvedOn,
                               words.summary], rows: rows).read(in: language)
    }

    // MARK: numbers

    /// A rate as 32.73% (32,73 % in Vietnamese), a volume as 1,234 (1.234), nothing as "no data".
    static func value(_ v: Double?, _ metric: Metric, _ language: Language) -> String {
        guard let v, v.isFinite else { return DashboardWords(language).noData }
        return metric.isRate ? language.numbers.percent(v, 2) : language.numbers.integer(Int64(v.rounded()))
    }

    static func value(_ row: RateRow, _ metric: Metric, _ language: Language) -> String { value(row.value, metric, language) }

    static func interval(_ row: RateRow, _ metric: Metric, _ language: Language) -> String {
        guard metric.isRate, let low = row.low, let high = row.high else { return "" }
        return "\(value(low, metric, language)) – \(value(high, metric, language))"
    }

    /// A rate's change in points, a volume's as a relative change per working day.
    static func changeText(_ change: UnitChange?, _ metric: Metric, _ language: Language) -> String {
        guard let change, change.change != nil else { return "–" }
        return metric.isRate ? language.numbers.points(change.change) : language.numbers.change(change.relativeChange)
    }

    /// The most units the home's interval chart draws (Hà Nội has 126 communes; the nation's 3,321 would be a 50,000-pixel chart).
    static let maxChartRows = 200

    /// The charts' axis numbers as the reader writes them (`35 %`, `12.000` in Vietnamese).
    static func marks(_ language: Language) -> NumberMarks { language == .vi ? .vietnamese : .english }

    /// A period as its reader names it: `2025-07` / `tháng 7/2025`, a range of days otherwise.
    static func periodText(_ range: DayRange, _ language: Language) -> String {
        PeriodLabel(range.label)?.text(language) ?? language.numbers.range(range)
    }

    // MARK: pages

    /// A dashboard address with its parameters and the reader's language, so the language chosen
    /// with the switch is kept from page to page by the links themselves (no cookie).
    static func link(_ path: String, _ parameters: [String: String], _ language: Language) -> String {
        var all = parameters
        all["lang"] = language.rawValue
        let query = all.sorted { $0.key < $1.key }.map { "\($0.key)=\(escapeQuery($0.value))" }.joined(separator: "&")
        return path + "?" + query
    }

    static func escapeQuery(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"), UInt8(ascii: ","):
                out.append(Character(Unicode.Scalar(byte)))
            default: out += "%" + String(byte, radix: 16, uppercase: true).leftPadded
            }
        }
        return out
    }

    /// The links at the top of every page: back to the provinces, the alerts, and the language switch
    /// (the same page in the other language).
    struct Navigation {
        struct Switch { let name: String; let link: String; let current: Bool; let tag: String }
        let back: String?; let backText: String; let alerts: String; let alertsText: String; let switchLabel: String; let languages: [Switch]

        init(path: String, parameters: [String: String], language: Language, back: String?) {
            let words = DashboardWords(language)
            (self.back, backText, alerts, alertsText, switchLabel) = (back, words.allProvinces, DashboardPages.link("/alerts", [:], language), words.alerts, words.languageSwitch)
            languages = Language.allCases.map { Switch(name: $0.ownName, link: DashboardPages.link(path, parameters, $0), current: $0 == language, tag: $0.tag) }
        }
    }

    static func page(title: String, language: Language, _ template: String, _ view: Any) -> String {
        struct Layout { let title: String; let lang: String; let css: String; let body: String }
        return render(DashboardTemplates.layout, Layout(title: title, lang: language.tag, css: DashboardTemplates.stylesheet, body: render(template, view)))
    }

    static func render(_ template: String, _ view: Any) -> String {
        do {
            return try MustacheTemplate(string: template).render(view)
        } catch {
            preconditionFailure("a dashboard template does not parse: \(error)")
        }
    }
}

private extension String {
    /// Two hex digits.
    var leftPadded: String { count < 2 ? "0" + self : self }
}

/// A part of a page: its answer, or why it could not be answered (said on the page); `nil` where the
/// part does not apply (no daily series to scan, a product of two rates to explain).
public enum PagePart<Answer: Sendable>: Sendable {
    case answered(Answer)
    case failed(String)
}
