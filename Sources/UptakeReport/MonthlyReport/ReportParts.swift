import Foundation
import UptakeAnalysis
import UptakeCharts
import UptakeCore

/// Turns a ``MonthlyReport`` into its parts, in reading order. Every part says one plain sentence
/// when its data are missing.
struct ReportParts {
    let report: MonthlyReport

    var unitsWord: String { report.unitLevel == .province ? "provinces" : "communes" }
    var scopeName: String { report.scope.name }
    var period: String { report.period.label }
    var baseline: String { report.baseline.label }

    func all() -> [ReportPart] {
        [summary(), ranking(), funnel(), changedMost(), monthOverMonth(), anomalies(), explanations(), readiness(), greenVersusReality()]
    }

    /// The sentence a part says instead of its content.
    func sentence(_ gap: SectionGap, what: String) -> String {
        switch gap {
        case .noData: "No applications are recorded for \(scopeName) in \(period), so there is no \(what) to show."
        case .noBaselineData: "No applications are recorded in the baseline \(baseline), so there is no \(what) to show."
        case .noReadiness: "No readiness reports exist on or before \(report.period.last), so there is no \(what) to show."
        case .tooFewUnits: "Fewer than two \(unitsWord) have data in \(period), so there is no \(what) to show."
        case .noneFound: "None found: \(what) is empty for \(period)."
        case .failed: "The \(what) could not be computed from these data; the rest of the report stands."
        }
    }

    func summary() -> ReportPart {
        var part = ReportPart(id: "summary", title: "\(scopeName): \(period) against \(baseline)")
        guard let s = report.summary.content else {
            if case .missing(let gap) = report.summary { part.gap = sentence(gap, what: "summary") }
            return part
        }
        part.paragraphs.append("\(scopeName) received \(Say.count(s.received.current)) applications in \(period): "
            + "\(Say.number(s.received.currentPerWorkingDay)) per working day over \(s.workingDays) working days, "
            + "\(Say.change(s.received.relativeChange)) against \(Say.number(s.received.baselinePerWorkingDay)) in \(baseline) "
            + "(\(s.baselineWorkingDays) working days; \(Say.verdict(s.received.significant))).")
        if let online = s.rates.first(where: { $0.metric == .onlineSubmission }) {
            part.paragraphs.append("Online submission: \(Say.percent(online.current)) (95% interval \(Say.percent(online.currentLow))–\(Say.percent(online.currentHigh))), "
                + "\(Say.points(online.change)) against \(baseline) (\(Say.verdict(online.significant))).")
        }
        var rows: [[Cell]] = []
        for (label, v) in [("received per working day", s.received), ("resolved per working day", s.resolved)] {
            rows.append([.text(label), .number(v.currentPerWorkingDay, 1), .empty, .number(v.baselinePerWorkingDay, 1),
                         v.relativeChange.map { .percent($0, digits: 1) } ?? .empty, .text(Say.verdict(v.significant))])
        }
        for r in s.rates {
            let interval = r.currentLow.map { "\(Say.percent($0))–\(Say.percent(r.currentHigh))" }
            rows.append([.text(r.metric.rawValue), .percent(r.current, 2), interval.map(Cell.text) ?? .empty, .percent(r.baseline, 2),
                         .points(r.change, 2), .text(Say.verdict(r.significant))])
        }
        part.tables.append(Table(columns: ["measure", period, "95% interval", baseline, "change", "test"], rows: rows, notes: [
            "per working day: all the month's applications ÷ its working days (Vietnam's calendar); volumes by a quasi-Poisson test, rates by a two-proportion test, 5% level",
        ]))
        return part
    }

