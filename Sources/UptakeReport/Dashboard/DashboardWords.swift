import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI

/// The dashboard's own words (labels, headings, short verdicts) in English and Vietnamese, each an
/// inline pair so a label cannot exist in one language only. Terms (indicators, sectors, colours,
/// causes, kinds) come from ``Glossary``; numbers and dates from ``Language/numbers``.
struct DashboardWords {
    let language: Language

    init(_ language: Language) { self.language = language }

    private func t(_ en: String, _ vi: String) -> String { language.pick(en: en, vi: vi) }

    // Navigation and form.
    var allProvinces: String { t("All provinces", "Tất cả tỉnh, thành phố") }
    var alerts: String { t("Alerts", "Cảnh báo") }
    var languageSwitch: String { t("Language", "Ngôn ngữ") }
    var indicator: String { t("Indicator", "Chỉ tiêu") }
    var level: String { t("Level", "Cấp") }
    var parent: String { t("Province", "Tỉnh, thành phố") }
    var parentPlaceholder: String { t("code or name", "mã hoặc tên") }
    var period: String { t("Period", "Kỳ") }
    var periodPlaceholder: String { t("2025-07", "2025-07") }
    var sector: String { t("Sectors", "Lĩnh vực") }
    var show: String { t("Show", "Xem") }
    var comparedWith: String { t("Compared with", "So sánh với") }
    /// The baseline's choices, both languages (the form's options are terms).
    var previousChoice: (en: String, vi: String) { ("the previous period", "kỳ trước") }
    var lastYearChoice: (en: String, vi: String) { ("the same period last year", "cùng kỳ năm trước") }

    // The home's table.
    var rank: String { t("Rank", "Hạng") }
    var locality: String { t("Locality", "Địa bàn") }
    var rate: String { t("Rate", "Tỷ lệ") }
    var volume: String { t("Applications", "Số hồ sơ") }
    var interval: String { t("95% interval", "Khoảng tin cậy 95%") }
    var previous: String { t("Previous period", "Kỳ trước") }
    var sameTimeLastYear: String { t("Same period last year", "Cùng kỳ năm trước") }
    /// The baseline's heading: the previous period, or last year.
    func baseline(lastYear: Bool) -> String { lastYear ? sameTimeLastYear : previous }
    var change: String { t("Change", "Thay đổi") }
    var mapColour: String { t("Map colour", "Màu trên bản đồ") }
    var applications: String { t("Applications", "Số hồ sơ") }
    var lagging: String { t("lagging its peers", "tụt hậu so với mặt bằng") }
    var noData: String { t("no data", "không có số liệu") }
    var notReported: String { t("not reported", "chưa báo cáo") }
    var map: String { t("Map", "Bản đồ") }

    func comparedWith(_ baseline: String, lastYear: Bool = false) -> String {
        guard lastYear else {
            return t("Each period is compared with the one before it (\(baseline)); a change is marked when the test that compare and the monthly report use finds it significant at 5%.",
                     "Mỗi kỳ được so sánh với kỳ trước (\(baseline)); thay đổi được đánh dấu khi kiểm định (như lệnh so sánh và báo cáo tháng) cho kết quả có ý nghĩa thống kê ở mức 5%.")
        }
        return t("Each period is compared with the same days a year before (\(baseline)), each year's working days by its own calendar and data filed before the 2025 reform counted in today's units; "
                     + "a change is marked when the test that compare --baseline last-year and the monthly report use finds it significant at 5%.",
                 "Mỗi kỳ được so sánh với cùng kỳ năm trước (\(baseline)), số ngày làm việc của mỗi năm theo lịch của năm đó, số liệu trước khi sắp xếp đơn vị hành chính năm 2025 được tính theo đơn vị hiện nay; "
                     + "thay đổi được đánh dấu khi kiểm định (như lệnh so sánh với cùng kỳ năm trước và báo cáo tháng) cho kết quả có ý nghĩa thống kê ở mức 5%.")
    }

    func laggingCount(_ n: Int, of total: Int) -> String {
        let numbers = language.numbers
        guard n > 0 else {
            return t("None of the \(numbers.integer(total)) lags its peers given its volume.",
                     "Không địa bàn nào trong \(numbers.integer(total)) địa bàn tụt hậu so với mặt bằng khi tính đến số hồ sơ.")
        }
        return t("\(numbers.integer(n)) of \(numbers.integer(total)) lag their peers given their volume (highlighted).",
                 "\(numbers.integer(n)) trên \(numbers.integer(total)) địa bàn tụt hậu so với mặt bằng khi tính đến số hồ sơ (được tô nổi).")
    }

    func withoutData(_ period: String, _ names: [String]) -> String {
        t("No data in \(period): \(names.joined(separator: ", ")).", "Không có số liệu trong \(period): \(names.joined(separator: ", ")).")
    }

