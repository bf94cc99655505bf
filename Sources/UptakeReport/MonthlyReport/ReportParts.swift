import Foundation
import UptakeAnalysis
import UptakeCharts
import UptakeCore

/// Turns a ``MonthlyReport`` into its parts, in reading order. Every part says one plain sentence
/// when its data are missing.
struct ReportParts {
    let report: MonthlyReport
    /// Whom the report is for; every sentence below is said in both languages, side by side.
    var language: Language = .en

    var n: NumberStyle { language.numbers }
    func t(_ en: String, _ vi: String) -> String { language.pick(en: en, vi: vi) }

    var unitsWord: String { report.unitLevel == .province ? t("provinces", "tỉnh, thành phố") : t("communes", "xã, phường") }
    var unitWord: String { report.unitLevel == .province ? t("province", "tỉnh, thành phố") : t("commune", "xã, phường") }
    var scopeName: String { report.scope.name }
    var period: String { label(report.period) }
    var baseline: String { label(report.baseline) }

    var marks: NumberMarks { language == .vi ? .vietnamese : .english }

    /// The chart drawn for the reader: the language's number marks and legend words.
    func drawn(_ chart: IntervalChart) -> ChartSVG {
        var chart = chart
        chart.marks = marks
        return chart.render()
    }

    func drawn(_ chart: FunnelPlot) -> ChartSVG {
        var chart = chart
        chart.marks = marks
        chart.legendWords = .init(unit: t("unit", "đơn vị"), outside: t("outside the limits", "nằm ngoài giới hạn"), target: t("target", "tỷ lệ chung"))
        return chart.render()
    }

    func drawn(_ chart: LineChart) -> ChartSVG {
        var chart = chart
        chart.marks = marks
        chart.smoothedLabel = t("7-day mean", "trung bình 7 ngày")
        (chart.anomalyLabel, chart.levelShiftLabel) = (t("anomaly", "bất thường"), t("level shift", "thay đổi mức"))
        return chart.render()
    }

    /// `55.71%–55.84%`: an interval in one cell.
    func interval(_ low: Double?, _ high: Double?) -> Cell {
        guard let low, let high else { return .empty }
        return .text("\(n.percent(low))–\(n.percent(high))")
    }

    /// A period as its label says it (`2025-07`), in the reader's date style.
    func label(_ r: DayRange) -> String { language == .en ? r.label : PeriodLabel(r.label)?.text(language) ?? n.range(r) }

    func all() -> [ReportPart] {
        [summary(), ranking(), map(), funnel(), changedMost(), monthOverMonth(), yearOverYear(), anomalies(), explanations(), readiness(), greenVersusReality()]
    }

    /// The sentence a part says instead of its content.
    func sentence(_ gap: SectionGap, what: (en: String, vi: String)) -> String {
        switch gap {
        case .noData: t("No applications are recorded for \(scopeName) in \(period), so there is no \(what.en) to show.",
                        "Không có hồ sơ nào được ghi nhận tại \(scopeName) trong \(period), nên không có \(what.vi).")
        case .noBaselineData: t("No applications are recorded in the baseline \(baseline), so there is no \(what.en) to show.",
                                "Không có hồ sơ nào trong kỳ so sánh \(baseline), nên không có \(what.vi).")
        case .noReadiness: t("No readiness reports exist on or before \(report.period.last), so there is no \(what.en) to show.",
                             "Chưa có báo cáo điều kiện bảo đảm nào đến ngày \(n.date(report.period.last)), nên không có \(what.vi).")
        case .tooFewUnits: t("Fewer than two \(unitsWord) have data in \(period), so there is no \(what.en) to show.",
                             "Có dưới hai \(unitsWord) có số liệu trong \(period), nên không có \(what.vi).")
        case .noneFound: t("None found: \(what.en) is empty for \(period).", "Không có: \(what.vi) trống trong \(period).")
        case .failed: t("The \(what.en) could not be computed from these data; the rest of the report stands.",
                        "Không tính được \(what.vi) từ số liệu này; các phần khác của báo cáo vẫn giữ nguyên.")
        }
    }

