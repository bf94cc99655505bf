import UptakeAnalysis
import UptakeCore

extension ReportParts {
    /// Last year's days as the reader names them (`tháng 7/2024`).
    var lastYear: String { label(report.yearOverYear.content?.baseline ?? report.period.yearEarlier) }

    /// The period against the same days a year before: the scope in words, then every unit in a
    /// table, each figure as `uptake compare --baseline last-year` gives it. Without last year's data,
    /// one sentence.
    func yearOverYear() -> ReportPart {
        var part = ReportPart(id: "year-over-year", title: t("Year over year: \(period) against \(lastYear)",
                                                             "So với cùng kỳ năm trước: \(period) so với \(lastYear)"))
        guard let y = report.yearOverYear.content, let head = y.rows.first else {
            if case .missing(let gap) = report.yearOverYear {
                part.gap = gap == .noBaselineData
                    ? t("The database holds no applications for \(scopeName) in \(lastYear), a year before, so there is no year-over-year comparison.",
                        "Cơ sở dữ liệu không có hồ sơ nào của \(scopeName) trong \(lastYear), cùng kỳ năm trước, nên không có so sánh với cùng kỳ năm trước.")
                    : sentence(gap, what: ("year-over-year comparison", "so sánh với cùng kỳ năm trước"))
            }
            return part
        }
        part.paragraphs.append(scopeSentence(head, y))
        if let daily = y.daily { part.charts.append(yearOverYearChart(daily)) }
        let units = Array(y.rows.dropFirst())
        let both = units.filter { $0.rate.change != nil }
        let rose = both.filter { $0.rate.significant == true && ($0.rate.change ?? 0) > 0 }.count
        let fell = both.filter { $0.rate.significant == true && ($0.rate.change ?? 0) < 0 }.count
        if !units.isEmpty {
            part.paragraphs.append(t(
                "Of the \(n.integer(both.count)) \(unitsWord) with applications in both years, \(n.integer(rose)) rose and \(n.integer(fell)) fell significantly "
                    + "in online submission (two-proportion test, Benjamini–Hochberg q < 0.05); largest changes first.",
                "Trong \(n.integer(both.count)) \(unitsWord) có hồ sơ ở cả hai năm, \(n.integer(rose)) đơn vị tăng và \(n.integer(fell)) đơn vị giảm có ý nghĩa thống kê "
                    + "về tỷ lệ hồ sơ trực tuyến (kiểm định hai tỷ lệ, Benjamini–Hochberg q < \(n.decimal(0.05, 2))); thay đổi lớn nhất xếp trước."))
        }
        let missing = units.filter { $0.received.baseline == 0 }.map(\.unit.name)
        if !missing.isEmpty {
            part.paragraphs.append(t("No applications a year before at \(missing.count) of them: \(missing.joined(separator: ", ")).",
                                     "\(missing.count) đơn vị không có hồ sơ cùng kỳ năm trước: \(missing.joined(separator: ", "))."))
        }
        part.tables.append(table(y))
        return part
    }

