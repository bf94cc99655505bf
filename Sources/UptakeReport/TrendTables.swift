import UptakeAnalysis
import UptakeCore

/// The output of `uptake trend`: a summary, or with `daily` the day-by-day series.
///
/// In table format the summary reads top to bottom (one statistic a line) under a heading and a
/// sparkline: of the daily values for ranges up to 62 days, of the weekly means beyond. In CSV and JSON
/// it is one row (object) with every statistic at full precision, its bounds (`from`, `to`) and its
/// sector filter (`sector`, empty for every sector).
public struct TrendReport: Sendable {
    /// Whom the tables are for (see ``Table/language``): `nil`, an analyst.
    public var language: Language?
    public let result: TrendResult
    public let daily: Bool
    /// One row per ISO week instead of the summary.
    public let weekly: Bool

    /// With `--with`: the evidence beside the summary (one), each day (`daily`) or each week (`weekly`).
    public let evidence: [UnitEvidence]
    public let evidenceKinds: Set<EvidenceKind>

    public init(_ result: TrendResult, daily: Bool = false, weekly: Bool = false, evidence: [UnitEvidence] = [], kinds: Set<EvidenceKind> = []) {
        self.result = result
        self.daily = daily
        self.weekly = weekly
        self.evidence = evidence
        evidenceKinds = evidence.isEmpty ? [] : kinds
    }

    public func render(_ format: OutputFormat) -> String {
        if daily { return dailyTable.withEvidence(evidence, kinds: evidenceKinds).read(in: language).render(format) }
        if weekly { return (format == .table ? heading : "") + weeklyTable.withEvidence(evidence, kinds: evidenceKinds).read(in: language).render(format) }
        switch format {
        case .table: return heading + evidenceLines + statisticsTable.read(in: language).render(.table)
        case .markdown: return heading + evidenceLines + "\n" + statisticsTable.read(in: language).render(.markdown)
        case .csv, .json: return summaryTable.withEvidence(evidence, kinds: evidenceKinds).render(format)
        }
    }

    /// The summary's evidence as lines under the heading (the statistics table reads top to bottom).
    var evidenceLines: String {
        guard let e = evidence.first, !evidenceKinds.isEmpty else { return "" }
        let row = Table(columns: [], rows: [[]]).withEvidence([e], kinds: evidenceKinds)
        let cells = Dictionary(zip(row.columns, row.rows[0]), uniquingKeysWith: { a, _ in a })
        var lines: [String] = []
        if let n = cells["incidents"], let kinds = cells["incident_kinds"] {
            lines.append("incidents at the unit or above: \(n.tableText)\(kinds.tableText == "–" ? "" : " (\(kinds.tableText))")")
        }
        if let unmet = cells["readiness_unmet_communes"] { lines.append("readiness criteria unmet (communes): \(unmet.tableText)") }
        return lines.joined(separator: "\n") + "\n\n"
    }

    var isRate: Bool { result.metric.isRate }

    /// A value of the metric: a percentage for a rate, a number for a volume.
    func value(_ v: Double?, digits: Int = 1) -> Cell { isRate ? .percent(v, digits + 1) : .number(v, digits) }
    /// A change of the metric: percentage points for a rate.
    func change(_ v: Double?, digits: Int = 1) -> Cell { isRate ? .points(v, digits + 1) : .number(v, digits) }

