import UptakeAnalysis
import UptakeCharts
import UptakeCore

extension DashboardPages {
    /// One locality's daily series over the previous period and this one (the previous shaded, so a
    /// fall can be seen), the metric in each period, the change and its verdict from the test
    /// `compare` and the report use (so the words agree with the numbers), its anomalies and what
    /// explains the period; a part that could not be answered says why in a note.
    public static func locality(_ periods: LocalityPeriods, form: DashboardForm, anomalies: PagePart<AnomalyReport>?,
                                explanation: PagePart<Explanation>?, language: Language) -> String {
        let words = DashboardWords(language), numbers = language.numbers
        let locality = periods.locality, metric = periods.metric, metricName = metric.term.text(language)
        let period = periodText(periods.range, language), baseline = periodText(periods.baseline, language)
        let title = "\(locality.name) (\(locality.code)): \(metricName), \(period)"
        let days = periods.series.days
        let previousDays = days.filter { $0.day < periods.range.first }.count
        let description = previousDays > 0 ? words.seriesDescription(DashboardWords.opening(metricName), locality.name, baseline, period)
            : words.seriesDescription(DashboardWords.opening(metricName), locality.name, period)
        var chart = LineChart(id: "series", title: title, description: description,
                              values: days.map { $0.value ?? .nan }, valuesLabel: metricName,
                              smoothed: days.map { $0.movingAverage7 ?? .nan }, smoothedLabel: words.sevenDayMean,
                              xLabels: days.map { numbers.date($0.day) },
                              // The 1st, 11th and 21st of each month: dates a reader finds, none at the edge to be cut.
                              xTickIndices: days.indices.filter { [1, 11, 21].contains(days[$0].day.components.day) },
                              bands: previousDays > 0 ? [0...(previousDays - 1)] : [], bandLabel: "\(words.previous) (\(baseline))",
                              yFormat: metric.isRate ? .percent : .number)
        chart.marks = marks(language)
        // The period's anomalies on the series: rings on the days, a dashed line where a level shifts.
        if case .answered(let report)? = anomalies, let first = days.first?.day {
            chart.markers = report.anomalies.map { a in
                LineChart.Marker(first: first.distance(to: a.start), last: first.distance(to: a.end),
                                 kind: a.kind == .levelShift || a.kind == .changepoint ? .changepoint : .anomaly, label: a.kind.term.text(language))
            }
            (chart.anomalyLabel, chart.levelShiftLabel) = (words.anomaly, AnomalyKind.levelShift.term.text(language))
        }

        struct Figure { let label: String; let value: String; let detail: String? }
        var figures = [
            Figure(label: "\(words.thisPeriod) (\(period))", value: periodValue(periods.current, metric, language),
                   detail: periods.current.map { interval($0, metric, language) }.flatMap { $0.isEmpty ? nil : "\(words.interval): \($0)" }),
            Figure(label: "\(words.baseline(lastYear: periods.lastYear)) (\(baseline))", value: periodValue(periods.previous, metric, language), detail: nil),
        ]
        let verdict = words.verdict(periods.change)
        let p = periods.change?.pValue.map { numbers.p($0) }
        figures.append(Figure(label: words.change, value: changeText(periods.change, metric, language), detail: p.map { "\(verdict) (\($0))" } ?? verdict))
        figures.append(Figure(label: words.workingDays, value: numbers.integer(periods.series.workingDays - workingDaysBefore(periods)), detail: nil))

        struct View {
            let nav: Navigation; let form: String; let title: String; let chart: String; let figures: [Figure]; let fell: Bool
            let anomaliesTitle: String; let anomalies: Section; let explanationTitle: String; let explanation: Section
        }
        return page(title: title, language: language, DashboardTemplates.locality, View(
            nav: Navigation(path: "/localities/\(locality.code)", parameters: form.values, language: language,
                            back: link("/", ["metric": metric.rawValue, "period": periods.range.label, "baseline": form.values["baseline"]].compactMapValues { $0 }, language)),
            form: form.html(language), title: title, chart: chart.render().svg, figures: figures, fell: periods.change?.fell == true,
            anomaliesTitle: words.anomalies, anomalies: anomalySection(anomalies, period: period, language),
            explanationTitle: words.explanation, explanation: explanationSection(explanation, language)))
    }

    /// The series counts working days over both periods; the page's figure is this period's alone.
    static func workingDaysBefore(_ periods: LocalityPeriods) -> Int {
        periods.series.days.filter { $0.day < periods.range.first && $0.isWorkingDay }.count
    }

    /// A period's rate, or its volume with the volume per working day.
    static func periodValue(_ row: RateRow?, _ metric: Metric, _ language: Language) -> String {
        guard let row, row.value != nil else { return DashboardWords(language).noData }
        guard !metric.isRate, let perDay = row.perWorkingDay else { return value(row, metric, language) }
        return "\(value(row, metric, language)) (\(language.numbers.decimal(perDay, 1)) \(DashboardWords(language).perWorkingDay))"
    }

    struct Section { let note: String?; let html: String? }

    static func anomalySection(_ part: PagePart<AnomalyReport>?, period: String, _ language: Language) -> Section {
        let words = DashboardWords(language), numbers = language.numbers
        switch part {
        case nil: return Section(note: words.noDailySeries, html: nil)
        case .failed(let message): return Section(note: words.noScan(message), html: nil)
        case .answered(let report) where report.anomalies.isEmpty: return Section(note: words.noAnomaly(period), html: nil)
        case .answered(let report):
            func number(_ x: Double?, _ metric: Metric) -> Cell {
                guard let x else { return .empty }
                return metric.isRate ? .percent(x, digits: 2) : .number(x, digits: 1)
            }
            let rows: [[Cell]] = report.anomalies.map { a in
                [.text(a.id), .term(a.kind.term), .term((a.sector ?? .all).term), .text(numbers.date(a.start)), .text(numbers.date(a.end)),
                 .integer(Int64(a.workingDays)), number(a.observed, a.metric), number(a.expected, a.metric)]
            }
            let table = Table(columns: [words.anomalyID, words.kind, words.sector, words.start, words.end, words.days, words.observed, words.expected], rows: rows)
            return Section(note: nil, html: table.read(in: language).renderHTML())
        }
    }

    static func explanationSection(_ part: PagePart<Explanation>?, _ language: Language) -> Section {
        let words = DashboardWords(language)
        switch part {
        case nil: return Section(note: words.explainSeparately, html: nil)
        case .failed(let message): return Section(note: words.noExplanation(message), html: nil)
        case .answered(let e):
            struct Facts { let items: [String] }
            struct Cause { let name: String; let score: String; let facts: Facts? }
            struct View { let summary: String; let scoreLabel: String; let causes: [Cause] }
            let causes = e.causes.map { c in
                Cause(name: c.cause.term.text(language), score: language.numbers.decimal(c.score, 2),
                      facts: c.facts.isEmpty ? nil : Facts(items: c.facts.map { EvidenceWording.sentence($0, about: e, in: language) }))
            }
            return Section(note: nil, html: render(DashboardTemplates.explanation, View(
                summary: EvidenceWording.summary(e, in: language), scoreLabel: words.score, causes: causes)))
        }
    }
}
