import Foundation
import UptakeAnalysis
import UptakeCore

/// The output of `uptake compare`.
///
/// In table format: a heading, then the rate section (baseline, current, change in points, relative
/// change in percentage points, p, q with several units, significant, and with `--decompose` within, mix
/// and their sum, with the aggregate's total line), then the volume section per working day; communes
/// carry their province's code and name, rows of `--by sector` their sector. In CSV and JSON: one row
/// (object) per unit with every column at full precision, each with the sector filter it was computed
/// with (`sector`, empty for every sector) and both periods' bounds; with `--decompose` the
/// aggregate's row comes last with `part` = `total`.
public struct ComparisonReport: Sendable {
    /// Whom the tables are for (see ``Table/language``): `nil`, an analyst.
    public var language: Language?
    public let result: UptakeAnalysis.ComparisonResult
    /// With `--with`: one ``UnitEvidence`` per row and then the total, over the current period.
    public let evidence: [UnitEvidence]
    public let evidenceKinds: Set<EvidenceKind>

    public init(_ result: UptakeAnalysis.ComparisonResult, evidence: [UnitEvidence] = [], kinds: Set<EvidenceKind> = []) {
        self.result = result
        self.evidence = evidence
        evidenceKinds = evidence.isEmpty ? [] : kinds
    }

    public func render(_ format: OutputFormat) -> String {
        // The evidence goes beside the first table shown: the rates for a rate, else the volumes.
        let rates = (result.metric.isRate ? rateTable.withEvidence(evidence, kinds: evidenceKinds) : rateTable).read(in: language)
        let volumes = (result.metric.isRate ? volumeTable : volumeTable.withEvidence(evidence, kinds: evidenceKinds)).read(in: language)
        switch format {
        case .table:
            var text = heading
            if result.metric.isRate { text += rates.render(.table) + "\n" }
            return text + volumes.render(.table)
        case .markdown:
            var text = heading
            if result.metric.isRate { text += "\n" + rates.render(.markdown) }
            return text + "\n" + volumes.render(.markdown)
        case .csv, .json:
            return flatTable.withEvidence(evidence, kinds: evidenceKinds).render(format)
        }
    }

    var allRows: [ComparisonRow] { result.rows + (result.total.map { [$0] } ?? []) }
    var decomposed: Bool { result.decomposition != nil }

    var heading: String {
        if language == .vi { return vietnameseHeading }
        let r = result
        let choice = switch r.baselineChoice {
        case .given: ""
        case .previousPeriod: " (default: the period just before)"
        case .previousWorkingDay: " (default for a day: the previous working day)"
        }
        return "\(r.metric.rawValue): \(r.current.label) (\(r.current.first)..\(r.current.last), \(workingDays(r.currentWorkingDays))) "
            + "against \(r.baseline.label) (\(r.baseline.first)..\(r.baseline.last), \(workingDays(r.baselineWorkingDays)))\(choice); "
            + "\(significance)\n\n"
    }

    func workingDays(_ n: Int) -> String { n == 1 ? "1 working day" : "\(n) working days" }

    /// The heading for a reader of Vietnamese: the same facts, the periods and numbers in its style.
    var vietnameseHeading: String {
        let r = result, n = Language.vi.numbers
        let choice = switch r.baselineChoice {
        case .given: ""
        case .previousPeriod: " (mặc định: kỳ liền trước)"
        case .previousWorkingDay: " (mặc định với một ngày: ngày làm việc liền trước)"
        }
        func period(_ p: DayRange, _ days: Int) -> String {
            "\(ColumnGlossary.header(p.label, in: .vi)) (\(n.range(p)), \(days) ngày làm việc)"
        }
        let test = r.adjustedTests > 0
            ? "có ý nghĩa thống kê khi q < \(n.decimal(r.alpha, 2)) (giá trị q Benjamini–Hochberg trên \(r.adjustedTests) đơn vị được kiểm định)"
            : "có ý nghĩa thống kê khi p < \(n.decimal(r.alpha, 2))"
        return "\(r.metric.term.vi): \(period(r.current, r.currentWorkingDays)) so với \(period(r.baseline, r.baselineWorkingDays))\(choice); \(test)\n\n"
    }

