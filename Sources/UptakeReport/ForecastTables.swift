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
            let what = r.metric.isRate ? "quasi-binomial φ \(String(format: "%.2f", dispersion)), trend \(Self.signed((u.trendPerDay ?? 0) * 100))% of the odds a day"
                : "negative binomial α \(String(format: "%.3f", dispersion)), no trend"
            lines.append("\(u.name) (\(u.locality)): \(u.fittedDays) days fitted; \(what)")
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    static func signed(_ v: Double) -> String { String(format: "%+.2f", v) }

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
                [.text(u.locality), .text(u.name), .text(d.date.description), .text(d.type), cell(d.expected), bound(d.low), bound(d.high),
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
        return Table(columns: ["code", "name", "date", "day", "expected", "low", "high", "observed"], rows: rows, notes: notes)
    }
}

extension ForecastResult: RenderedAnswer {
    var rendering: ForecastReport { ForecastReport(self) }
}