    /// "significant", "within the noise", "not tested".
    func verdict(_ significant: Bool?) -> String {
        switch significant {
        case true?: t("significant", "có ý nghĩa thống kê")
        case false?: t("within the noise", "trong phạm vi dao động ngẫu nhiên")
        case nil: t("not tested", "chưa kiểm định")
        }
    }

    func summary() -> ReportPart {
        var part = ReportPart(id: "summary", title: t("\(scopeName): \(period) against \(baseline)", "\(scopeName): \(period) so với \(baseline)"))
        guard let s = report.summary.content else {
            if case .missing(let gap) = report.summary { part.gap = sentence(gap, what: ("summary", "phần tóm tắt")) }
            return part
        }
        let r = s.received
        part.paragraphs.append(t(
            "\(scopeName) received \(n.integer(r.current)) applications in \(period): \(n.decimal(r.currentPerWorkingDay)) per working day over \(s.workingDays) working days, "
                + "\(n.change(r.relativeChange)) against \(n.decimal(r.baselinePerWorkingDay)) in \(baseline) (\(s.baselineWorkingDays) working days; \(verdict(r.significant))).",
            "\(scopeName) tiếp nhận \(n.integer(r.current)) hồ sơ trong \(period): bình quân \(n.decimal(r.currentPerWorkingDay)) hồ sơ mỗi ngày làm việc trong \(s.workingDays) ngày làm việc, "
                + "\(n.change(r.relativeChange)) so với \(n.decimal(r.baselinePerWorkingDay)) của \(baseline) (\(s.baselineWorkingDays) ngày làm việc; \(verdict(r.significant)))."))
        if let online = s.rates.first(where: { $0.metric == .onlineSubmission }) {
            part.paragraphs.append(t(
                "Online submission: \(n.percent(online.current)) (95% interval \(n.percent(online.currentLow))–\(n.percent(online.currentHigh))), "
                    + "\(n.points(online.change)) against \(baseline) (\(verdict(online.significant))).",
                "Tỷ lệ hồ sơ trực tuyến: \(n.percent(online.current)) (khoảng tin cậy 95%: \(n.percent(online.currentLow))–\(n.percent(online.currentHigh))), "
                    + "\(n.points(online.change)) so với \(baseline) (\(verdict(online.significant)))."))
        }
        var rows: [[Cell]] = []
        for (label, v) in [(t("received per working day", "hồ sơ tiếp nhận bình quân ngày làm việc"), s.received),
                           (t("resolved per working day", "hồ sơ giải quyết bình quân ngày làm việc"), s.resolved)] {
            rows.append([.text(label), .number(v.currentPerWorkingDay, 1), .empty, .number(v.baselinePerWorkingDay, 1),
                         v.relativeChange.map { .percent($0, digits: 1) } ?? .empty, .text(verdict(v.significant))])
        }
        for r in s.rates {
            let interval = r.currentLow.map { "\(n.percent($0))–\(n.percent(r.currentHigh))" }
            rows.append([.term(r.metric.term), .percent(r.current, 2), interval.map(Cell.text) ?? .empty, .percent(r.baseline, 2),
                         .points(r.change, 2), .text(verdict(r.significant))])
        }
        part.tables.append(Table(columns: ["measure", report.period.label, "95% interval", report.baseline.label, "change", "test"], rows: rows, notes: [
            t("per working day: all the month's applications ÷ its working days (Vietnam's calendar); volumes by a quasi-Poisson test, rates by a two-proportion test, 5% level",
              "bình quân ngày làm việc: toàn bộ hồ sơ trong tháng ÷ số ngày làm việc (theo lịch làm việc của Việt Nam); khối lượng kiểm định bằng mô hình quasi-Poisson, tỷ lệ bằng kiểm định hai tỷ lệ, mức ý nghĩa 5%"),
        ]))
        return part
    }

