import UptakeAnalysis
import UptakeCore

extension Table {
    /// The table of `uptake readiness`.
    ///
    /// By province: code, name, communes, green, green_share, basic, basic_share, the share of
    /// communes where each criterion holds, and the province's own status; then the national total
    /// (code `VN`) unless one province was asked for. By commune: code, name, province, status,
    /// basic (`true` when every criterion holds) and each criterion's value (`–` when never reported).
    ///
    /// With `everyCriterion` (CSV and JSON), a column for every flag criterion, the basic requirements
    /// first; else (the table) the basic requirements only, with a note naming the others.
    public init(readiness report: ReadinessReport, level: LocalityLevel, everyCriterion: Bool = true) {
        let criteria = report.criteria.map(\.rawValue)
        let others = report.allCriteria.filter { !report.criteria.contains($0) }
        let shown = report.criteria + (everyCriterion ? others : [])
        var notes: [String] = [], notesVi: [String] = []
        let n = Language.vi.numbers
        let asOf = report.asOf.map { "as of \($0)" } ?? "as of the latest row"
        let asOfVi = report.asOf.map { "tính đến ngày \(n.date($0))" } ?? "tính đến dòng số liệu mới nhất"
        let colours = StatusColour.allCases.map { "\(report.provinceColours[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
        let coloursVi = StatusColour.allCases.map { "\(report.provinceColours[$0] ?? 0) \($0.term.vi)" }.joined(separator: ", ")
        let othersVi = "không hiển thị ở đây (xem --format csv hoặc json): \(others.map(\.term.vi).joined(separator: "; "))"
        /// A criterion's value: `true`/`false` for an analyst, words for a reader.
        func met(_ b: Bool) -> Cell { .term(b ? Term("true", en: "met", vi: "đạt") : Term("false", en: "not met", vi: "chưa đạt")) }
        if level == .commune {
            notes.append("\(asOf); basic = \(criteria.joined(separator: ", "))")
            notesVi.append("\(asOfVi); yêu cầu cơ bản = \(report.criteria.map(\.term.vi).joined(separator: "; "))")
            if !everyCriterion, !others.isEmpty {
                notes.append("not shown here (see --format csv or json): \(others.map(\.rawValue).joined(separator: ", "))")
                notesVi.append(othersVi)
            }
            self.init(columns: ["code", "name", "province", "status", "basic"] + shown.map(\.rawValue), rows: report.communes.map { c in
                [.text(c.locality.code), .text(c.locality.name), c.locality.parentCode.map(Cell.text) ?? .empty,
                 c.status.map { .term($0.term) } ?? .empty, met(c.meetsAll)]
                    + shown.map { c.values[$0].map(met) ?? .empty }
            }, notes: notes)
            self.notesVi = notesVi
            return
        }
        func row(_ p: ProvinceReadiness) -> [Cell] {
            [.text(p.locality.code), .text(p.locality.name), .integer(Int64(p.communes)), .integer(Int64(p.green)),
             p.greenShare.map { .percent($0, digits: 2) } ?? .empty, .integer(Int64(p.meetingAll)),
             p.meetingAllShare.map { .percent($0, digits: 2) } ?? .empty]
                + shown.map { p.share($0).map { .percent($0, digits: 2) } ?? .empty }
                + [p.status.map { .term($0.term) } ?? .empty]
        }
        var rows = report.provinces.map(row)
        if report.provinces.count > 1 { rows.append(row(report.total)) }
        let allGreen = report.provinces.filter { $0.communes > 0 && $0.green == $0.communes }.count
        notes.append("\(asOf); provinces: \(colours); \(allGreen) with every commune green")
        notesVi.append("\(asOfVi); tỉnh, thành phố: \(coloursVi); \(allGreen) có mọi xã, phường xanh")
        notes.append("basic = \(criteria.joined(separator: " + ")); shares are of all communes")
        notesVi.append("yêu cầu cơ bản = \(report.criteria.map(\.term.vi).joined(separator: " + ")); tỷ lệ tính trên toàn bộ xã, phường")
        if !everyCriterion, !others.isEmpty {
            notes.append("not shown here (see --format csv or json): \(others.map(\.rawValue).joined(separator: ", "))")
            notesVi.append(othersVi)
        }
        let unreported = report.total.unreported
        if unreported > 0 {
            notes.append("\(unreported) communes have no reported_status \(asOf)")
            notesVi.append("\(n.integer(Int64(unreported))) xã, phường chưa báo cáo màu \(asOfVi)")
        }
        self.init(columns: ["code", "name", "communes", "green", "green_share", "basic", "basic_share"] + shown.map(\.rawValue) + ["status"],
                  rows: rows, notes: notes)
        self.notesVi = notesVi
    }
}
