import UptakeAnalysis
import UptakeCore

/// The brief's sentence on last year: the scope's applications per working day and online share
/// against the same days a year before, each change with its 95% interval. The words follow the
/// interval: "higher" or "lower" only when it excludes no change, else "no clear change"; a change
/// without an interval gets no word. Without last year's data, one line saying so, as the
/// year-over-year part says it.
extension ReportParts {
    func yearOverYearBrief() -> String? {
        guard let y = report.yearOverYear.content, let head = y.rows.first else {
            guard case .missing(.noBaselineData) = report.yearOverYear else { return nil }
            return t("No year-over-year comparison: the database holds no applications for \(scopeName) in \(lastYear).",
                     "Không có so sánh với cùng kỳ năm trước: cơ sở dữ liệu không có hồ sơ nào của \(scopeName) trong \(lastYear).")
        }
        let v = head.received, r = head.rate
        let volume = movement(v.relativeChange, v.relativeChangeLow, v.relativeChangeHigh, size: { n.percent(abs($0), 1) }, bound: { n.change($0) })
        let rate = movement(r.change, r.changeLow, r.changeHigh, size: { points(abs($0)) }, bound: { n.points($0) })
        return t("Against \(lastYear), \(scopeName) received \(n.decimal(v.currentPerWorkingDay)) applications per working day in \(period) and "
                    + "\(n.decimal(v.baselinePerWorkingDay)) a year before (each year by its own calendar): \(volume); "
                    + "online submission \(n.percent(r.current)) against \(n.percent(r.baseline)): \(rate).",
                 "So với \(lastYear), \(scopeName) tiếp nhận bình quân \(n.decimal(v.currentPerWorkingDay)) hồ sơ mỗi ngày làm việc trong \(period) và "
                    + "\(n.decimal(v.baselinePerWorkingDay)) cùng kỳ năm trước (mỗi năm theo lịch của năm đó): \(volume); "
                    + "tỷ lệ hồ sơ trực tuyến \(n.percent(r.current)) so với \(n.percent(r.baseline)): \(rate).")
    }

    /// `12.2% higher (95% interval +8.1% to +16.4%)`, `no clear change (−3.0%; 95% interval …)`.
    func movement(_ change: Double?, _ low: Double?, _ high: Double?, size: (Double) -> String, bound: (Double) -> String) -> String {
        guard let change else { return "–" }
        guard let low, let high else { return bound(change) }
        let interval = t("95% interval \(bound(low)) to \(bound(high))", "khoảng tin cậy 95%: \(bound(low)) đến \(bound(high))")
        if low > 0 { return t("\(size(change)) higher (\(interval))", "cao hơn \(size(change)) (\(interval))") }
        if high < 0 { return t("\(size(change)) lower (\(interval))", "thấp hơn \(size(change)) (\(interval))") }
        return t("no clear change (\(bound(change)); \(interval))", "không có thay đổi rõ rệt (\(bound(change)); \(interval))")
    }

    /// An unsigned difference in points: `1.05 pp` / `1,05 điểm %`.
    func points(_ d: Double) -> String { n.decimal(d * 100, 2) + t(" pp", " điểm %") }
}