    func ranking() -> ReportPart {
        var part = ReportPart(id: "ranking", title: t("\(unitsWord.capitalized) ranked by online-submission rate", "Xếp hạng \(unitsWord) theo tỷ lệ hồ sơ trực tuyến"))
        guard let rows = report.ranking.content else {
            if case .missing(let gap) = report.ranking { part.gap = sentence(gap, what: ("ranking", "bảng xếp hạng")) }
            return part
        }
        part.paragraphs.append(t(
            "\(rows.count) \(unitsWord) ranked by their online-submission rate in \(period), with 95% Wilson intervals; "
                + "the map colour is each unit's own readiness report (reported_status) as of \(report.period.last).",
            "\(rows.count) \(unitsWord) xếp theo tỷ lệ hồ sơ trực tuyến trong \(period), kèm khoảng tin cậy 95% (Wilson); "
                + "màu trên bản đồ là màu do chính đơn vị tự đánh giá trong báo cáo điều kiện bảo đảm, tính đến ngày \(n.date(report.period.last))."))
        let highest = rows.first.map { "\($0.unit.name) \(n.percent($0.rate.current))" } ?? "–"
        let lowest = rows.last.map { "\($0.unit.name) \(n.percent($0.rate.current))" } ?? "–"
        part.charts.append(drawn(IntervalChart(id: "ranking-chart", title: t("Online-submission rate, \(period), highest first", "Tỷ lệ hồ sơ trực tuyến, \(period), từ cao xuống thấp"),
                                         description: t("Dot chart of the \(rows.count) \(unitsWord)' online-submission rates in \(period) with 95% intervals, "
                                                            + "highest first; units lagging their peers in red. Highest: \(highest); lowest: \(lowest).",
                                                        "Biểu đồ điểm tỷ lệ hồ sơ trực tuyến của \(rows.count) \(unitsWord) trong \(period), kèm khoảng tin cậy 95%, "
                                                            + "từ cao xuống thấp; đơn vị thấp hơn mặt bằng chung tô đỏ. Cao nhất: \(highest); thấp nhất: \(lowest)."),
                                         rows: rows.map { r in
                                             IntervalChart.Row(label: r.unit.name, baseline: nil,
                                                               current: r.rate.current.map { .init(value: $0, low: r.rate.currentLow, high: r.rate.currentHigh) },
                                                               highlighted: r.lagging)
                                         }, baselineLabel: baseline, currentLabel: period,
                                         highlightLabel: t("lagging its peers", "thấp hơn mặt bằng chung"))))
        // The interval as one column, so that the table fits an A4 page in either language.
        part.tables.append(Table(columns: ["rank", "code", "name", "received", "online_submission", "95% interval", "change", "map colour", "lagging"], rows: rows.map { r in
            [.integer(Int64(r.rank)), .text(r.unit.code), .text(r.unit.name), .integer(r.received), .percent(r.rate.current, 2),
             interval(r.rate.currentLow, r.rate.currentHigh), .points(r.rate.change, 2),
             r.mapColour.map { .term($0.term) } ?? .text(t("not reported", "chưa báo cáo")), .flag(r.lagging)]
        }))
        return part
    }

