import UptakeAnalysis
import UptakeCore

/// The output of `uptake compare`.
///
/// In table format: a heading, then the rate section (baseline, current, change in points, relative
/// change, p, significant, and with `--decompose` within and mix, with the aggregate's total line), then
/// the volume section per working day. In CSV and JSON: one row (object) per unit with every column at
/// full precision; with `--decompose` the aggregate's row comes last with `part` = `total`.
public struct ComparisonReport: Sendable {
    public let result: ComparisonResult

    public init(_ result: ComparisonResult) { self.result = result }

    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .table:
            var text = heading
            if result.metric.isRate { text += rateTable.render(.table) + "\n" }
            return text + volumeTable.render(.table)
        case .markdown:
            var text = heading
            if result.metric.isRate { text += "\n" + rateTable.render(.markdown) }
            return text + "\n" + volumeTable.render(.markdown)
        case .csv, .json:
            return flatTable.render(format)
        }
    }

    var allRows: [ComparisonRow] { result.rows + (result.total.map { [$0] } ?? []) }
    var decomposed: Bool { result.decomposition != nil }

    var heading: String {
        let r = result
        return "\(r.metric.rawValue): \(r.current.label) (\(r.current.first)..\(r.current.last), \(r.currentWorkingDays) working days) "
            + "against \(r.baseline.label) (\(r.baseline.first)..\(r.baseline.last), \(r.baselineWorkingDays) working days); "
            + "significant at p < \(r.alpha)\n\n"
    }

    func name(_ row: ComparisonRow) -> String {
        if row == result.total { return "\(row.locality.name) (total)" }
        return row.isProvinceLevel ? "\(row.locality.name) (province level)" : row.locality.name
    }

    var rateTable: Table {
        let r = result
        var columns = ["code", "name", r.baseline.label, r.current.label, "change", "relative", "p", "significant"]
        if decomposed { columns += ["within", "mix"] }
        let rows = allRows.map { row -> [Cell] in
            let rate = row.rate
            var cells: [Cell] = [.text(row.locality.code), .text(name(row)), .percent(rate?.baseline, 2), .percent(rate?.current, 2),
                                 .percent(rate?.change, 2), .percent(rate?.relativeChange, 1),
                                 .pValue(rate?.test?.pValue), .flag(rate?.test?.significant)]
            if decomposed {
                let c = row == r.total ? r.decomposition.map { ($0.withinEffect, $0.mixEffect) } : row.contribution.map { ($0.within, $0.mix) }
                cells += [.percent(c?.0, 3), .percent(c?.1, 3)]
            }
            return cells
        }
        var notes = ["\(r.metric.rawValue) = \(r.metric.summary); change and within/mix in percentage points; two-proportion z-test"]
        if let d = r.decomposition {
            let mix = d.mixEffect < 0 ? "− \(pp(-d.mixEffect))" : "+ \(pp(d.mixEffect))"
            notes.append("within + mix = change exactly: \(pp(d.withinEffect)) \(mix) = \(pp(d.totalChange)) points "
                + "(\(pp(d.currentRate))% − \(pp(d.baselineRate))%)")
        }
        notes += rowNotes(\.rate?.note) + omittedNote
        return Table(columns: columns, rows: rows, notes: notes)
    }

    var volumeTable: Table {
        let r = result
        let volume = r.metric.volume.rawValue
        let columns = ["code", "name", "\(r.baseline.label) \(volume)", "\(r.current.label) \(volume)",
                       "\(r.baseline.label) /wd", "\(r.current.label) /wd", "change /wd", "relative", "p", "significant"]
        let rows = allRows.map { row -> [Cell] in
            let v = row.volume
            return [.text(row.locality.code), .text(name(row)), .integer(v.baseline), .integer(v.current),
                    .number(v.baselinePerWorkingDay, 1), .number(v.currentPerWorkingDay, 1), .number(v.change, 1),
                    .percent(v.relativeChange, 1), .pValue(v.test?.pValue), .flag(v.test?.significant)]
        }
        let notes = ["/wd: per working day; quasi-Poisson test on the daily counts of working days"] + rowNotes(\.volume.note) + omittedNote
        return Table(columns: columns, rows: rows, notes: notes)
    }

    var flatTable: Table {
        let r = result
        var columns = ["code", "name", "level", "metric", "baseline_period", "current_period"]
        if r.metric.isRate {
            columns += ["rate_baseline", "rate_current", "rate_change", "rate_relative_change", "rate_z", "rate_p", "rate_significant"]
        }
        columns += ["volume", "volume_baseline", "volume_current", "baseline_working_days", "current_working_days",
                    "volume_baseline_per_working_day", "volume_current_per_working_day", "volume_change_per_working_day",
                    "volume_relative_change", "volume_ratio", "volume_z", "volume_p", "volume_significant"]
        if decomposed { columns += ["part", "within", "mix"] }
        let rows = allRows.map { row -> [Cell] in
            var cells: [Cell] = [.text(row.locality.code), .text(name(row)), .text(row.locality.level.rawValue), .text(r.metric.rawValue),
                                 .text(r.baseline.label), .text(r.current.label)]
            if r.metric.isRate {
                let rate = row.rate
                cells += [.percent(rate?.baseline, 2), .percent(rate?.current, 2), .percent(rate?.change, 2), .percent(rate?.relativeChange, 1),
                          .number(rate?.test?.statistic, 3), .pValue(rate?.test?.pValue), .flag(rate?.test?.significant)]
            }
            let v = row.volume
            cells += [.text(r.metric.volume.rawValue), .integer(v.baseline), .integer(v.current),
                      .integer(Int64(r.baselineWorkingDays)), .integer(Int64(r.currentWorkingDays)),
                      .number(v.baselinePerWorkingDay, 1), .number(v.currentPerWorkingDay, 1), .number(v.change, 1),
                      .number(v.relativeChange, 3), .number(v.test?.estimate, 3), .number(v.test?.statistic, 3),
                      .pValue(v.test?.pValue), .flag(v.test?.significant)]
            if decomposed {
                let isTotal = row == r.total
                let c = isTotal ? r.decomposition.map { ($0.withinEffect, $0.mixEffect) } : row.contribution.map { ($0.within, $0.mix) }
                cells += [.text(isTotal ? "total" : "unit"), .number(c?.0, 4), .number(c?.1, 4)]
            }
            return cells
        }
        return Table(columns: columns, rows: rows)
    }

    var omittedNote: [String] {
        result.omitted > 0 ? ["showing the \(result.rows.count) units that moved most; \(result.omitted) more not shown"] : []
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
        }
    }
}