    /// The scope's figures in one sentence each: volume per working day, then the online share's change.
    func scopeSentence(_ head: YearOverYearRow, _ y: YearOverYear) -> String {
        let v = head.received, r = head.rate
        let interval = t("95% interval \(n.points(r.changeLow)) to \(n.points(r.changeHigh))",
                         "khoảng tin cậy 95%: \(n.points(r.changeLow)) đến \(n.points(r.changeHigh))")
        // The volume's interval, where compare gives one (not at a zero count).
        let volumeInterval = v.relativeChangeLow.map { low in
            t("95% interval \(n.change(low)) to \(n.change(v.relativeChangeHigh)); ", "khoảng tin cậy 95%: \(n.change(low)) đến \(n.change(v.relativeChangeHigh)); ")
        } ?? ""
        return t(
            "\(scopeName) received \(n.decimal(v.currentPerWorkingDay)) applications per working day in \(period) (\(y.workingDays) working days) against "
                + "\(n.decimal(v.baselinePerWorkingDay)) in \(lastYear) (\(y.baselineWorkingDays) working days by that year's calendar): "
                + "\(n.change(v.relativeChange)) (\(volumeInterval)\(verdict(v.significant))). Online submission: \(n.percent(r.current)) against \(n.percent(r.baseline)), "
                + "\(n.points(r.change)) (\(interval); \(verdict(r.significant))).",
            "\(scopeName) tiếp nhận bình quân \(n.decimal(v.currentPerWorkingDay)) hồ sơ mỗi ngày làm việc trong \(period) (\(y.workingDays) ngày làm việc), so với "
                + "\(n.decimal(v.baselinePerWorkingDay)) của \(lastYear) (\(y.baselineWorkingDays) ngày làm việc theo lịch năm đó): "
                + "\(n.change(v.relativeChange)) (\(volumeInterval)\(verdict(v.significant))). Tỷ lệ hồ sơ trực tuyến: \(n.percent(r.current)) so với \(n.percent(r.baseline)), "
                + "\(n.points(r.change)) (\(interval); \(verdict(r.significant))).")
    }

    func table(_ y: YearOverYear) -> Table {
        let allocated = y.rows.filter(\.allocated).count
        let before = y.baseline.label, now = report.period.label
        var columns = ["code", "name", "\(before) /wd", "\(now) /wd", "relative", "\(before) online_submission", "\(now) online_submission",
                       "change", "95% interval", "test"]
        if allocated > 0 { columns.append("allocated") }
        let rows: [[Cell]] = y.rows.map { row in
            let v = row.received, r = row.rate
            let interval = r.changeLow.map { t("\(n.points($0)) to \(n.points(r.changeHigh))", "\(n.points($0)) đến \(n.points(r.changeHigh))") }
            return [.text(row.unit.code), .text(row.unit.name), .number(v.baselinePerWorkingDay, 1), .number(v.currentPerWorkingDay, 1),
                    v.relativeChange.map { .percent($0, digits: 1) } ?? .empty, .percent(r.baseline, 2), .percent(r.current, 2), .points(r.change, 2),
                    interval.map(Cell.text) ?? .empty, .text(verdict(r.significant))] + (allocated > 0 ? [.flag(row.allocated)] : [])
        }
        var notes = [t("per working day: all the period's applications ÷ its working days, each year by its own calendar (Tết and the other holidays move); "
                           + "the change of the online-submission rate with its 95% interval (Newcomb) and the two-proportion test, as uptake compare --baseline last-year gives them",
                       "bình quân ngày làm việc: toàn bộ hồ sơ trong kỳ ÷ số ngày làm việc, mỗi năm theo lịch của năm đó (Tết và các ngày lễ khác thay đổi theo năm); "
                           + "thay đổi tỷ lệ hồ sơ trực tuyến kèm khoảng tin cậy 95% (Newcomb) và kiểm định hai tỷ lệ, như lệnh uptake compare --baseline last-year")]
        if y.acrossReform {
            notes.append(t("\(lastYear) is before the 1 July 2025 reform: applications filed then in the old provinces and communes are counted in today's units",
                           "\(lastYear) trước khi sắp xếp đơn vị hành chính ngày 1/7/2025: hồ sơ khi đó ghi theo tỉnh, xã cũ được tính theo đơn vị hiện nay"))
        }
        if allocated > 0 {
            notes.append(t("allocated: \(allocated) row\(allocated == 1 ? "" : "s") rest in part on pre-reform data of a divided unit, split in equal shares between the communes it went into (the source gives no share): approximate",
                           "phân bổ: \(n.integer(allocated)) dòng dựa một phần vào số liệu trước khi sắp xếp của đơn vị bị chia, chia đều cho các xã mới (nguồn không cho tỷ lệ): chỉ gần đúng"))
        }
        return Table(columns: columns, rows: rows, notes: notes)
    }
}