    var heading: String {
        let r = result
        var lines = ["\(r.locality.name) (\(r.locality.code)) · \(r.metric.rawValue) · \(r.range.first)..\(r.range.last) · "
            + "\(r.range.dayCount) days, \(r.workingDays) working days"]
        let (label, series) = r.range.dayCount <= 62 ? ("daily", r.days.map { $0.value ?? .nan })
                                                    : ("weekly means", r.weeklyMeans.map(\.mean))
        let finite = series.filter(\.isFinite)
        if let low = finite.min(), let high = finite.max() {
            lines.append("\(label)  \(Sparkline.render(series))  min \(value(low).tableText), max \(value(high).tableText)")
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    var statisticsTable: Table {
        let r = result
        let lastMA7 = r.days.last?.movingAverage7, lastMA28 = r.days.last?.movingAverage28
        var rows: [[Cell]] = []
        if isRate {
            rows.append([.text("rate over the range"), value(r.overall), .empty, .empty])
        } else {
            rows.append([.text("total"), r.overall.map { .integer(Int64($0)) } ?? .empty, .empty, .empty])
            rows.append([.text("per working day"), value(r.perWorkingDay), .empty, .empty])
        }
        if let s = r.slope {
            rows.append([.text("Theil–Sen slope per day"), change(s.slope, digits: 3), change(s.lowSlope, digits: 3), change(s.highSlope, digits: 3)])
            rows.append([.text("Theil–Sen slope per 30 days"), change(s.slope * 30), change(s.lowSlope * 30), change(s.highSlope * 30)])
        }
        if let t = r.mannKendall {
            rows.append([.text("Mann–Kendall tau"), .number(t.tau, 3), .empty, .empty])
            rows.append([.text("Mann–Kendall p"), .pValue(t.pValue), .empty, .empty])
        }
        if let d = r.direction { rows.append([.text("direction"), .text(d.rawValue), .empty, .empty]) }
        rows.append([.text("7-day mean, last day"), value(lastMA7), .empty, .empty])
        rows.append([.text("28-day mean, last day"), value(lastMA28), .empty, .empty])
        var notes = r.notes
        if let s = r.slope { notes.append("low and high: the \(Int((s.confidence * 100).rounded()))% interval of the slope (Sen)") }
        return Table(columns: ["statistic", "value", "low", "high"], rows: rows, notes: notes)
    }

    static let summaryColumns = ["code", "name", "sector", "metric", "from", "to", "days", "working_days", "value", "per_working_day",
                                 "slope_per_day", "slope_low", "slope_high", "slope_per_30_days", "confidence",
                                 "mann_kendall_tau", "mann_kendall_z", "mann_kendall_p", "direction", "moving_average_7", "moving_average_28"]

    var summaryTable: Table {
        let r = result
        let columns = TrendReport.summaryColumns
        let s = r.slope, t = r.mannKendall
        let row: [Cell] = [.text(r.locality.code), .text(r.locality.name), r.sectors.map { .text($0.map(\.name).joined(separator: ",")) } ?? .empty,
                           .text(r.metric.rawValue),
                           .text(r.range.first.description), .text(r.range.last.description),
                           .integer(Int64(r.range.dayCount)), .integer(Int64(r.workingDays)),
                           .number(r.overall, 1), .number(r.perWorkingDay, 1),
                           .number(s?.slope, 3), .number(s?.lowSlope, 3), .number(s?.highSlope, 3), .number(r.slopePer30Days, 1),
                           .number(s?.confidence, 2),
                           .number(t?.tau, 3), .number(t?.z, 3), .pValue(t?.pValue), r.direction.map { .text($0.rawValue) } ?? .empty,
                           .number(r.days.last?.movingAverage7, 1), .number(r.days.last?.movingAverage28, 1)]
        return Table(columns: columns, rows: [row], notes: r.notes)
    }

    /// `trend --by week`: one row per ISO week, labelled with its Monday; rates as ratios of the week's sums.
    var weeklyTable: Table {
        let columns = ["week", "from", "to", "working_days", "value"] + (isRate ? [] : ["per_working_day"]) + ["partial"]
        let rows = result.weeks.map { w -> [Cell] in
            [.text("\(w.label) (\(w.start))"), .text(w.days.first.description), .text(w.days.last.description),
             .integer(Int64(w.workingDays)), isRate ? value(w.value) : (w.value.map { .integer(Int64($0)) } ?? .empty)]
                + (isRate ? [] : [value(w.perWorkingDay)]) + [.flag(w.partial)]
        }
        var notes = [isRate ? "value: the week's ratio of sums" : "value: the week's total; per_working_day: total ÷ working days"]
        if result.weeks.contains(where: \.partial) { notes.append("partial: the week reaches beyond the range or the data") }
        return Table(columns: columns, rows: rows, notes: notes)
    }

    var dailyTable: Table {
        let columns = ["date", "value", "working_day", "in_fit", "trend", "seasonal", "residual", "moving_average_7", "moving_average_28"]
        return Table(columns: columns, rows: result.days.map { d in
            [.text(d.day.description), value(d.value), .flag(d.isWorkingDay), .flag(d.inFit),
             value(d.trend), value(d.seasonal), value(d.residual), value(d.movingAverage7), value(d.movingAverage28)]
        }, notes: result.notes)
    }
}

/// The output of `uptake trend --by sector`: one summary per sector. In table format one line per
/// sector (value, slope per 30 days with its interval, Mann–Kendall p, direction); in CSV and JSON the
/// summary rows of ``TrendReport``, one per sector.
public struct TrendSectorReport: Sendable {
    /// Whom the tables are for (see ``Table/language``): `nil`, an analyst.
    public var language: Language?
    public let results: [TrendResult]
    /// With `--with`: one ``UnitEvidence`` per result (the unit's, the same for every sector).
    public let evidence: [UnitEvidence]
    public let evidenceKinds: Set<EvidenceKind>

    public init(_ results: [TrendResult], evidence: [UnitEvidence] = [], kinds: Set<EvidenceKind> = []) {
        self.results = results
        self.evidence = evidence
        evidenceKinds = evidence.isEmpty ? [] : kinds
    }

    public func render(_ format: OutputFormat) -> String {
        let reports = results.map { TrendReport($0) }
        switch format {
        case .csv, .json:
            let tables = reports.map(\.summaryTable)
            return Table(columns: tables.first?.columns ?? TrendReport.summaryColumns, rows: tables.flatMap(\.rows))
                .withEvidence(evidence, kinds: evidenceKinds).render(format)
        case .table, .markdown:
            return heading + table(reports).withEvidence(evidence, kinds: evidenceKinds).read(in: language).render(format)
        }
    }

    var heading: String {
        guard let r = results.first else { return "" }
        return "\(r.locality.name) (\(r.locality.code)) · \(r.metric.rawValue) · \(r.range.first)..\(r.range.last) · by sector\n\n"
    }

    func table(_ reports: [TrendReport]) -> Table {
        let rate = results.first?.metric.isRate ?? false
        let columns = ["sector", rate ? "rate" : "total"] + (rate ? [] : ["per working day"])
            + ["slope per 30 days", "low", "high", "Mann–Kendall p", "direction"]
        let rows = zip(results, reports).map { r, report -> [Cell] in
            let s = r.slope
            return [.text(r.sectors?.map(\.name).joined(separator: ",") ?? "all"),
                    rate ? report.value(r.overall) : (r.overall.map { .integer(Int64($0)) } ?? .empty)]
                + (rate ? [] : [report.value(r.perWorkingDay)])
                + [report.change(r.slopePer30Days), report.change(s.map { $0.lowSlope * 30 }), report.change(s.map { $0.highSlope * 30 }),
                   .pValue(r.mannKendall?.pValue), r.direction.map { .text($0.rawValue) } ?? .empty]
        }
        return Table(columns: columns, rows: rows, notes: ["low and high: the 95% interval of the slope (Sen), per 30 days"])
    }
}
