import Foundation
import UptakeAnalysis
import UptakeCore

/// The output of `uptake forecast`: one row per unit and forecast day. Rendered through
/// ``ResultRendering``; the JSON is the ``ForecastResult`` itself (the data contract's keys).
public struct ForecastReport: ResultRendering {
    public let result: ForecastResult

    public init(_ result: ForecastResult) { self.result = result }

    public var jsonBody: ForecastResult { result }
    public var tables: [Table] { [table] }

    public var heading: String {
        let r = result
        var lines = ["\(r.metric.rawValue) · fitted on \(r.windowStart)..\(r.historyTo) · forecast to \(r.until) · 95% predictive intervals"]
        if r.units.count == 1, let u = r.units.first, let dispersion = u.dispersion {
            let what = r.metric.isRate ? "Williams ρ \(String(format: "%.4f", dispersion)), trend \(Self.signed((u.trendPerDay ?? 0) * 100))% of the odds a day"
                : "negative binomial α \(String(format: "%.3f", dispersion)), no trend"
            lines.append("\(u.name) (\(u.locality)): \(u.fittedDays) days fitted; \(what)")
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    static func signed(_ v: Double) -> String { String(format: "%+.2f", v) }

    public func heading(in language: Language?) -> String {
        guard language == .vi else { return heading }
        let r = result, n = Language.vi.numbers
        var lines = ["\(r.metric.term.vi) · ước lượng trên \(n.date(r.windowStart))–\(n.date(r.historyTo)) · dự báo đến \(n.date(r.until)) · khoảng dự báo 95 %"]
        if r.units.count == 1, let u = r.units.first, let dispersion = u.dispersion {
            let what = r.metric.isRate
                ? "ρ Williams \(n.decimal(dispersion, 4)), xu hướng \(Self.signed((u.trendPerDay ?? 0) * 100).replacingOccurrences(of: ".", with: ",")) % tỷ số odds mỗi ngày"
                : "nhị thức âm α \(n.decimal(dispersion, 3)), không có xu hướng"
            lines.append("\(u.name) (\(u.locality)): \(n.integer(Int64(u.fittedDays))) ngày dùng để ước lượng; \(what)")
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    /// A day's type: its identifier for an analyst, words for a reader.
    static func dayType(_ type: String) -> Cell {
        switch type {
        case "working": .term(Term(type, en: "working day", vi: "ngày làm việc"))
        case "saturday": .term(Term(type, en: "Saturday", vi: "thứ Bảy"))
        case "closed": .term(Term(type, en: "closed (Sunday, holiday)", vi: "nghỉ (Chủ nhật, ngày lễ)"))
        default: .text(type)
        }
    }

    var table: Table {
        let rate = result.metric.isRate
        func cell(_ v: Double?) -> Cell {
            guard let v else { return .empty }
            return rate ? .percent(v, digits: 2) : .number(v, digits: 1)
        }
        func bound(_ v: Double?) -> Cell {
            guard let v else { return .empty }
            return rate ? .percent(v, digits: 2) : .integer(Int64(v))
        }
        let rows = result.units.flatMap { u in
            u.days.map { d -> [Cell] in
                [.text(u.locality), .text(u.name), .text(d.date.description), Self.dayType(d.type), cell(d.expected), bound(d.low), bound(d.high),
                 d.observed.map { rate ? .percent($0, digits: 2) : .integer(Int64($0)) } ?? .empty]
            }
        }
        var notes = [
            rate ? "a quasi-binomial GLM of the day's share, logit link: weekday effects, Saturday off, closed day (Sunday, holiday), trend; "
                + "the interval allows for the day's expected applications and the coefficients' uncertainty"
                : "a negative-binomial GLM of the day's count, log link: weekday effects, Saturday off, closed day (Sunday, holiday), no trend; "
                + "the interval is the predictive distribution's 2.5% and 97.5% quantiles (dispersion and coefficients' uncertainty)",
        ]
        notes += result.units.compactMap { u in u.note.map { "\(u.name) (\(u.locality)): no forecast: \($0)" } }
        var notesVi = [
            rate ? "mô hình GLM quasi-binomial của tỷ lệ trong ngày, hàm liên kết logit: ảnh hưởng của thứ trong tuần, thứ Bảy, ngày nghỉ (Chủ nhật, ngày lễ), xu hướng; "
                + "khoảng dự báo tính đến số hồ sơ dự kiến trong ngày và độ bất định của các hệ số"
                : "mô hình GLM nhị thức âm của số hồ sơ trong ngày, hàm liên kết log: ảnh hưởng của thứ trong tuần, thứ Bảy, ngày nghỉ (Chủ nhật, ngày lễ), không có xu hướng; "
                + "khoảng dự báo là phân vị 2,5 % và 97,5 % của phân phối dự báo (độ phân tán và độ bất định của các hệ số)",
        ]
        notesVi += result.units.compactMap { u in
            u.note.map { "\(u.name) (\(u.locality)): không có dự báo: \(u.unavailable.map(Self.vietnamese) ?? $0)" }
        }
        var table = Table(columns: ["code", "name", "date", "day", "expected", "low", "high", "observed"], rows: rows, notes: notes)
        table.notesVi = notesVi
        return table
    }
}

extension ForecastReport {
    /// Why a unit has no forecast, in Vietnamese. A model failure quotes the fit's own (English) message.
    static func vietnamese(_ reason: ForecastUnavailable) -> String {
        switch reason {
        case .tooFewWorkingDays(let needed, let found, let window):
            "cần ít nhất \(needed) ngày làm việc có số liệu trong \(window) ngày cuối của chuỗi lịch sử (có \(found))"
        case .noApplications: "không có hồ sơ nào trong khoảng lịch sử dùng để ước lượng (mọi ngày đều bằng 0)"
        case .modelFailed(let message): "không ước lượng được mô hình: \(message)"
        }
    }
}

extension ForecastResult: RenderedAnswer {
    var rendering: ForecastReport { ForecastReport(self) }
}
