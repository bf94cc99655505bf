import Foundation
import UptakeAnalysis
import UptakeCore

/// The output of `uptake status`.
///
/// Table and Markdown: a heading with the nation's rate, the monitoring report's counts, then the
/// units (every province; for communes only those where colour and operation disagree). CSV: one
/// row per unit. JSON: one object with `period`, `from`, `to`, `level`, `alpha`, `nation_rate`,
/// `between_unit_variance`, `counts` (an object) and `rows` (an array of objects, `poor` an array).
public struct StatusReport: Sendable {
    /// Whom the tables are for (see ``Table/language``): `nil`, an analyst.
    public var language: Language?
    public let result: StatusResult

    public init(_ result: StatusResult) { self.result = result }

    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .csv: return table(result.rows).render(.csv)
        case .json: return JSONOutput.render(StatusJSON(result))
        case .table, .markdown:
            let shown = result.level == .province ? result.rows : result.rows.filter {
                $0.agreement == .greenButPoor || $0.agreement == .notGreenButOperating
                    || $0.colourCheck == .reportedGreener || $0.colourCheck == .reportedLessGreen
            }
            var t = table(shown).read(in: language)
            t.notes = notes(hidden: result.rows.count - shown.count)
            t.notesVi = notesVi(hidden: result.rows.count - shown.count)
            return (language == .vi ? headingVi : heading) + (format == .markdown ? "\n" : "") + t.render(format)
        }
    }

    var heading: String {
        let r = result, c = r.counts
        var lines = ["Reported status against measured operation · \(r.range.label) (\(r.range.first)..\(r.range.last)) · "
            + "\(r.level.rawValue)s · nation's online rate \(Cell.percent(r.nationRate, digits: 2).tableText)"]
        lines.append("\(c.units) \(r.level.rawValue)s: \(c.green) green, \(c.yellow) yellow, \(c.red) red, \(c.unreported) unreported; "
            + "\(c.poor) poor in operation; \(c.greenButPoor) green but poor; \(c.notGreenButOperating) not green but operating")
        if let rules = r.taskRules, let day = r.tasksAsOf, let k = r.computedCounts {
            lines.append("computed from plan tasks as of \(day) (red: a task overdue \(rules.redAfterDaysOverdue) days or more; yellow: a task overdue, "
                + "or under \(Cell.percent(rules.minimumOnTimeShare, digits: 0).tableText) of due tasks done on time): \(k.green) green, \(k.yellow) yellow, "
                + "\(k.red) red, \(k.noTasks) without tasks; reported greener than computed: \(k.reportedGreener), less green: \(k.reportedLessGreen)")
        }
        if let communes = c.communes, let green = c.greenCommunes {
            lines.append("communes green: \(Cell.grouped(Int64(green))) of \(Cell.grouped(Int64(communes))); provinces with every commune green: "
                + "\(c.provincesAllCommunesGreen ?? 0), more than 70%: \(c.provincesOver70PercentGreen ?? 0), more than 50%: \(c.provincesOver50PercentGreen ?? 0)")
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    var headingVi: String {
        let r = result, c = r.counts, n = Language.vi.numbers
        let units = r.level == .province ? "tỉnh, thành phố" : "xã, phường"
        var lines = ["Màu được báo cáo so với vận hành thực tế · \(ColumnGlossary.header(r.range.label, in: .vi)) (\(n.range(r.range))) · "
            + "\(units) · tỷ lệ hồ sơ trực tuyến toàn quốc \(n.percent(r.nationRate, 2))"]
        lines.append("\(n.integer(Int64(c.units))) \(units): \(c.green) xanh, \(c.yellow) vàng, \(c.red) đỏ, \(c.unreported) chưa báo cáo; "
            + "\(c.poor) vận hành kém; \(c.greenButPoor) xanh nhưng vận hành kém; \(c.notGreenButOperating) chưa xanh nhưng vận hành tốt")
        if let rules = r.taskRules, let day = r.tasksAsOf, let k = r.computedCounts {
            lines.append("tính từ nhiệm vụ kế hoạch đến ngày \(n.date(day)) (đỏ: một nhiệm vụ quá hạn từ \(rules.redAfterDaysOverdue) ngày; vàng: một nhiệm vụ quá hạn, "
                + "hoặc dưới \(n.percent(rules.minimumOnTimeShare, 0)) nhiệm vụ đến hạn hoàn thành đúng hạn): \(k.green) xanh, \(k.yellow) vàng, "
                + "\(k.red) đỏ, \(k.noTasks) không có nhiệm vụ; báo cáo xanh hơn kết quả tính: \(k.reportedGreener), kém xanh hơn: \(k.reportedLessGreen)")
        }
        if let communes = c.communes, let green = c.greenCommunes {
            lines.append("xã, phường xanh: \(n.integer(Int64(green)))/\(n.integer(Int64(communes))); tỉnh, thành phố có mọi xã xanh: "
                + "\(c.provincesAllCommunesGreen ?? 0), trên 70 %: \(c.provincesOver70PercentGreen ?? 0), trên 50 %: \(c.provincesOver50PercentGreen ?? 0)")
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    func notesVi(hidden: Int) -> [String] {
        let n = Language.vi.numbers
        var notes = ["vận hành kém: tỷ lệ hồ sơ trực tuyến thấp hơn toàn quốc có ý nghĩa thống kê (kiểm định phễu một phía như lệnh uptake lagging, phương sai giữa các đơn vị "
            + "τ² = \(n.decimal(result.betweenUnitVariance, 5)); q Benjamini–Hochberg < \(n.decimal(result.alpha, 2))), hoặc không trả kết quả trực tuyến"]
        if hidden > 0 { notes.append("\(n.integer(Int64(hidden))) xã, phường khác có màu khớp với vận hành (hoặc không có số liệu, hoặc chưa báo cáo): xem --format csv hoặc json") }
        return notes
    }

    func notes(hidden: Int) -> [String] {
        var notes = ["poor: online-submission rate significantly below the nation's (one-sided funnel test as in uptake lagging, between-unit "
            + "variance τ² = \(String(format: "%.5f", result.betweenUnitVariance)); Benjamini–Hochberg q < \(result.alpha)), or no results returned online"]
        if hidden > 0 { notes.append("\(hidden) more communes where colour and operation agree (or no data, or unreported): see --format csv or json") }
        return notes
    }

    /// Why operation is poor: the identifiers for an analyst (`a,b`), words for a reader.
    func poor(_ reasons: [PoorOperation]) -> Cell {
        guard !reasons.isEmpty else { return .empty }
        if reasons.count == 1 { return .term(reasons[0].term) }
        return .term(Term(reasons.map(\.rawValue).joined(separator: ","), en: reasons.map(\.term.en).joined(separator: "; "),
                          vi: reasons.map(\.term.vi).joined(separator: "; ")))
    }

    func table(_ rows: [StatusRow]) -> Table {
        let province = result.level == .province
        let computed = result.taskRules != nil
        var columns = ["code", "name"] + (province ? [] : ["province"]) + ["status"]
        if computed { columns += ["computed", "colour_check", "overdue_tasks", "max_days_overdue"] }
        if province { columns += ["green_communes", "communes"] }
        columns += ["received", "received_online", "online_rate", "results", "results_online", "online_result_rate", "p", "q", "poor", "agreement"]
        return Table(columns: columns, rows: rows.map { row in
            var cells: [Cell] = [.text(row.locality.code), .text(row.locality.name)]
            if !province { cells.append(row.provinceCode.map(Cell.text) ?? .empty) }
            cells.append(row.reportedStatus.map { .term($0.term) } ?? .empty)
            if computed {
                cells += [row.computedStatus.map { .text($0.rawValue) } ?? .empty, row.colourCheck.map { .text($0.rawValue) } ?? .empty,
                          row.tasks.map { .integer(Int64($0.overdue)) } ?? .empty, row.tasks.map { .integer(Int64($0.maxDaysOverdue)) } ?? .empty]
            }
            if province { cells += [row.greenCommunes.map { .integer(Int64($0)) } ?? .empty, row.communes.map { .integer(Int64($0)) } ?? .empty] }
            cells += [.integer(row.received), .integer(row.receivedOnline), .percent(row.onlineRate, 2), .integer(row.results), .integer(row.resultsOnline),
                      .percent(row.onlineResultRate, 2), .pValue(row.pValue), .pValue(row.qValue),
                      poor(row.poor), .term(row.agreement.term)]
            return cells
        })
    }
}

/// The JSON shape of ``StatusResult`` (documented in docs/data-contract.md).
struct StatusJSON: Encodable {
    let result: StatusResult
    init(_ result: StatusResult) { self.result = result }

    struct Row: Encodable {
        let row: StatusRow
        let computed: Bool
        enum Keys: String, CodingKey {
            case computedStatus = "computed_status", colourCheck = "colour_check", tasks
            case code, name, level, province, status, communes, greenCommunes = "green_communes", received, receivedOnline = "received_online"
            case onlineRate = "online_rate", results, resultsOnline = "results_online", onlineResultRate = "online_result_rate"
            case p, q, poor, agreement
        }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(row.locality.code, forKey: .code)
            try c.encode(row.locality.name, forKey: .name)
            try c.encode(row.locality.level, forKey: .level)
            try c.encode(row.provinceCode, forKey: .province)
            try c.encode(row.reportedStatus, forKey: .status)
            try c.encode(row.communes, forKey: .communes)
            try c.encode(row.greenCommunes, forKey: .greenCommunes)
            try c.encode(row.received, forKey: .received)
            try c.encode(row.receivedOnline, forKey: .receivedOnline)
            try c.encode(row.onlineRate, forKey: .onlineRate)
            try c.encode(row.results, forKey: .results)
            try c.encode(row.resultsOnline, forKey: .resultsOnline)
            try c.encode(row.onlineResultRate, forKey: .onlineResultRate)
            try c.encode(row.pValue, forKey: .p)
            try c.encode(row.qValue, forKey: .q)
            try c.encode(row.poor, forKey: .poor)
            try c.encode(row.agreement, forKey: .agreement)
            if computed {
                try c.encode(row.computedStatus, forKey: .computedStatus)
                try c.encode(row.colourCheck, forKey: .colourCheck)
                try c.encode(row.tasks, forKey: .tasks)
            }
        }
    }

    enum Keys: String, CodingKey {
        case period, from, to, level, alpha, nationRate = "nation_rate", betweenUnitVariance = "between_unit_variance", counts, rows
        case tasksAsOf = "tasks_as_of", colourRules = "colour_rules", computedCounts = "computed_counts"
    }

    enum CountKeys: String, CodingKey {
        case units, green, yellow, red, unreported, poor, greenButPoor = "green_but_poor", notGreenButOperating = "not_green_but_operating"
        case communes, greenCommunes = "green_communes", provincesAllCommunesGreen = "provinces_all_communes_green"
        case provincesOver70 = "provinces_over_70_percent_green", provincesOver50 = "provinces_over_50_percent_green"
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(result.range.label, forKey: .period)
        try c.encode(result.range.first.description, forKey: .from)
        try c.encode(result.range.last.description, forKey: .to)
        try c.encode(result.level, forKey: .level)
        try c.encode(result.alpha, forKey: .alpha)
        try c.encode(result.nationRate, forKey: .nationRate)
        try c.encode(result.betweenUnitVariance, forKey: .betweenUnitVariance)
        var counts = c.nestedContainer(keyedBy: CountKeys.self, forKey: .counts)
        let n = result.counts
        try counts.encode(n.units, forKey: .units)
        try counts.encode(n.green, forKey: .green)
        try counts.encode(n.yellow, forKey: .yellow)
        try counts.encode(n.red, forKey: .red)
        try counts.encode(n.unreported, forKey: .unreported)
        try counts.encode(n.poor, forKey: .poor)
        try counts.encode(n.greenButPoor, forKey: .greenButPoor)
        try counts.encode(n.notGreenButOperating, forKey: .notGreenButOperating)
        if result.level == .province {
            try counts.encode(n.communes, forKey: .communes)
            try counts.encode(n.greenCommunes, forKey: .greenCommunes)
            try counts.encode(n.provincesAllCommunesGreen, forKey: .provincesAllCommunesGreen)
            try counts.encode(n.provincesOver70PercentGreen, forKey: .provincesOver70)
            try counts.encode(n.provincesOver50PercentGreen, forKey: .provincesOver50)
        }
        let computed = result.taskRules != nil
        try c.encode(result.rows.map { Row(row: $0, computed: computed) }, forKey: .rows)
        if computed {
            try c.encode(result.tasksAsOf?.description, forKey: .tasksAsOf)
            try c.encode(result.taskRules, forKey: .colourRules)
            try c.encode(result.computedCounts, forKey: .computedCounts)
        }
    }
}