    /// How `significant` was decided.
    var significance: String {
        result.adjustedTests > 0
            ? "significant at q < \(result.alpha) (Benjamini–Hochberg q-values over the \(result.adjustedTests) units tested)"
            : "significant at p < \(result.alpha)"
    }
    var adjusted: Bool { result.adjustedTests > 0 }

    func name(_ row: ComparisonRow) -> String {
        if row == result.total { return "\(row.locality.name) (total)" }
        return row.isProvinceLevel ? "\(row.locality.name) (province level)" : row.locality.name
    }

    /// Communes carry their province (code and name), rows of `--by sector` their sector.
    var leadingColumns: [String] {
        let (provinces, sectors) = leading
        return ["code", "name"] + (provinces ? ["province", "province_name"] : []) + (sectors ? ["sector"] : [])
    }

    /// Whether any row has a province, a sector.
    var leading: (provinces: Bool, sectors: Bool) {
        (allRows.contains { $0.province != nil }, allRows.contains { $0.sector != nil })
    }

    func leadingCells(_ row: ComparisonRow, _ leading: (provinces: Bool, sectors: Bool)) -> [Cell] {
        var cells: [Cell] = [.text(row.locality.code), .text(name(row))]
        if leading.provinces { cells += [row.province.map { .text($0.code) } ?? .empty, row.province.map { .text($0.name) } ?? .empty] }
        if leading.sectors { cells.append(row.sector.map { .text($0.name) } ?? .empty) }
        return cells
    }

    /// The sector filter a row was computed with: its own sector, else the request's, else empty (all).
    func sectorFilter(_ row: ComparisonRow) -> Cell {
        if let sector = row.sector { return .text(sector.name) }
        return result.sectors.map { .text($0.map(\.name).joined(separator: ",")) } ?? .empty
    }

    var rateTable: Table {
        let r = result
        let leading = self.leading
        var columns = leadingColumns + [r.baseline.label, r.current.label, "change", intervalColumn, "relative", "p"] + (adjusted ? ["q"] : []) + ["significant"]
        if decomposed { columns += ["within", "mix", "contribution"] }
        let rows = allRows.map { row -> [Cell] in
            let rate = row.rate
            var cells: [Cell] = leadingCells(row, leading) + [.percent(rate?.baseline, 2), .percent(rate?.current, 2),
                                 .points(rate?.change, 2), rateInterval(row), .percent(rate?.relativeChange, 1), .pValue(rate?.test?.pValue)]
            if adjusted { cells.append(.pValue(rate?.qValue)) }
            cells.append(.flag(rate?.significant))
            if decomposed {
                let c = row == r.total ? r.decomposition.map { ($0.withinEffect, $0.mixEffect) } : row.contribution.map { ($0.within, $0.mix) }
                cells += [.points(c?.0, 3), .points(c?.1, 3), .points(c.map { $0.0 + $0.1 }, 3)]
            }
            return cells
        }
        var notes = ["\(r.metric.rawValue) = \(r.metric.summary); pp: percentage points; two-proportion z-test", rateIntervalNote.en]
        if decomposed {
            notes.append("mix is centred: (change of the unit's share) × (its mean rate − the total's mean rate); contribution = within + mix")
        }
        if let d = r.decomposition {
            let mix = d.mixEffect < 0 ? "− \(pp(-d.mixEffect))" : "+ \(pp(d.mixEffect))"
            notes.append("within + mix = change exactly: \(pp(d.withinEffect)) \(mix) = \(pp(d.totalChange)) pp "
                + "(\(pp(d.currentRate))% − \(pp(d.baselineRate))%)")
        }
        var notesVi = ["\(r.metric.term.vi): \(r.metric.isRate ? "tỷ lệ tính trên tổng số" : "tổng số"); điểm %: điểm phần trăm; kiểm định z hai tỷ lệ", rateIntervalNote.vi]
        if decomposed {
            notesVi.append("thay đổi cơ cấu được căn giữa: (thay đổi tỷ trọng của đơn vị) × (tỷ lệ bình quân của đơn vị − tỷ lệ bình quân của tổng); đóng góp = thay đổi trong nhóm + thay đổi cơ cấu")
        }
        if notes.count > notesVi.count { notesVi.append(notes[notesVi.count]) }  // the decomposition's sum: numbers only
        notes += rowNotes(\.rate?.note) + omittedNote
        notesVi += rowNotes(\.rate?.note) + omittedNoteVi
        var table = Table(columns: columns, rows: rows, notes: notes)
        table.notesVi = notesVi
        return markingAllocation(table)
    }