    func funnel() -> ReportPart {
        var part = ReportPart(id: "funnel", title: t("Funnel plot: rate against volume", "Biểu đồ phễu: tỷ lệ theo số hồ sơ"))
        guard let f = report.funnel.content else {
            if case .missing(let gap) = report.funnel { part.gap = sentence(gap, what: ("funnel plot", "biểu đồ phễu")) }
            return part
        }
        let lagging = f.units.filter(\.lagging)
        let named = lagging.map { "\($0.name) (\(n.percent($0.rate)))" }.joined(separator: ", ")
        part.paragraphs.append(t(
            "Each \(unitWord)'s online-submission rate in \(period) against its applications received. "
                + "The peers' pooled rate is \(n.percent(f.target)); the limits widen for small volumes and allow for the peers' real spread "
                + "(overdispersion φ̂ \(n.decimal(f.overdispersion))). "
                + (lagging.isEmpty ? "No unit lags its peers at a false-discovery rate of 5%." : "Lagging at a false-discovery rate of 5%: \(named)."),
            "Tỷ lệ hồ sơ trực tuyến của từng \(unitWord) trong \(period) theo số hồ sơ tiếp nhận. "
                + "Tỷ lệ chung của các đơn vị là \(n.percent(f.target)); giới hạn rộng hơn khi số hồ sơ ít và có tính đến mức chênh lệch thực giữa các đơn vị "
                + "(hệ số phân tán φ̂ \(n.decimal(f.overdispersion))). "
                + (lagging.isEmpty ? "Không đơn vị nào thấp hơn mặt bằng chung ở tỷ lệ phát hiện sai 5%." : "Thấp hơn mặt bằng chung (tỷ lệ phát hiện sai 5%): \(named).")))
        let limits = f.curves.map { c in
            FunnelPlot.Limits(label: t("\(n.decimal(c.coverage * 100, c.coverage == 0.95 ? 0 : 1))% limits", "giới hạn \(n.decimal(c.coverage * 100, c.coverage == 0.95 ? 0 : 1))%"),
                              volumes: c.volumes, lower: c.lower, upper: c.upper,
                              colour: c.coverage < 0.99 ? ChartPalette.limit95 : ChartPalette.limit998, dashed: c.coverage < 0.99)
        }
        part.charts.append(drawn(FunnelPlot(id: "funnel-chart", title: t("Online-submission rate against applications received, \(period)", "Tỷ lệ hồ sơ trực tuyến theo số hồ sơ tiếp nhận, \(period)"),
                                      description: t("Funnel plot of \(f.units.count) \(unitsWord): rate against volume, target \(n.percent(f.target)), "
                                                         + "95% and 99.8% limits; \(lagging.count) outside, labelled.",
                                                     "Biểu đồ phễu của \(f.units.count) \(unitsWord): tỷ lệ theo số hồ sơ, mức chung \(n.percent(f.target)), "
                                                         + "giới hạn 95% và 99,8%; \(lagging.count) đơn vị nằm ngoài, có ghi tên."),
                                      points: f.units.compactMap { u in u.rate.map { FunnelPlot.Point(label: u.name, volume: Double(u.denominator), rate: $0, flagged: u.lagging) } },
                                      target: f.target, limits: limits, xLabel: t("applications received", "số hồ sơ tiếp nhận"))))
        if !lagging.isEmpty {
            var table = Table(columns: ["code", "name", "denominator", "rate", "shrunk", "95% interval", "q", "limit_998_low"], rows: lagging.map { u in
                [.text(u.locality), .text(u.name), .integer(u.denominator), .percent(u.rate, 2), .percent(u.shrunkRate, 2), interval(u.shrunkLow, u.shrunkHigh),
                 .pValue(u.qValue), .percent(u.limit998Low, 2)]
            })
            table.notes = [t("shrunk: the empirical-Bayes rate with its 95% interval; q: Benjamini–Hochberg over every unit; limit_998_low: the funnel's lower 99.8% limit at the unit's volume",
                             "tỷ lệ hiệu chỉnh: tỷ lệ Bayes thực nghiệm với khoảng tin cậy 95%; q: hiệu chỉnh Benjamini–Hochberg trên mọi đơn vị; giới hạn dưới 99,8%: giới hạn dưới của phễu tại số hồ sơ của đơn vị")]
            part.tables.append(table)
        }
        return part
    }

