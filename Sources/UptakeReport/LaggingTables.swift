import Foundation
import UptakeAnalysis
import UptakeCore

/// The output of `uptake lagging`: the units lowest first, by their shrunk rate. Rendered through
/// ``ResultRendering`` (the report's funnel section uses the same table).
public struct LaggingReport: ResultRendering {
    public let result: LaggingResult

    public init(_ result: LaggingResult) { self.result = result }

    public var jsonBody: [LaggingRow] { result.rows }
    public var tables: [Table] { [table] }

    public var heading: String {
        let r = result
        let lagging = r.rows.filter(\.lagging).count
        return "\(r.metric.rawValue) · \(r.range.label) · peers' rate \(Cell.percent(r.target, digits: 2).tableText) · "
            + "\(lagging) of \(r.rows.count) units lagging at a false-discovery rate of \(Cell.percent(r.fdr, digits: 0).tableText)\n\n"
    }

    public func heading(in language: Language?) -> String {
        guard language == .vi else { return heading }
        let r = result, n = Language.vi.numbers
        let lagging = r.rows.filter(\.lagging).count
        return "\(r.metric.term.vi) · \(ColumnGlossary.header(r.range.label, in: .vi)) · tỷ lệ chung của các đơn vị \(n.percent(r.target, 2)) · "
            + "\(n.integer(Int64(lagging)))/\(n.integer(Int64(r.rows.count))) đơn vị tụt hậu, với tỷ lệ phát hiện sai \(n.percent(r.fdr, 0))\n\n"
    }

    var table: Table {
        let columns = ["code", "name", "numerator", "denominator", "rate", "shrunk", "shrunk_low", "shrunk_high", "z", "p", "q", "lagging", "limit_95_low", "limit_998_low"]
        let rows = result.rows.map { r -> [Cell] in
            [.text(r.locality), .text(r.name), .integer(r.numerator), .integer(r.denominator), .percent(r.rate, 2) as Cell,
             .percent(r.shrunkRate, 2), .percent(r.shrunkLow, 2), .percent(r.shrunkHigh, 2), .number(r.z, 2), .pValue(r.pValue), .pValue(r.qValue),
             .flag(r.lagging), .percent(r.limit95Low, 2), .percent(r.limit998Low, 2)]
        }
        let n = Language.vi.numbers
        var table = Table(columns: columns, rows: rows, notes: [
            "funnel: z against the peers' pooled rate with their spread allowed for (φ̂ \(String(format: "%.1f", result.overdispersion)), "
                + "τ̂² \(String(format: "%.2g", result.betweenUnitVariance))); p one-sided (below); q Benjamini–Hochberg over every unit",
            "shrunk: empirical-Bayes beta-binomial rate with its 95% interval (small units move towards the peers)",
        ])
        table.notesVi = [
            "biểu đồ phễu: z so với tỷ lệ chung của các đơn vị, có tính đến độ phân tán giữa các đơn vị (φ̂ \(n.decimal(result.overdispersion, 1)), "
                + "τ̂² \(n.decimal(result.betweenUnitVariance, 4))); p một phía (thấp hơn); q Benjamini–Hochberg trên mọi đơn vị",
            "tỷ lệ hiệu chỉnh: tỷ lệ beta-nhị thức Bayes thực nghiệm với khoảng tin cậy 95 % (đơn vị nhỏ được kéo về mức chung)",
        ]
        return table
    }
}