    var volumeTable: Table {
        let r = result
        let volume = r.metric.volume.rawValue
        let leading = self.leading
        let columns = leadingColumns + ["\(r.baseline.label) \(volume)", "\(r.current.label) \(volume)",
                       "\(r.baseline.label) /wd", "\(r.current.label) /wd", "change /wd", "relative", intervalColumn, "p"] + (adjusted ? ["q"] : []) + ["significant"]
        let rows = allRows.map { row -> [Cell] in
            let v = row.volume
            return leadingCells(row, leading) + [.integer(v.baseline), .integer(v.current),
                    .number(v.baselinePerWorkingDay, 1), .number(v.currentPerWorkingDay, 1), .number(v.change, 1),
                    .percent(v.relativeChange, 1), volumeInterval(row), .pValue(v.test?.pValue)] + (adjusted ? [.pValue(v.qValue)] : []) + [.flag(v.significant)]
        }
        var notes = ["/wd: all the period's applications (days off included) ÷ its working days; "
                     + "quasi-Poisson test of the same volumes, with the working days' dispersion", volumeIntervalNote.en]
        if allRows.contains(where: { $0.volume.test?.method == .exactConditionalPoisson }) {
            notes.append("exact conditional Poisson test where a period has no applications")
        }
        var notesVi = ["bình quân ngày làm việc: toàn bộ hồ sơ của kỳ (kể cả ngày nghỉ) chia cho số ngày làm việc; "
                       + "kiểm định quasi-Poisson trên chính các số hồ sơ đó, với độ phân tán của các ngày làm việc", volumeIntervalNote.vi]
        if notes.count > 2 { notesVi.append("kiểm định Poisson có điều kiện chính xác khi một kỳ không có hồ sơ nào") }
        notes += rowNotes(\.volume.note) + omittedNote
        notesVi += rowNotes(\.volume.note) + omittedNoteVi
        var table = Table(columns: columns, rows: rows, notes: notes)
        table.notesVi = notesVi
        return markingAllocation(table)
    }