    func ranking() -> ReportPart {
        var part = ReportPart(id: "ranking", title: "\(unitsWord.capitalized) ranked by online-submission rate")
        guard let rows = report.ranking.content else {
            if case .missing(let gap) = report.ranking { part.gap = sentence(gap, what: "ranking") }
            return part
        }
        part.paragraphs.append("\(rows.count) \(unitsWord) ranked by their online-submission rate in \(period), with 95% Wilson intervals; "
            + "the map colour is each unit's own readiness report (reported_status) as of \(report.period.last).")
        part.charts.append(IntervalChart(id: "ranking-chart", title: "Online-submission rate, \(period), highest first",
                                         description: "Dot chart of the \(rows.count) \(unitsWord)' online-submission rates in \(period) with 95% intervals, "
                                             + "highest first; units lagging their peers in red. Highest: \(rows.first.map { "\($0.unit.name) \(Say.percent($0.rate.current))" } ?? "–"); "
                                             + "lowest: \(rows.last.map { "\($0.unit.name) \(Say.percent($0.rate.current))" } ?? "–").",
                                         rows: rows.map { r in
                                             IntervalChart.Row(label: r.unit.name, baseline: nil,
                                                               current: r.rate.current.map { .init(value: $0, low: r.rate.currentLow, high: r.rate.currentHigh) },
                                                               highlighted: r.lagging)
                                         }, baselineLabel: baseline, currentLabel: period, highlightLabel: "lagging its peers").render())
        part.tables.append(Table(columns: ["rank", "code", "name", "received", "online_submission", "low", "high", "change", "map colour", "lagging"], rows: rows.map { r in
            [.integer(Int64(r.rank)), .text(r.unit.code), .text(r.unit.name), .integer(r.received), .percent(r.rate.current, 2), .percent(r.rate.currentLow, 2),
             .percent(r.rate.currentHigh, 2), .points(r.rate.change, 2), r.mapColour.map { .text($0.rawValue) } ?? .text("not reported"), .flag(r.lagging)]
        }))
        return part
    }

    func funnel() -> ReportPart {
        var part = ReportPart(id: "funnel", title: "Funnel plot: rate against volume")
        guard let f = report.funnel.content else {
            if case .missing(let gap) = report.funnel { part.gap = sentence(gap, what: "funnel plot") }
            return part
        }
        let lagging = f.units.filter(\.lagging)
        part.paragraphs.append("Each \(report.unitLevel.rawValue)'s online-submission rate in \(period) against its applications received. "
            + "The peers' pooled rate is \(Say.percent(f.target)); the limits widen for small volumes and allow for the peers' real spread "
            + "(overdispersion φ̂ \(Say.number(f.overdispersion))). "
            + (lagging.isEmpty ? "No unit lags its peers at a false-discovery rate of 5%."
                : "Lagging at a false-discovery rate of 5%: \(lagging.map { "\($0.name) (\(Say.percent($0.rate)))" }.joined(separator: ", "))."))
        let limits = f.curves.map { c in
            FunnelPlot.Limits(label: "\(Say.number(c.coverage * 100, c.coverage == 0.95 ? 0 : 1))% limits", volumes: c.volumes, lower: c.lower, upper: c.upper,
                              colour: c.coverage < 0.99 ? ChartPalette.limit95 : ChartPalette.limit998, dashed: c.coverage < 0.99)
        }
        part.charts.append(FunnelPlot(id: "funnel-chart", title: "Online-submission rate against applications received, \(period)",
                                      description: "Funnel plot of \(f.units.count) \(unitsWord): rate against volume, target \(Say.percent(f.target)), "
                                          + "95% and 99.8% limits; \(lagging.count) outside, labelled.",
                                      points: f.units.compactMap { u in u.rate.map { FunnelPlot.Point(label: u.name, volume: Double(u.denominator), rate: $0, flagged: u.lagging) } },
                                      target: f.target, limits: limits, xLabel: "applications received").render())
        if !lagging.isEmpty {
            var table = LaggingReport(LaggingResult(metric: f.metric, range: report.period, target: f.target, overdispersion: f.overdispersion,
                                                    betweenUnitVariance: 0, fdr: 0.05, rows: lagging)).tables[0]
                .keeping(["code", "name", "numerator", "denominator", "rate", "shrunk", "shrunk_low", "shrunk_high", "q", "limit_998_low"])
            table.notes = ["shrunk: the empirical-Bayes rate with its 95% interval; q: Benjamini–Hochberg over every unit; limit_998_low: the funnel's lower 99.8% limit at the unit's volume"]
            part.tables.append(table)
        }
        return part
    }

