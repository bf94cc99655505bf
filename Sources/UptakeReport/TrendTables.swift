import UptakeAnalysis
import UptakeCore

/// The output of `uptake trend`: a summary, or with `daily` the day-by-day series.
///
/// In table format the summary reads top to bottom (one statistic a line) under a heading and a
/// sparkline: of the daily values for ranges up to 62 days, of the weekly means beyond. In CSV and JSON
/// it is one row (object) with every statistic at full precision.
public struct TrendReport: Sendable {
    public let result: TrendResult
    public let daily: Bool
    /// One row per ISO week instead of the summary.
    public let weekly: Bool

    public init(_ result: TrendResult, daily: Bool = false, weekly: Bool = false) {
        self.result = result
        self.daily = daily
        self.weekly = weekly
    }

    public func render(_ format: OutputFormat) -> String {
        if daily { return dailyTable.render(format) }
        if weekly { return (format == .table ? heading : "") + weeklyTable.render(format) }
        switch format {
        case .table: return heading + statisticsTable.render(.table)
        case .markdown: return heading + "\n" + statisticsTable.render(.markdown)
        case .csv, .json: return summaryTable.render(format)
        }
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

    var summaryTable: Table {
        let r = result
        let columns = ["code", "name", "metric", "from", "to", "days", "working_days", "value", "per_working_day",
                       "slope_per_day", "slope_low", "slope_high", "slope_per_30_days", "confidence",
                       "mann_kendall_tau", "mann_kendall_z", "mann_kendall_p", "direction", "moving_average_7", "moving_average_28"]
        let s = r.slope, t = r.mannKendall
        let row: [Cell] = [.text(r.locality.code), .text(r.locality.name), .text(r.metric.rawValue),
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
