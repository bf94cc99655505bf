import UptakeAnalysis
import UptakeCore

/// The page that opens the report: the month against last year in one sentence (or one line saying
/// there is no last year), the month in five numbers, then at most three things to act on,
/// each with the figures behind it and the part that holds the detail. Every sentence states only
/// what the report's own figures show (a fall is called a fall only when its test says so).
extension ReportParts {
    func brief() -> ReportPart {
        var part = ReportPart(id: "brief", title: t("The month in brief", "Tóm tắt tháng"))
        guard let s = report.summary.content else {
            if case .missing(let gap) = report.summary { part.gap = sentence(gap, what: ("summary", "phần tóm tắt")) }
            return part
        }
        // Last year first: the paragraph before the table leads into it.
        if let lastYear = yearOverYearBrief() { part.paragraphs.append(lastYear) }
        part.paragraphs.append(t("\(scopeName) in \(period), in five numbers (changes against \(baseline)):",
                                 "\(scopeName) \(period) qua năm con số (thay đổi so với \(baseline)):"))
        part.tables.append(Table(columns: ["measure", report.period.label, "change"], rows: fiveNumbers(s)))
        part.actions = Array(actions(s).prefix(3))
        if part.actions.isEmpty {
            part.paragraphs.append(t("Nothing in this month's figures calls for action: no \(unitWord) lags its peers, none of the clearest changes in applications is a significant fall, "
                                        + "no unit shown green lags and every readiness criterion is met by at least 90% of communes.",
                                     "Số liệu tháng này không có điểm cần xử lý: không \(unitWord) nào thấp hơn mặt bằng chung, không thay đổi rõ nhất nào về số hồ sơ là mức giảm có ý nghĩa thống kê, "
                                        + "không đơn vị tô xanh nào bị tụt hậu và mọi tiêu chí điều kiện bảo đảm đều đạt ở ít nhất 90% xã, phường."))
        }
        return part
    }

    /// Applications, the two online rates, the units lagging, the communes meeting the basic requirements.
    func fiveNumbers(_ s: ReportSummary) -> [[Cell]] {
        var rows: [[Cell]] = [[.text(t("applications received", "hồ sơ tiếp nhận")), .integer(s.received.current),
                               .text(t("\(n.change(s.received.relativeChange)) per working day (\(verdict(s.received.significant)))",
                                       "\(n.change(s.received.relativeChange)) bình quân ngày làm việc (\(verdict(s.received.significant)))"))]]
        for metric in [Metric.onlineSubmission, .onlineResult] {
            guard let r = s.rates.first(where: { $0.metric == metric }) else { continue }
            rows.append([.term(metric.term), .percent(r.current, 2), .text("\(n.points(r.change)) (\(verdict(r.significant)))")])
        }
        if let ranked = report.ranking.content {
            let lagging = ranked.filter(\.lagging).count
            rows.append([.text(t("\(unitsWord) lagging their peers", "\(unitsWord) thấp hơn mặt bằng chung")),
                         .text(t("\(lagging) of \(ranked.count)", "\(lagging)/\(ranked.count)")), .empty])
        }
        if let r = report.readinessGaps.content {
            rows.append([.text(t("communes meeting every basic requirement", "xã, phường đáp ứng đủ yêu cầu cơ bản")),
                         .percent(Double(r.meetingAll) / Double(max(r.communes, 1)), 1),
                         .text(t("\(n.integer(r.meetingAll)) of \(n.integer(r.communes))", "\(n.integer(r.meetingAll))/\(n.integer(r.communes))"))])
        }
        return rows
    }

    /// In order of weight: the lowest unit when it lags, the clearest significant fall in
    /// applications, units reported green that lag, the weakest readiness criterion.
    func actions(_ s: ReportSummary) -> [ReportAction] {
        var out: [ReportAction] = []
        let titles = Dictionary(all().map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        func action(_ text: String, _ part: String) { out.append(ReportAction(text: text, part: part, partTitle: titles[part] ?? part)) }

        if let ranked = report.ranking.content, let lowest = ranked.last, lowest.lagging, let rate = lowest.rate.current {
            let target = report.funnel.content.map { n.percent($0.target) }
            action(t("\(lowest.unit.name) has the lowest online-submission rate of the \(ranked.count) \(unitsWord): \(n.percent(rate)) "
                        + "(95% interval \(n.percent(lowest.rate.currentLow))–\(n.percent(lowest.rate.currentHigh)))"
                        + (target.map { " against the peers' \($0)" } ?? "") + ", lagging its peers beyond chance.",
                     "\(lowest.unit.name) có tỷ lệ hồ sơ trực tuyến thấp nhất trong \(ranked.count) \(unitsWord): \(n.percent(rate)) "
                        + "(khoảng tin cậy 95%: \(n.percent(lowest.rate.currentLow))–\(n.percent(lowest.rate.currentHigh)))"
                        + (target.map { " so với mức chung \($0)" } ?? "") + ", thấp hơn mặt bằng chung không phải do ngẫu nhiên."), "ranking")
        }
        if let fall = report.changedMost.content?.filter({ $0.significant == true && ($0.relativeChange ?? 0) < 0 })
            .min(by: { ($0.relativeChange ?? 0) < ($1.relativeChange ?? 0) }), let change = fall.relativeChange {
            action(t("\(fall.unit.name) received \(n.percent(-change, 1)) fewer applications per working day in \(period) than in \(baseline), "
                        + "a significant fall (quasi-Poisson test, p \(pText(fall.pValue))).",
                     "\(fall.unit.name) tiếp nhận ít hơn \(n.percent(-change, 1)) hồ sơ bình quân ngày làm việc trong \(period) so với \(baseline), "
                        + "mức giảm có ý nghĩa thống kê (kiểm định quasi-Poisson, p \(pText(fall.pValue)))."), "series")
        }
        if let green = report.greenVersusReality.content, !green.isEmpty {
            let names = green.prefix(3).map { "\($0.unit.name) (\(n.percent($0.rate)))" }.joined(separator: ", ")
            let more = green.count > 3 ? t(" and \(green.count - 3) more", " và \(green.count - 3) đơn vị khác") : ""
            action(t("\(green.count) \(green.count == 1 ? unitWord : unitsWord) shown green on the map lag their peers on online submission: \(names)\(more).",
                     "\(green.count) \(unitsWord) được tô xanh trên bản đồ nhưng tỷ lệ hồ sơ trực tuyến thấp hơn mặt bằng chung: \(names)\(more)."), "green-versus-reality")
        }
        if let r = report.readinessGaps.content, let weakest = r.criteria.first, weakest.share < 0.9 {
            action(t("Only \(n.percent(weakest.share, 1)) of communes have \(weakest.criterion.term.en), the weakest readiness criterion; "
                        + "\(n.integer(r.meetingAll)) of \(n.integer(r.communes)) communes meet every basic requirement.",
                     "Chỉ \(n.percent(weakest.share, 1)) xã, phường đạt tiêu chí \(weakest.criterion.term.vi), tiêu chí đạt thấp nhất; "
                        + "\(n.integer(r.meetingAll))/\(n.integer(r.communes)) xã, phường đáp ứng đủ yêu cầu cơ bản."), "readiness")
        }
        return out
    }

    /// `< 0.0001` or `= 0.0123`, after a `p`.
    func pText(_ p: Double?) -> String {
        guard let p else { return "–" }
        return p < 0.0001 ? "< \(n.decimal(0.0001, 4))" : "= \(n.decimal(p, 4))"
    }
}
