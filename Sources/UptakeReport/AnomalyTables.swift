import Foundation
import UptakeAnalysis
import UptakeCore

/// The output of `uptake anomalies` and `uptake detect`: one row per anomaly. JSON is the array of
/// anomaly objects of the data contract (extended: see docs/data-contract.md), nested evidence
/// included; CSV and tables flatten it, incidents counted. Rendered through ``ResultRendering``.
public struct AnomalyListReport: ResultRendering {
    public let report: AnomalyReport

    public init(_ report: AnomalyReport) { self.report = report }

    public var jsonBody: [Anomaly] { report.anomalies }
    public var tables: [Table] { [table] }

    /// The metrics scanned (one, or the watched ones).
    var metrics: [Metric] { report.metrics.isEmpty ? [report.metric] : report.metrics }

    public var heading: String {
        let r = report
        let count = r.anomalies.count
        return "\(metrics.map(\.rawValue).joined(separator: ", ")) · \(r.range.first)..\(r.range.last) · method \(r.method.rawValue) · "
            + "\(count) anomal\(count == 1 ? "y" : "ies") in \(Cell.grouped(Int64(r.seriesScanned))) series\n\n"
    }

    public func heading(in language: Language?) -> String {
        guard language == .vi else { return heading }
        let r = report, n = Language.vi.numbers
        return "\(metrics.map(\.term.vi).joined(separator: ", ")) · \(n.range(r.range)) · phương pháp \(r.method.rawValue) · "
            + "\(n.integer(Int64(r.anomalies.count))) bất thường trong \(n.integer(Int64(r.seriesScanned))) chuỗi số liệu\n\n"
    }

    func value(_ v: Double?, _ metric: Metric) -> Cell {
        guard let v else { return .empty }
        return metric.isRate ? .percent(v, 2) : .number(v, 0)
    }

    var table: Table {
        let r = report
        let several = metrics.count > 1
        let columns = ["id", "kind"] + (several ? ["metric"] : []) + ["locality", "name", "sector", "start", "end", "days", "observed", "expected",
                                                                      "low", "high", "score", "severity", "incidents", "members"]
        let rows = r.anomalies.map { a -> [Cell] in
            [.text(a.id), .term(a.kind.term)] + (several ? [.term(a.metric.term)] : []) + [.text(a.locality), .text(a.name), .term((a.sector ?? .all).term),
             .text(a.start.description), .text(a.end.description), .integer(Int64(a.workingDays)),
             value(a.observed, a.metric), value(a.expected, a.metric), value(a.low, a.metric), value(a.high, a.metric),
             .number(a.score, 1), .term(a.severity.term), .integer(Int64(a.incidents.count)),
             a.members.isEmpty ? .empty : .integer(Int64(a.members.count))]
        }
        var notes: [String] = []
        let expected = r.expectedFalseFlags
        notes.append("judged \(Cell.grouped(Int64(r.judgedSeriesDays))) series-days at \(r.threshold.falseFlagsPerThousandSeriesDays) false flags "
            + "per 1,000 series-days\(r.direction == .both ? " in each direction" : ""): about \(String(format: "%.1f", expected)) false flags expected "
            + "from single days; with the CUSUM for sustained drops, 0.43 per 1,000 were measured on data with nothing planted")
        if r.seriesWithLowVolume > 0 {
            notes.append("\(r.seriesWithLowVolume) series too small to judge on some days (expected count below the minimum): see their province")
        }
        if r.foldedIntoEvents > 0 {
            notes.append("\(r.foldedIntoEvents) commune anomalies starting on the same day are shown as province events (members)")
        }
        if metrics.count == 1 ? metrics[0].isRate : r.anomalies.contains(where: { $0.metric.isRate }) { notes.append("observed and expected are the rate over the anomaly's flagged days") }
        notes.append("days: working days flagged; score: −log10 of the evidence's probability under the baseline")
        var table = Table(columns: columns, rows: rows, notes: notes)
        table.notesVi = notesVi
        return table
    }

    /// The notes for a reader of Vietnamese: the same figures.
    var notesVi: [String] {
        let r = report, n = Language.vi.numbers
        var notes = ["đã xét \(n.integer(Int64(r.judgedSeriesDays))) chuỗi-ngày với ngưỡng \(n.decimal(r.threshold.falseFlagsPerThousandSeriesDays, 1)) cảnh báo nhầm "
            + "trên 1.000 chuỗi-ngày\(r.direction == .both ? " theo mỗi chiều" : ""): dự kiến khoảng \(n.decimal(r.expectedFalseFlags, 1)) cảnh báo nhầm "
            + "từ các ngày đơn lẻ; với CUSUM cho các đợt giảm kéo dài, tỷ lệ đo được trên số liệu không có sự kiện nào là 0,43 trên 1.000"]
        if r.seriesWithLowVolume > 0 {
            notes.append("\(n.integer(Int64(r.seriesWithLowVolume))) chuỗi quá nhỏ để đánh giá vào một số ngày (số dự kiến dưới mức tối thiểu): xem cấp tỉnh")
        }
        if r.foldedIntoEvents > 0 {
            notes.append("\(n.integer(Int64(r.foldedIntoEvents))) bất thường cấp xã bắt đầu cùng một ngày được gộp thành sự kiện cấp tỉnh (số xã trong sự kiện)")
        }
        if metrics.count == 1 ? metrics[0].isRate : r.anomalies.contains(where: { $0.metric.isRate }) {
            notes.append("thực tế và dự kiến là tỷ lệ trên các ngày bị đánh dấu của bất thường")
        }
        notes.append("số ngày: số ngày làm việc bị đánh dấu; điểm: −log10 xác suất của số liệu quan sát theo mức nền")
        return notes
    }
}