    var flatTable: Table {
        let r = result
        let provinces = allRows.contains { $0.province != nil }
        var columns = ["code", "name", "level"] + (provinces ? ["province", "province_name"] : []) + ["sector", "metric", "baseline_period", "baseline_from", "baseline_to",
                                                                                                "current_period", "current_from", "current_to"]
        if r.metric.isRate {
            columns += ["rate_baseline", "rate_current", "rate_change", "rate_relative_change", "rate_z", "rate_p", "rate_q", "rate_significant",
                        "rate_change_low", "rate_change_high"]
        }
        columns += ["volume", "volume_baseline", "volume_current", "baseline_working_days", "current_working_days",
                    "volume_baseline_per_working_day", "volume_current_per_working_day", "volume_change_per_working_day",
                    "volume_relative_change", "volume_ratio", "volume_test", "volume_z", "volume_p", "volume_q", "volume_significant",
                    "volume_ratio_low", "volume_ratio_high"]
        if decomposed { columns += ["part", "within", "mix"] }
        let rows = allRows.map { row -> [Cell] in
            var cells: [Cell] = [.text(row.locality.code), .text(name(row)), .text(row.locality.level.rawValue)]
            if provinces { cells += [row.province.map { .text($0.code) } ?? .empty, row.province.map { .text($0.name) } ?? .empty] }
            cells += [sectorFilter(row), .text(r.metric.rawValue), .text(r.baseline.label), .text(r.baseline.first.description),
                      .text(r.baseline.last.description), .text(r.current.label), .text(r.current.first.description), .text(r.current.last.description)]
            if r.metric.isRate {
                let rate = row.rate
                cells += [.percent(rate?.baseline, 2), .percent(rate?.current, 2), .points(rate?.change, 2), .percent(rate?.relativeChange, 1),
                          .number(rate?.test?.statistic, 3), .pValue(rate?.test?.pValue), .pValue(rate?.qValue), .flag(rate?.significant)] + rateBounds(row)
            }
            let v = row.volume
            cells += [.text(r.metric.volume.rawValue), .integer(v.baseline), .integer(v.current),
                      .integer(Int64(r.baselineWorkingDays)), .integer(Int64(r.currentWorkingDays)),
                      .number(v.baselinePerWorkingDay, 1), .number(v.currentPerWorkingDay, 1), .number(v.change, 1),
                      .number(v.relativeChange, 3), .number(v.test?.estimate, 3), v.test.map { .text($0.method.rawValue) } ?? .empty,
                      .number(v.test?.statistic, 3), .pValue(v.test?.pValue), .pValue(v.qValue), .flag(v.significant)] + volumeBounds(row)
            if decomposed {
                let isTotal = row == r.total
                let c = isTotal ? r.decomposition.map { ($0.withinEffect, $0.mixEffect) } : row.contribution.map { ($0.within, $0.mix) }
                cells += [.text(isTotal ? "total" : "unit"), .points(c?.0, 4), .points(c?.1, 4)]
            }
            return cells
        }
        return markingAllocation(Table(columns: columns, rows: rows))
    }

    var omittedNote: [String] {
        result.omitted > 0 ? ["showing the \(result.rows.count) units that moved most; \(result.omitted) more not shown"] : []
    }

    var omittedNoteVi: [String] {
        result.omitted > 0 ? ["hiển thị \(result.rows.count) đơn vị thay đổi nhiều nhất; \(result.omitted) đơn vị khác không hiển thị"] : []
    }

    func pp(_ x: Double) -> String { Cell.percent(x, digits: 3).tableText.replacingOccurrences(of: "%", with: "") }

    /// One line per distinct note, with the units it concerns (the first five codes).
    func rowNotes(_ note: KeyPath<ComparisonRow, ComparisonNote?>) -> [String] {
        var order: [String] = []
        var codes: [String: [String]] = [:]
        for row in allRows {
            guard let text = row[keyPath: note].map(words) else { continue }
            if codes[text] == nil { order.append(text) }
            codes[text, default: []].append(row.locality.code)
        }
        return order.map { text in
            let list = codes[text] ?? []
            let shown = list.prefix(5).joined(separator: ", ") + (list.count > 5 ? ", …" : "")
            return list.count == 1 ? "\(shown): \(text)" : "\(text): \(list.count) units (\(shown))"
        }
    }

    /// A note in words, with the periods' labels.
    func words(_ note: ComparisonNote) -> String {
        switch note {
        case .periodWithoutWorkingDays: "a period without working days"
        case .productOfTwoRates: "a product of two rates: no single test"
        case .noData(true, true): "no data in either period"
        case .noData(true, false): "no data in \(result.baseline.label)"
        case .noData(_, _): "no data in \(result.current.label)"
        case .untestable(let reason): reason
        case .zeroInOnePeriod(true): "no applications in \(result.current.label): a possible outage, tested exactly"
        case .zeroInOnePeriod(false): "no applications in \(result.baseline.label), some in \(result.current.label): tested exactly"
        }
    }
}
