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
        let vi = language == .vi, n = Language.vi.numbers
        var lines = [vi
            ? "\(r.locality.name) (\(r.locality.code)) · \(r.metric.term.vi) · \(n.range(r.range)) · \(r.range.dayCount) ngày, \(r.workingDays) ngày làm việc"
            : "\(r.locality.name) (\(r.locality.code)) · \(r.metric.rawValue) · \(r.range.first)..\(r.range.last) · "
                + "\(r.range.dayCount) days, \(r.workingDays) working days"]
        let daily = r.range.dayCount <= 62
        let series = daily ? r.days.map { $0.value ?? .nan } : r.weeklyMeans.map(\.mean)
        let finite = series.filter(\.isFinite)
        if let low = finite.min(), let high = finite.max() {
            lines.append(vi
                ? "\(daily ? "theo ngày" : "trung bình tuần")  \(Sparkline.render(series))  thấp nhất \(value(low).text(in: .vi)), cao nhất \(value(high).text(in: .vi))"
                : "\(daily ? "daily" : "weekly means")  \(Sparkline.render(series))  min \(value(low).tableText), max \(value(high).tableText)")
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    /// The analysis's notes for a reader of Vietnamese, from the result's own figures.
    var notesVi: [String] {
        let r = result, n = Language.vi.numbers
        var notes: [String] = []
        let irregular = r.days.filter { $0.isWorkingDay == $0.day.isWeekend }.count
        if irregular > 0 { notes.append("\(irregular) ngày lễ hoặc ngày cuối tuần làm bù không được dùng để ước lượng") }
        if r.days.allSatisfy({ $0.value == nil }) {
            notes.append("không có số liệu của \(r.locality.name) trong kỳ \(n.range(r.range))")
        } else if !r.decomposed {
            notes.append("dưới 14 ngày để ước lượng: không tách thành phần (STL); độ dốc và kiểm định tính trên chính các giá trị")
        }
        return notes
    }

    /// A direction: its identifier for an analyst, words for a reader.
    static func direction(_ d: TrendDirection) -> Cell {
        let vi = switch d {
        case .increasing: "tăng"
        case .decreasing: "giảm"
        case .noTrend: "không có xu hướng"
        }
        return .term(Term(d.rawValue, en: d.rawValue, vi: vi))
    }

    var statisticsTable: Table {
        let r = result
        let lastMA7 = r.days.last?.movingAverage7, lastMA28 = r.days.last?.movingAverage28
        var rows: [[Cell]] = []
        // Each statistic's name: the analyst's words, or a reader's.
        func label(_ en: String, _ vi: String) -> Cell { .text(language == .vi ? vi : en) }
        if isRate {
            rows.append([label("rate over the range", "tỷ lệ cả kỳ"), value(r.overall), .empty, .empty])
        } else {
            rows.append([label("total", "tổng"), r.overall.map { .integer(Int64($0)) } ?? .empty, .empty, .empty])
            rows.append([label("per working day", "bình quân ngày làm việc"), value(r.perWorkingDay), .empty, .empty])
        }
        if let s = r.slope {
            rows.append([label("Theil–Sen slope per day", "độ dốc Theil–Sen mỗi ngày"), change(s.slope, digits: 3), change(s.lowSlope, digits: 3), change(s.highSlope, digits: 3)])
            rows.append([label("Theil–Sen slope per 30 days", "độ dốc Theil–Sen mỗi 30 ngày"), change(s.slope * 30), change(s.lowSlope * 30), change(s.highSlope * 30)])
        }
        if let t = r.mannKendall {
            rows.append([label("Mann–Kendall tau", "tau (Mann–Kendall)"), .number(t.tau, 3), .empty, .empty])
            rows.append([label("Mann–Kendall p", "p (Mann–Kendall)"), .pValue(t.pValue), .empty, .empty])
        }
        if let d = r.direction { rows.append([label("direction", "chiều"), Self.direction(d), .empty, .empty]) }
        rows.append([label("7-day mean, last day", "trung bình 7 ngày, ngày cuối"), value(lastMA7), .empty, .empty])
        rows.append([label("28-day mean, last day", "trung bình 28 ngày, ngày cuối"), value(lastMA28), .empty, .empty])
        var notes = r.notes, notesVi = self.notesVi
        if let s = r.slope {
            let percent = Int((s.confidence * 100).rounded())
            notes.append("low and high: the \(percent)% interval of the slope (Sen)")
            notesVi.append("cận dưới và cận trên: khoảng tin cậy \(percent) % của độ dốc (Sen)")
        }
        var table = Table(columns: ["statistic", "value", "low", "high"], rows: rows, notes: notes)
        table.notesVi = notesVi
        return table
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
        var notesVi = [isRate ? "giá trị: tỷ lệ tính trên tổng số của tuần" : "giá trị: tổng số của tuần; bình quân ngày làm việc: tổng chia số ngày làm việc"]
        if result.weeks.contains(where: \.partial) {
            notes.append("partial: the week reaches beyond the range or the data")
            notesVi.append("chưa đủ kỳ: tuần vượt ra ngoài khoảng thời gian yêu cầu hoặc ngoài số liệu hiện có")
        }
        var table = Table(columns: columns, rows: rows, notes: notes)
        table.notesVi = notesVi
        return table
    }

    var dailyTable: Table {
        let columns = ["date", "value", "working_day", "in_fit", "trend", "seasonal", "residual", "moving_average_7", "moving_average_28"]
        var table = Table(columns: columns, rows: result.days.map { d in
            [.text(d.day.description), value(d.value), .flag(d.isWorkingDay), .flag(d.inFit),
             value(d.trend), value(d.seasonal), value(d.residual), value(d.movingAverage7), value(d.movingAverage28)]
        }, notes: result.notes)
        table.notesVi = notesVi
        return table
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
        if language == .vi {
            return "\(r.locality.name) (\(r.locality.code)) · \(r.metric.term.vi) · \(Language.vi.numbers.range(r.range)) · theo lĩnh vực\n\n"
        }
        return "\(r.locality.name) (\(r.locality.code)) · \(r.metric.rawValue) · \(r.range.first)..\(r.range.last) · by sector\n\n"
    }

    func table(_ reports: [TrendReport]) -> Table {
        let rate = results.first?.metric.isRate ?? false
        let columns = ["sector", rate ? "rate" : "total"] + (rate ? [] : ["per working day"])
            + ["slope per 30 days", "low", "high", "Mann–Kendall p", "direction"]
        let rows = zip(results, reports).map { r, report -> [Cell] in
            let s = r.slope
            let sector: Cell = if let sectors = r.sectors, sectors.count == 1 { .term(sectors[0].term) }
                else if let sectors = r.sectors { .text(sectors.map(\.name).joined(separator: ",")) }
                else { .term(Term("all", en: "all", vi: "tất cả lĩnh vực")) }
            return [sector,
                    rate ? report.value(r.overall) : (r.overall.map { .integer(Int64($0)) } ?? .empty)]
                + (rate ? [] : [report.value(r.perWorkingDay)])
                + [report.change(r.slopePer30Days), report.change(s.map { $0.lowSlope * 30 }), report.change(s.map { $0.highSlope * 30 }),
                   .pValue(r.mannKendall?.pValue), r.direction.map(TrendReport.direction) ?? .empty]
        }
        var table = Table(columns: columns, rows: rows, notes: ["low and high: the 95% interval of the slope (Sen), per 30 days"])
        table.notesVi = ["cận dưới và cận trên: khoảng tin cậy 95 % của độ dốc (Sen), mỗi 30 ngày"]
        return table
    }
}