    // Verdicts on a change, from its test.
    var significantFall: String { t("significant fall", "giảm có ý nghĩa thống kê") }
    var significantRise: String { t("significant rise", "tăng có ý nghĩa thống kê") }
    var noSignificantChange: String { t("no significant change", "không thay đổi có ý nghĩa thống kê") }
    var untested: String { t("not tested", "không kiểm định được") }

    // A locality's page.
    var thisPeriod: String { t("This period", "Kỳ này") }
    var workingDays: String { t("Working days", "Số ngày làm việc") }
    var perWorkingDay: String { t("per working day", "mỗi ngày làm việc") }
    var anomalies: String { t("Anomalies", "Bất thường") }
    var anomaly: String { t("anomaly", "bất thường") }
    var explanation: String { t("What explains it", "Nguyên nhân") }
    var sevenDayMean: String { t("7-day mean", "trung bình 7 ngày") }
    var anomalyID: String { t("Id", "Mã") }
    var kind: String { t("Kind", "Loại") }
    var start: String { t("Start", "Bắt đầu") }
    var end: String { t("End", "Kết thúc") }
    var days: String { t("Working days", "Số ngày làm việc") }
    var observed: String { t("Observed", "Thực tế") }
    var expected: String { t("Expected", "Dự kiến") }
    var score: String { t("score", "điểm") }
    var noDailySeries: String { t("This indicator has no daily series to scan.", "Chỉ tiêu này không có chuỗi số liệu theo ngày để rà soát.") }
    var explainSeparately: String {
        t("Indicator 3.3 multiplies two rates: see the online-submission and synchronisation rates for what explains it.",
          "Chỉ số 3.3 là tích của hai tỷ lệ: xem nguyên nhân ở tỷ lệ hồ sơ trực tuyến và tỷ lệ đồng bộ hồ sơ.")
    }
    func noAnomaly(_ period: String) -> String { t("No anomaly in \(period).", "Không có bất thường trong \(period).") }
    func noScan(_ why: String) -> String { t("No anomaly scan: \(why)", "Không rà soát được bất thường: \(why)") }
    func noExplanation(_ why: String) -> String { t("No explanation: \(why)", "Không xác định được nguyên nhân: \(why)") }
    func seriesDescription(_ metric: String, _ place: String, _ current: String) -> String {
        t("Daily \(metric) of \(place) over \(current), with the 7-day mean.", "\(metric) theo ngày của \(place) trong \(current), kèm trung bình 7 ngày.")
    }
    func seriesDescription(_ metric: String, _ place: String, _ previous: String, _ current: String) -> String {
        t("Daily \(metric) of \(place) over \(previous) (shaded) and \(current), with the 7-day mean.",
          "\(metric) theo ngày của \(place) trong \(previous) (vùng tô xám) và \(current), kèm trung bình 7 ngày.")
    }
    func chartDescription(_ metric: String, _ current: String, _ previous: String) -> String {
        t("Each unit's \(metric) in \(current) with its 95% interval, beside \(previous).",
          "\(metric) của từng địa bàn trong \(current) với khoảng tin cậy 95%, bên cạnh \(previous).")
    }

    // The alerts page.
    func lastEvaluated(_ day: String) -> String { t("Last evaluated \(day) (uptake alerts check).", "Lần đánh giá gần nhất: \(day) (uptake alerts check).") }
    var neverEvaluated: String { t("Never evaluated: run uptake alerts check.", "Chưa đánh giá lần nào: chạy uptake alerts check.") }
    var hideInactive: String { t("Hide the inactive", "Ẩn cảnh báo đã kết thúc") }
    var showInactive: String { t("Show the inactive too", "Hiện cả cảnh báo đã kết thúc") }
    var noAlert: String { t("No alert.", "Không có cảnh báo.") }
    var alertStateHeader: String { t("State", "Trạng thái") }
    var sectorHeader: String { t("Sector", "Lĩnh vực") }
    var rule: String { t("Rule", "Quy tắc") }
    var since: String { t("Since", "Từ ngày") }
    var lastActive: String { t("Last seen", "Lần cuối ghi nhận") }
    var resolvedOn: String { t("Resolved on", "Kết thúc ngày") }
    var summary: String { t("Summary", "Tóm tắt") }
    var silenced: String { t("silenced", "đã tạm tắt") }
    var inhibited: String { t("held by another alert", "bị cảnh báo khác che") }

    func alertState(_ status: AlertStatus) -> String {
        switch status {
        case .firing: t("firing", "đang cảnh báo")
        case .pending: t("pending", "chờ xác nhận")
        case .resolved: t("resolved", "đã kết thúc")
        case .inactive: t("inactive", "không hoạt động")
        }
    }

    /// The verdict on a tested change: the same test `compare` and the report use.
    func verdict(_ change: UnitChange?) -> String {
        guard let change, change.significant != nil else { return untested }
        switch change.fell {
        case true?: return significantFall
        case false?: return significantRise
        case nil: return noSignificantChange
        }
    }

    /// `text` with its first letter in capitals (a glossary term opening a heading).
    static func opening(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