    func changedMost() -> ReportPart {
        var part = ReportPart(id: "series", title: "Daily applications of the \(unitsWord) that changed most")
        guard let series = report.changedMost.content else {
            if case .missing(let gap) = report.changedMost { part.gap = sentence(gap, what: "daily series") }
            return part
        }
        part.paragraphs.append("The \(series.count) \(unitsWord) whose applications per working day changed most clearly between \(baseline) and \(period) "
            + "(smallest p-value of the quasi-Poisson test, then the largest change): "
            + "each day's applications received, the 7-day mean, holidays and bridge days shaded, anomalies ringed and level shifts dashed.")
        for (i, s) in series.enumerated() {
            let labels = s.values.indices.map { s.first.advanced(by: $0).description }
            let ticks = s.values.indices.filter { s.first.advanced(by: $0).components.day == 1 || s.first.advanced(by: $0).components.day == 15 }
            let bands = s.daysOff.map { s.first.distance(to: $0.first)...s.first.distance(to: $0.last) }
            let markers = s.anomalies.map { a in
                LineChart.Marker(first: s.first.distance(to: a.start), last: s.first.distance(to: a.end),
                                 kind: a.kind == .levelShift || a.kind == .changepoint ? .changepoint : .anomaly, label: a.kind.rawValue.replacingOccurrences(of: "_", with: " "))
            }
            let chart = LineChart(id: "series-\(i)", title: "\(s.unit.name) (\(s.unit.code)): applications received per day, \(Say.change(s.relativeChange)) per working day",
                                  description: "Daily applications received at \(s.unit.name) from \(s.first) for \(s.values.count) days, with the 7-day mean; "
                                      + "\(s.daysOff.count) runs of days off shaded; \(s.anomalies.count) anomalies marked.",
                                  values: s.values.map { $0 ?? .nan }, valuesLabel: "received", smoothed: s.mean7.map { $0 ?? .nan },
                                  xLabels: labels, xTickIndices: ticks, bands: bands, bandLabel: "holiday or bridge day", markers: markers)
            part.charts.append(chart.render())
        }
        return part
    }

    func monthOverMonth() -> ReportPart {
        var part = ReportPart(id: "month-over-month", title: "Month over month: online-submission rate, \(baseline) → \(period)")
        guard let rows = report.monthOverMonth.content else {
            if case .missing(let gap) = report.monthOverMonth { part.gap = sentence(gap, what: "month-over-month comparison") }
            return part
        }
        let shown = rows.prefix(40)
        let falls = rows.filter { $0.rate.significant == true && ($0.rate.change ?? 0) < 0 }
        part.paragraphs.append("Largest changes first\(rows.count > shown.count ? " (the \(shown.count) largest of \(rows.count))" : ""); "
            + "\(Say.count(falls.count)) \(unitsWord) fell significantly (two-proportion test, Benjamini–Hochberg q < 0.05).")
        part.charts.append(IntervalChart(id: "mom-chart", title: "Online-submission rate, \(baseline) and \(period), with 95% intervals",
                                         description: "For each of \(shown.count) \(unitsWord), the online-submission rate in \(baseline) (hollow) and \(period) (filled) "
                                             + "with 95% intervals; significant falls in red.",
                                         rows: shown.map { r in
                                             IntervalChart.Row(label: r.unit.name,
                                                               baseline: r.rate.baseline.map { .init(value: $0, low: r.rate.baselineLow, high: r.rate.baselineHigh) },
                                                               current: r.rate.current.map { .init(value: $0, low: r.rate.currentLow, high: r.rate.currentHigh) },
                                                               highlighted: r.rate.significant == true && (r.rate.change ?? 0) < 0)
                                         }, baselineLabel: baseline, currentLabel: period, highlightLabel: "fell significantly").render())
        return part
    }

    func anomalies() -> ReportPart {
        var part = ReportPart(id: "anomalies", title: "Anomalies found in \(period)")
        guard let found = report.anomalies.content else {
            if case .missing(let gap) = report.anomalies {
                part.gap = gap == .noneFound ? "The scan of the \(unitsWord)' daily applications found no drop, spike or level shift in \(period)."
                    : sentence(gap, what: "anomaly scan")
            }
            return part
        }
        part.paragraphs.append("\(Say.plural(found.total, "anomaly", "anomalies")) in the daily applications of \(Say.count(found.seriesScanned)) communes "
            + "(each judged against its own last 8 weeks, working days only; communes that fall together are one province event, with its members counted)"
            + "\(found.total > found.anomalies.count ? "; the \(found.anomalies.count) strongest are listed" : "").")
        part.tables.append(Table(columns: ["start", "end", "code", "name", "kind", "severity", "observed", "expected", "members", "incidents"], rows: found.anomalies.map { a in
            [.text(a.start.description), .text(a.end.description), .text(a.locality), .text(a.name), .text(a.kind.rawValue), .text(a.severity.rawValue),
             .number(a.observed, 0), .number(a.expected, 0), a.members.isEmpty ? .empty : .integer(Int64(a.members.count)), .integer(Int64(a.incidents.count))]
        }))
        return part
    }