    func changedMost() -> ReportPart {
        var part = ReportPart(id: "series", title: t("Daily applications of the \(unitsWord) that changed most", "Hồ sơ tiếp nhận hằng ngày của các \(unitsWord) thay đổi nhiều nhất"))
        guard let series = report.changedMost.content else {
            if case .missing(let gap) = report.changedMost { part.gap = sentence(gap, what: ("daily series", "chuỗi số liệu hằng ngày")) }
            return part
        }
        part.paragraphs.append(t(
            "The \(series.count) \(unitsWord) whose applications per working day changed most clearly between \(baseline) and \(period) "
                + "(smallest p-value of the quasi-Poisson test, then the largest change): "
                + "each day's applications received, the 7-day mean, holidays and bridge days shaded, anomalies ringed and level shifts dashed.",
            "\(series.count) \(unitsWord) có số hồ sơ bình quân ngày làm việc thay đổi rõ nhất giữa \(baseline) và \(period) "
                + "(giá trị p nhỏ nhất của kiểm định quasi-Poisson, sau đó là mức thay đổi lớn nhất): "
                + "số hồ sơ tiếp nhận từng ngày, trung bình 7 ngày, ngày nghỉ lễ và nghỉ bù tô nền, bất thường khoanh tròn, thay đổi mức vẽ nét đứt."))
        for (i, s) in series.enumerated() {
            let labels = s.values.indices.map { n.date(s.first.advanced(by: $0)) }
            let ticks = s.values.indices.filter { s.first.advanced(by: $0).components.day == 1 || s.first.advanced(by: $0).components.day == 15 }
            let bands = s.daysOff.map { s.first.distance(to: $0.first)...s.first.distance(to: $0.last) }
            let markers = s.anomalies.map { a in
                LineChart.Marker(first: s.first.distance(to: a.start), last: s.first.distance(to: a.end),
                                 kind: a.kind == .levelShift || a.kind == .changepoint ? .changepoint : .anomaly, label: a.kind.term.text(language))
            }
            let chart = LineChart(id: "series-\(i)",
                                  title: t("\(s.unit.name) (\(s.unit.code)): applications received per day, \(n.change(s.relativeChange)) per working day",
                                           "\(s.unit.name) (\(s.unit.code)): hồ sơ tiếp nhận mỗi ngày, \(n.change(s.relativeChange)) bình quân ngày làm việc"),
                                  description: t("Daily applications received at \(s.unit.name) from \(n.date(s.first)) for \(s.values.count) days, with the 7-day mean; "
                                                     + "\(s.daysOff.count) runs of days off shaded; \(s.anomalies.count) anomalies marked.",
                                                 "Số hồ sơ tiếp nhận hằng ngày tại \(s.unit.name) từ \(n.date(s.first)) trong \(s.values.count) ngày, kèm trung bình 7 ngày; "
                                                     + "\(s.daysOff.count) đợt nghỉ được tô nền; \(s.anomalies.count) bất thường được đánh dấu."),
                                  values: s.values.map { $0 ?? .nan }, valuesLabel: t("received", "hồ sơ tiếp nhận"), smoothed: s.mean7.map { $0 ?? .nan },
                                  xLabels: labels, xTickIndices: ticks, bands: bands, bandLabel: t("holiday or bridge day", "ngày nghỉ lễ hoặc nghỉ bù"), markers: markers)
            part.charts.append(drawn(chart))
        }
        return part
    }

