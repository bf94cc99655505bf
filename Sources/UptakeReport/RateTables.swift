import UptakeAnalysis
import UptakeCore

extension Table {
    /// The table of `uptake rates`: code, name, period, numerator, denominator, rate, low, high
    /// (and rank, mark with `--rank`), or for a volume: code, name, period, value, per_day. CSV and JSON
    /// also carry each period's bounds (`from`, `to`) and the sector filter (`sector`) when there is one.
    ///
    /// `coverage`, the first and last day with data, is said in the note on partial periods.
    public init(rates rows: [RateRow], metric: Metric, ranked: Bool, coverage: DayRange? = nil) {
        var notes: [String] = [], notesVi: [String] = []
        let vi = Language.vi.numbers
        /// Period labels as a reader of Vietnamese reads them (tháng 7/2025).
        func viPeriods(_ labels: [String]) -> String { labels.map { ColumnGlossary.header($0, in: .vi) }.joined(separator: ", ") }
        let empty = rows.filter { $0.rows == 0 }
        if !empty.isEmpty {
            let periods = Array(Set(empty.map(\.period))).sorted()
            notes.append("no data for \(empty.count) of \(rows.count) rows (period\(periods.count == 1 ? "" : "s") \(periods.prefix(5).joined(separator: ", ")))")
            notesVi.append("không có số liệu ở \(vi.integer(Int64(empty.count)))/\(vi.integer(Int64(rows.count))) dòng (kỳ \(viPeriods(Array(periods.prefix(5)))))")
        }
        let partial = rows.filter(\.partial)
        if !partial.isEmpty {
            let periods = Array(Set(partial.map(\.period))).sorted()
            let data = coverage.map { "the data (\($0.first)..\($0.last))" } ?? "the data"
            notes.append("partial: \(periods.prefix(5).joined(separator: ", "))\(periods.count > 5 ? ", …" : "") "
                + "only partly covered by the range asked for or by \(data) (see the partial column)")
            let viData = coverage.map { "số liệu hiện có (\(vi.range($0)))" } ?? "số liệu hiện có"
            notesVi.append("chưa đủ kỳ: \(viPeriods(Array(periods.prefix(5))))\(periods.count > 5 ? ", …" : "") "
                + "chỉ được khoảng thời gian yêu cầu hoặc \(viData) bao phủ một phần (xem cột chưa đủ kỳ)")
        }
        let allocated = rows.filter { $0.allocated == true }
        if !allocated.isEmpty {
            notes.append("allocated: \(allocated.count) row\(allocated.count == 1 ? "" : "s") rest in part on pre-reform data of a divided unit, "
                + "split in equal shares between the communes it went into (the source gives no share): approximate")
            notesVi.append("phân bổ: \(vi.integer(Int64(allocated.count))) dòng dựa một phần vào số liệu trước khi sắp xếp của đơn vị bị chia, "
                + "chia đều cho các xã mới (nguồn không cho tỷ lệ): chỉ gần đúng")
        }
        /// A week's label carries its Monday: 2025-W29 (2025-07-14).
        func period(_ r: RateRow) -> Cell {
            r.grain == .week ? .text("\(r.period) (\(Grain.week.periodStart(of: r.from)))") : .text(r.period)
        }
        // The sector filter each row was computed with, when there was one (CSV and JSON carry it too).
        let sectorColumn = rows.contains { $0.sector != nil }
        let partialColumn = rows.contains(where: \.partial)
        // Only over pre-reform data with a divided unit in it (issue 26): other tables keep their columns.
        let allocatedColumn = !allocated.isEmpty
        // Communes carry their province (code and name).
        let provinceColumns = rows.contains { $0.provinceCode != nil }
        func withSector(_ columns: [String]) -> [String] {
            let named = provinceColumns ? Array(columns[..<2]) + ["province", "province_name"] + columns[2...] : columns
            let at = provinceColumns ? 7 : 5
            return (sectorColumn ? Array(named[..<at]) + ["sector"] + named[at...] : named) + (partialColumn ? ["partial"] : []) + (allocatedColumn ? ["allocated"] : [])
        }
        func withSector(_ cells: [Cell], _ r: RateRow) -> [Cell] {
            var cells = cells
            cells[2] = period(r)
            if provinceColumns {
                cells = Array(cells[..<2]) + [r.provinceCode.map(Cell.text) ?? .empty, r.provinceName.map(Cell.text) ?? .empty] + cells[2...]
            }
            let at = provinceColumns ? 7 : 5
            return (sectorColumn ? Array(cells[..<at]) + [r.sector.map(Cell.text) ?? .empty] + cells[at...] : cells) + (partialColumn ? [.flag(r.partial)] : []) + (allocatedColumn ? [.flag(r.allocated == true)] : [])
        }
        if metric == .onlineSubmission766 {
            notes.append("online-submission-766 is a product of two rates: no single interval is given")
            notesVi.append("chỉ tiêu theo Quyết định 766 là tích của hai tỷ lệ: không có một khoảng tin cậy duy nhất")
        }
        if metric.isRate {
            var columns = ["code", "name", "period", "from", "to", "numerator", "denominator", "rate", "low", "high"]
            if ranked { columns += ["rank", "mark"] }
            self.init(columns: withSector(columns), rows: rows.map { r in
                var cells: [Cell] = [.text(r.code), .text(r.name), .text(r.period), .text(r.from.description), .text(r.to.description),
                                     r.numerator.map(Cell.integer) ?? .empty, r.denominator.map(Cell.integer) ?? .empty,
                                     r.value.map { .percent($0, digits: 2) } ?? .empty,
                                     r.low.map { .percent($0, digits: 2) } ?? .empty, r.high.map { .percent($0, digits: 2) } ?? .empty]
                if ranked { cells += [r.rank.map { .integer(Int64($0)) } ?? .empty, r.mark.map { Cell.term($0.term) } ?? .empty] }
                return withSector(cells, r)
            }, notes: notes, dataOnly: ["from", "to"])
        } else {
            notes.append("per_working_day: all the period's applications (days off included) ÷ its working days, as in every command")
            notesVi.append("bình quân ngày làm việc: toàn bộ hồ sơ của kỳ (kể cả ngày nghỉ) chia cho số ngày làm việc của kỳ, như ở mọi lệnh")
            var columns = ["code", "name", "period", "from", "to", "value", "per_day", "per_working_day"]
            if ranked { columns += ["rank", "mark"] }
            self.init(columns: withSector(columns), rows: rows.map { r in
                var cells: [Cell] = [.text(r.code), .text(r.name), .text(r.period), .text(r.from.description), .text(r.to.description),
                                     r.numerator.map(Cell.integer) ?? .empty, r.perDay.map { .number($0, digits: 1) } ?? .empty,
                                     r.perWorkingDay.map { .number($0, digits: 1) } ?? .empty]
                if ranked { cells += [r.rank.map { .integer(Int64($0)) } ?? .empty, r.mark.map { Cell.term($0.term) } ?? .empty] }
                return withSector(cells, r)
            }, notes: notes, dataOnly: ["from", "to"])
        }
        self.notesVi = notesVi
    }

    /// The table of `uptake localities`.
    public init(localities: [Locality]) {
        self.init(columns: ["code", "parent_code", "level", "unit_type", "name", "full_name", "name_en"], rows: localities.map { l in
            [.text(l.code), l.parentCode.map(Cell.text) ?? .empty, .text(l.level.rawValue), l.unitType.map(Cell.text) ?? .empty,
             .text(l.name), l.fullName.map(Cell.text) ?? .empty, l.nameEn.map(Cell.text) ?? .empty]
        })
    }
}