    func explanations() -> ReportPart {
        var part = ReportPart(id: "explanations", title: "What explains the flagged \(unitsWord)")
        guard let flagged = report.explanations.content else {
            if case .missing(let gap) = report.explanations {
                part.gap = gap == .noneFound ? "No \(report.unitLevel.rawValue) is flagged in \(period): nothing to explain." : sentence(gap, what: "explanation")
            }
            return part
        }
        if !flagged.contains(where: { $0.explanation != nil || $0.explanationFailure != nil }) {
            part.paragraphs.append("Root causes have not been analysed for this report yet; for each flagged \(report.unitLevel.rawValue), "
                + "why it is flagged and the incidents recorded at the place are listed as the evidence at hand.")
        }
        part.tables.append(Table(columns: ["code", "name", "flagged for", "anomalies", "incidents", "explanation"], rows: flagged.map { f in
            var incidents = f.incidents.prefix(3).map { "\($0.system.rawValue) \($0.kind.rawValue) from \($0.start.prefix(10))" }.joined(separator: "; ")
            if f.incidents.count > 3 { incidents += "; and \(f.incidents.count - 3) more" }
            // Each cause, then its evidence as the sentences the explainer wrote.
            let explanation = f.explanation.map { e in
                e.causes.map { c in c.cause.rawValue.replacingOccurrences(of: "_", with: " ") + ": " + c.evidence.joined(separator: " ") }.joined(separator: " ")
            } ?? f.explanationFailure.map { "could not be explained: \($0)" } ?? "not analysed yet"
            return [.text(f.unit.code), .text(f.unit.name), .text(f.reasons.map(\.rawValue).joined(separator: ", ")), .integer(Int64(f.anomalyIDs.count)),
                    .text(incidents.isEmpty ? "none recorded" : incidents), .text(explanation)]
        }))
        return part
    }

    func readiness() -> ReportPart {
        var part = ReportPart(id: "readiness", title: "Readiness gaps")
        guard let r = report.readinessGaps.content else {
            if case .missing(let gap) = report.readinessGaps { part.gap = sentence(gap, what: "readiness summary") }
            return part
        }
        part.paragraphs.append("As of \(r.asOf), \(Say.count(r.meetingAll)) of \(Say.count(r.communes)) communes "
            + "(\(Say.percent(Double(r.meetingAll) / Double(max(r.communes, 1)), 1))) meet every basic requirement"
            + (r.criteria.first.map { "; the weakest criterion is \($0.criterion.rawValue) (\(Say.percent($0.share, 1)))." } ?? "."))
        part.tables.append(Table(columns: ["criterion", "communes meeting it"], rows: r.criteria.map { [.text($0.criterion.rawValue), .percent($0.share, digits: 1)] }))
        if !r.furthestBehind.isEmpty {
            part.tables.append(Table(columns: ["code", "name", "communes", "unreported", "meeting all", "share", "weakest criterion"], rows: r.furthestBehind.map { g in
                [.text(g.unit.code), .text(g.unit.name), .integer(Int64(g.communes)), .integer(Int64(g.unreported)), .integer(Int64(g.meetingAll)),
                 .percent(Double(g.meetingAll) / Double(max(g.communes, 1)), digits: 1),
                 .text(g.weakest.map { "\($0.criterion.rawValue) (\(Say.percent($0.share, 1)))" } ?? "–")]
            }, notes: ["the \(r.furthestBehind.count) provinces with the smallest share of communes meeting every basic requirement; a commune without any readiness report counts as not meeting it"]))
        }
        return part
    }

    func greenVersusReality() -> ReportPart {
        var part = ReportPart(id: "green-versus-reality", title: "Green versus reality")
        guard let rows = report.greenVersusReality.content else {
            if case .missing(let gap) = report.greenVersusReality {
                part.gap = gap == .noneFound
                    ? "No \(report.unitLevel.rawValue) reported green has an online-submission rate significantly below its peers' in \(period)."
                    : sentence(gap, what: "comparison of reported colours with rates")
            }
            return part
        }
        part.paragraphs.append("Reported green on the readiness map, yet lagging its peers on online submission in \(period) (funnel, q ≤ 0.05):")
        part.tables.append(Table(columns: ["code", "name", "online_submission", "peers", "q"], rows: rows.map { g in
            [.text(g.unit.code), .text(g.unit.name), .percent(g.rate, digits: 2), .percent(g.target, digits: 2), .pValue(g.qValue)]
        }))
        return part
    }
}