    func monthOverMonth() -> ReportPart {
        var part = ReportPart(id: "month-over-month", title: t("Month over month: online-submission rate, \(baseline) → \(period)",
                                                               "So sánh với tháng trước: tỷ lệ hồ sơ trực tuyến, \(baseline) → \(period)"))
        guard let rows = report.monthOverMonth.content else {
            if case .missing(let gap) = report.monthOverMonth { part.gap = sentence(gap, what: ("month-over-month comparison", "so sánh giữa hai tháng")) }
            return part
        }
        let shown = rows.prefix(40)
        let falls = rows.filter { $0.rate.significant == true && ($0.rate.change ?? 0) < 0 }
        part.paragraphs.append(t(
            "Largest changes first\(rows.count > shown.count ? " (the \(shown.count) largest of \(rows.count))" : ""); "
                + "\(n.integer(falls.count)) \(unitsWord) fell significantly (two-proportion test, Benjamini–Hochberg q < 0.05).",
            "Thay đổi lớn nhất xếp trước\(rows.count > shown.count ? " (\(shown.count) thay đổi lớn nhất trong \(rows.count))" : ""); "
                + "\(n.integer(falls.count)) \(unitsWord) giảm có ý nghĩa thống kê (kiểm định hai tỷ lệ, Benjamini–Hochberg q < \(n.decimal(0.05, 2)))."))
        part.charts.append(drawn(IntervalChart(id: "mom-chart", title: t("Online-submission rate, \(baseline) and \(period), with 95% intervals",
                                                                   "Tỷ lệ hồ sơ trực tuyến, \(baseline) và \(period), kèm khoảng tin cậy 95%"),
                                         description: t("For each of \(shown.count) \(unitsWord), the online-submission rate in \(baseline) (hollow) and \(period) (filled) "
                                                            + "with 95% intervals; significant falls in red.",
                                                        "Với từng đơn vị trong \(shown.count) \(unitsWord): tỷ lệ hồ sơ trực tuyến \(baseline) (điểm rỗng) và \(period) (điểm đặc) "
                                                            + "kèm khoảng tin cậy 95%; giảm có ý nghĩa thống kê tô đỏ."),
                                         rows: shown.map { r in
                                             IntervalChart.Row(label: r.unit.name,
                                                               baseline: r.rate.baseline.map { .init(value: $0, low: r.rate.baselineLow, high: r.rate.baselineHigh) },
                                                               current: r.rate.current.map { .init(value: $0, low: r.rate.currentLow, high: r.rate.currentHigh) },
                                                               highlighted: r.rate.significant == true && (r.rate.change ?? 0) < 0)
                                         }, baselineLabel: baseline, currentLabel: period, highlightLabel: t("fell significantly", "giảm có ý nghĩa thống kê"))))
        return part
    }

    func anomalies() -> ReportPart {
        var part = ReportPart(id: "anomalies", title: t("Anomalies found in \(period)", "Bất thường phát hiện trong \(period)"))
        guard let found = report.anomalies.content else {
            if case .missing(let gap) = report.anomalies {
                part.gap = gap == .noneFound
                    ? t("The scan of the \(unitsWord)' daily applications found no drop, spike or level shift in \(period).",
                        "Rà soát số hồ sơ hằng ngày của các \(unitsWord) không thấy giảm đột ngột, tăng đột biến hay thay đổi mức nào trong \(period).")
                    : sentence(gap, what: ("anomaly scan", "kết quả rà soát bất thường"))
            }
            return part
        }
        let strongest = found.total > found.anomalies.count
        part.paragraphs.append(t(
            "\(n.integer(found.total)) \(found.total == 1 ? "anomaly" : "anomalies") in the daily applications of \(n.integer(found.seriesScanned)) communes "
                + "(each judged against its own last 8 weeks, working days only; communes that fall together are one province event, with its members counted)"
                + "\(strongest ? "; the \(found.anomalies.count) strongest are listed" : "").",
            "\(n.integer(found.total)) bất thường trong số hồ sơ hằng ngày của \(n.integer(found.seriesScanned)) xã, phường "
                + "(mỗi xã so với chính nó trong 8 tuần gần nhất, chỉ tính ngày làm việc; các xã cùng giảm một lúc được gộp thành một sự kiện cấp tỉnh, có đếm số xã)"
                + "\(strongest ? "; liệt kê \(found.anomalies.count) bất thường mạnh nhất" : "")."))
        part.tables.append(Table(columns: ["start", "end", "code", "name", "kind", "severity", "observed", "expected", "members", "incidents"], rows: found.anomalies.map { a in
            [.text(n.date(a.start)), .text(n.date(a.end)), .text(a.locality), .text(a.name), .term(a.kind.term), .term(a.severity.term),
             .number(a.observed, 0), .number(a.expected, 0), a.members.isEmpty ? .empty : .integer(Int64(a.members.count)), .integer(Int64(a.incidents.count))]
        }))
        return part
    }

    func explanations() -> ReportPart {
        var part = ReportPart(id: "explanations", title: t("What explains the flagged \(unitsWord)", "Nguyên nhân tại các \(unitsWord) cần lưu ý"))
        guard let flagged = report.explanations.content else {
            if case .missing(let gap) = report.explanations {
                part.gap = gap == .noneFound ? t("No \(unitWord) is flagged in \(period): nothing to explain.", "Không có \(unitWord) nào cần lưu ý trong \(period).")
                    : sentence(gap, what: ("explanation", "phần giải thích"))
            }
            return part
        }
        if !flagged.contains(where: { $0.explanation != nil || $0.explanationFailure != nil }) {
            part.paragraphs.append(t(
                "Root causes have not been analysed for this report yet; for each flagged \(unitWord), why it is flagged and the incidents recorded at the place are listed as the evidence at hand.",
                "Báo cáo này chưa phân tích nguyên nhân; với mỗi \(unitWord) cần lưu ý, bảng nêu lý do và các sự cố được ghi nhận tại đơn vị làm bằng chứng hiện có."))
        }
        // The units the report compares in full; the places below them (a national report's flagged
        // communes) one line each, the first cause and the fall, so the part lists provinces first.
        let units = flagged.filter { $0.unit.level == report.unitLevel }, below = flagged.filter { $0.unit.level != report.unitLevel }
        if !units.isEmpty {
            part.tables.append(Table(columns: ["code", "name", "flagged for", "anomalies", "incidents", "explanation"], rows: units.map { f in
                [.text(f.unit.code), .text(f.unit.name), .text(reasons(f)), .integer(Int64(f.anomalyIDs.count)), .text(incidents(f)), .text(explanation(f))]
            }))
        }
        if !below.isEmpty {
            part.tables.append(Table(columns: ["code", "name", "flagged for", "cause", "summary"], rows: below.map { f in
                [.text(f.unit.code), .text(f.unit.name), .text(reasons(f)), f.explanation?.causes.first.map { .term($0.cause.term) } ?? .empty,
                 .text(f.explanation?.summary ?? f.explanationFailure.map { t("could not be explained: \($0)", "không giải thích được: \($0)") } ?? t("not analysed yet", "chưa phân tích"))]
            }, notes: [t("\(below.count) communes flagged inside the \(unitsWord), each with its most likely cause and its fall; the evidence for one: uptake explain --locality CODE --period \(report.period.label)",
                         "\(below.count) xã, phường cần lưu ý thuộc các \(unitsWord), mỗi đơn vị kèm nguyên nhân khả dĩ nhất và mức giảm; bằng chứng chi tiết của từng đơn vị: uptake explain --locality MÃ --period \(report.period.label)")]))
        }
        return part
    }

    func reasons(_ f: FlaggedLocality) -> String { f.reasons.map { $0.term.text(language) }.joined(separator: ", ") }

    /// The first three incidents recorded at the place, and how many more.
    func incidents(_ f: FlaggedLocality) -> String {
        var text = f.incidents.prefix(3).map { i in
            "\(i.system.term.text(language)) \(i.kind.term.text(language)) \(t("from", "từ")) \(Day(iso: i.start.prefix(10)).map(n.date) ?? String(i.start.prefix(10)))"
        }.joined(separator: "; ")
        if f.incidents.count > 3 { text += t("; and \(f.incidents.count - 3) more", "; và \(f.incidents.count - 3) sự cố khác") }
        return text.isEmpty ? t("none recorded", "không ghi nhận") : text
    }

    /// Each cause, then its evidence as the sentences the explainer wrote.
    func explanation(_ f: FlaggedLocality) -> String {
        f.explanation.map { e in
            e.causes.map { c in c.cause.term.text(language) + ": " + c.evidence.joined(separator: " ") }.joined(separator: " ")
        } ?? f.explanationFailure.map { t("could not be explained: \($0)", "không giải thích được: \($0)") } ?? t("not analysed yet", "chưa phân tích")
    }

    func readiness() -> ReportPart {
        var part = ReportPart(id: "readiness", title: t("Readiness gaps", "Điều kiện bảo đảm còn thiếu"))
        guard let r = report.readinessGaps.content else {
            if case .missing(let gap) = report.readinessGaps { part.gap = sentence(gap, what: ("readiness summary", "tổng hợp điều kiện bảo đảm")) }
            return part
        }
        let share = n.percent(Double(r.meetingAll) / Double(max(r.communes, 1)), 1)
        part.paragraphs.append(t(
            "As of \(r.asOf), \(n.integer(r.meetingAll)) of \(n.integer(r.communes)) communes (\(share)) meet every basic requirement"
                + (r.criteria.first.map { "; the weakest criterion is \($0.criterion.term.en) (\(n.percent($0.share, 1)))." } ?? "."),
            "Đến ngày \(n.date(r.asOf)), \(n.integer(r.meetingAll)) trên \(n.integer(r.communes)) xã, phường (\(share)) đáp ứng đủ mọi yêu cầu cơ bản"
                + (r.criteria.first.map { "; tiêu chí đạt thấp nhất là \($0.criterion.term.vi) (\(n.percent($0.share, 1)))." } ?? ".")))
        part.tables.append(Table(columns: ["criterion", "communes meeting it"], rows: r.criteria.map { [.term($0.criterion.term), .percent($0.share, digits: 1)] }))
        if !r.furthestBehind.isEmpty {
            part.tables.append(Table(columns: ["code", "name", "communes", "unreported", "meeting all", "share", "weakest criterion"], rows: r.furthestBehind.map { g in
                [.text(g.unit.code), .text(g.unit.name), .integer(Int64(g.communes)), .integer(Int64(g.unreported)), .integer(Int64(g.meetingAll)),
                 .percent(Double(g.meetingAll) / Double(max(g.communes, 1)), digits: 1),
                 .text(g.weakest.map { "\($0.criterion.term.text(language)) (\(n.percent($0.share, 1)))" } ?? "–")]
            }, notes: [t("the \(r.furthestBehind.count) provinces with the smallest share of communes meeting every basic requirement; a commune without any readiness report counts as not meeting it",
                         "\(r.furthestBehind.count) tỉnh, thành phố có tỷ lệ xã, phường đáp ứng đủ yêu cầu cơ bản thấp nhất; xã chưa có báo cáo nào được tính là chưa đáp ứng")]))
        }
        return part
    }

    func greenVersusReality() -> ReportPart {
        var part = ReportPart(id: "green-versus-reality", title: t("Green versus reality", "Màu xanh trên bản đồ và thực tế"))
        guard let rows = report.greenVersusReality.content else {
            if case .missing(let gap) = report.greenVersusReality {
                part.gap = gap == .noneFound
                    ? t("No \(unitWord) reported green has an online-submission rate significantly below its peers' in \(period).",
                        "Không có \(unitWord) nào tự đánh giá màu xanh mà tỷ lệ hồ sơ trực tuyến thấp hơn mặt bằng chung có ý nghĩa thống kê trong \(period).")
                    : sentence(gap, what: ("comparison of reported colours with rates", "đối chiếu màu tự đánh giá với tỷ lệ thực tế"))
            }
            return part
        }
        part.paragraphs.append(t("Reported green on the readiness map, yet lagging its peers on online submission in \(period) (funnel, q ≤ 0.05):",
                                 "Tự đánh giá màu xanh trên bản đồ, nhưng tỷ lệ hồ sơ trực tuyến thấp hơn mặt bằng chung trong \(period) (biểu đồ phễu, q ≤ \(n.decimal(0.05, 2))):"))
        part.tables.append(Table(columns: ["code", "name", "online_submission", "peers", "q"], rows: rows.map { g in
            [.text(g.unit.code), .text(g.unit.name), .percent(g.rate, digits: 2), .percent(g.target, digits: 2), .pValue(g.qValue)]
        }))
        return part
    }
}
