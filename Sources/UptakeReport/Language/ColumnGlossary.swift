import Foundation
import UptakeCore

/// Table headers as a reader sees them. Columns keep the data contract's names in CSV and JSON (and in
/// an analyst's table); a reader of English or Vietnamese gets words. A column named by a period
/// (`2025-07`, `2025-07-01..2025-07-31`) is the period in the language's date style.
public enum ColumnGlossary {
    /// `column` as a reader of `language` reads it; as it is for an analyst (`nil`) or when it has no
    /// entry (a test lists the report's and the table commands' columns and fails on any without one).
    public static func header(_ column: String, in language: Language?) -> String {
        guard let language else { return column }
        if let term = terms[column] { return term.text(language) }
        if let criterion = ReadinessCriterion(rawValue: column) { return criterion.term.text(language) }
        if let period = PeriodLabel(column) { return period.text(language) }
        // `90% interval`: compare's interval at a level other than 95% (--alpha), worded as the 95% one.
        if column.hasSuffix("% interval"), let level = Double(column.dropLast("% interval".count)) {
            return language.pick(en: column, vi: "khoảng tin cậy \(language.numbers.decimal(level, level.rounded() == level ? 0 : 1))%")
        }
        // `2025-06 received`, `2025-06 /wd`: a period, then what is counted in it.
        if let space = column.firstIndex(of: " "), let period = PeriodLabel(String(column[..<space])),
           let term = terms[String(column[column.index(after: space)...])] {
            return period.text(language) + ": " + term.text(language)
        }
        return column
    }

    /// Whether a reader of Vietnamese gets words for `column`.
    public static func isTranslated(_ column: String) -> Bool { header(column, in: .vi) != column }

    static let terms: [String: Term] = Dictionary(uniqueKeysWithValues: list.map { ($0.id, $0) })

    static let list: [Term] = [
        Term("rank", en: "rank", vi: "xếp hạng"),
        Term("code", en: "code", vi: "mã"),
        Term("name", en: "name", vi: "tên"),
        Term("full_name", en: "full name", vi: "tên đầy đủ"),
        Term("name_en", en: "name without diacritics", vi: "tên không dấu"),
        Term("locality", en: "locality code", vi: "mã địa bàn"),
        Term("level", en: "level", vi: "cấp"),
        Term("unit_type", en: "unit type", vi: "loại đơn vị"),
        Term("parent_code", en: "province code", vi: "mã tỉnh"),
        Term("province", en: "province code", vi: "mã tỉnh"),
        Term("province_name", en: "province", vi: "tỉnh, thành phố"),
        Term("sector", en: "sector", vi: "lĩnh vực"),
        Term("metric", en: "indicator", vi: "chỉ tiêu"),
        Term("measure", en: "measure", vi: "chỉ tiêu"),
        Term("period", en: "period", vi: "kỳ"),
        Term("from", en: "from", vi: "từ ngày"),
        Term("to", en: "to", vi: "đến ngày"),
        Term("date", en: "date", vi: "ngày"),
        Term("day", en: "kind of day", vi: "loại ngày"),
        Term("week", en: "week", vi: "tuần"),
        Term("start", en: "start", vi: "bắt đầu"),
        Term("end", en: "end", vi: "kết thúc"),
        Term("days", en: "days", vi: "số ngày"),
        Term("working_days", en: "working days", vi: "số ngày làm việc"),
        Term("received", en: "applications received", vi: "hồ sơ tiếp nhận"),
        Term("received_online", en: "submitted online", vi: "hồ sơ trực tuyến"),
        Term("resolved", en: "resolved", vi: "hồ sơ đã giải quyết"),
        Term("results_online", en: "results returned online", vi: "trả kết quả trực tuyến"),
        Term("per_working_day", en: "per working day", vi: "bình quân ngày làm việc"),
        Term("online_submission", en: "online-submission rate", vi: "tỷ lệ hồ sơ trực tuyến"),
        Term("online_rate", en: "online-submission rate", vi: "tỷ lệ hồ sơ trực tuyến"),
        Term("online_result_rate", en: "online-result rate", vi: "tỷ lệ trả kết quả trực tuyến"),
        Term("nation_rate", en: "national rate", vi: "tỷ lệ toàn quốc"),
        Term("rate", en: "rate", vi: "tỷ lệ"),
        Term("value", en: "value", vi: "giá trị"),
        Term("low", en: "95% low", vi: "cận dưới 95%"),
        Term("high", en: "95% high", vi: "cận trên 95%"),
        Term("95% interval", en: "95% interval", vi: "khoảng tin cậy 95%"),
        Term("relative", en: "relative change", vi: "thay đổi tương đối"),
        Term("baseline", en: "baseline", vi: "kỳ so sánh"),
        Term("current", en: "current", vi: "kỳ hiện tại"),
        Term("reference", en: "reference", vi: "mức tham chiếu"),
        Term("test", en: "test", vi: "kiểm định"),
        Term("significant", en: "significant", vi: "có ý nghĩa thống kê"),
        Term("p", en: "p", vi: "p"),
        Term("q", en: "q (false-discovery adjusted)", vi: "q (hiệu chỉnh phát hiện sai)"),
        Term("z", en: "z", vi: "z"),
        Term("map colour", en: "map colour", vi: "màu trên bản đồ"),
        Term("map_class", en: "map class", vi: "nhóm trên bản đồ"),
        Term("latitude", en: "latitude", vi: "vĩ độ"),
        Term("longitude", en: "longitude", vi: "kinh độ"),
        Term("lagging", en: "lagging its peers", vi: "tụt hậu so với mặt bằng"),
        Term("numerator", en: "numerator", vi: "tử số"),
        Term("denominator", en: "denominator", vi: "mẫu số"),
        Term("shrunk", en: "adjusted rate", vi: "tỷ lệ hiệu chỉnh"),
        Term("shrunk_low", en: "adjusted 95% low", vi: "cận dưới 95% (hiệu chỉnh)"),
        Term("shrunk_high", en: "adjusted 95% high", vi: "cận trên 95% (hiệu chỉnh)"),
        Term("limit_95_low", en: "95% lower limit", vi: "giới hạn dưới 95%"),
        Term("limit_998_low", en: "99.8% lower limit", vi: "giới hạn dưới 99,8%"),
        Term("id", en: "id", vi: "mã"),
        Term("kind", en: "kind", vi: "loại"),
        Term("severity", en: "severity", vi: "mức độ"),
        Term("score", en: "score", vi: "điểm"),
        Term("observed", en: "observed", vi: "thực tế"),
        Term("expected", en: "expected", vi: "dự kiến"),
        Term("direction", en: "direction", vi: "chiều"),
        Term("anomalies", en: "anomalies", vi: "bất thường"),
        Term("incidents", en: "incidents", vi: "sự cố"),
        Term("incident_kinds", en: "incident kinds", vi: "loại sự cố"),
        Term("readiness_unmet", en: "readiness criteria not met", vi: "tiêu chí chưa đạt"),
        Term("readiness_unmet_communes", en: "communes not meeting them", vi: "số xã chưa đạt"),
        Term("explanation", en: "explanation", vi: "giải thích"),
        Term("evidence", en: "evidence", vi: "bằng chứng"),
        Term("summary", en: "summary", vi: "tóm tắt"),
        Term("communes", en: "communes", vi: "số xã, phường"),
        Term("unreported", en: "not reported", vi: "chưa báo cáo"),
        Term("criterion", en: "criterion", vi: "tiêu chí"),
        Term("communes meeting it", en: "communes meeting it", vi: "số xã đạt"),
        Term("share", en: "share", vi: "tỷ lệ"),
        Term("meeting all", en: "meeting all", vi: "đạt tất cả"),
        Term("weakest criterion", en: "weakest criterion", vi: "tiêu chí yếu nhất"),
        Term("basic", en: "meeting the basic requirements", vi: "đạt yêu cầu cơ bản"),
        Term("basic_share", en: "share meeting the basic requirements", vi: "tỷ lệ đạt yêu cầu cơ bản"),
        Term("green", en: "green", vi: "xanh"),
        Term("green_share", en: "share green", vi: "tỷ lệ màu xanh"),
        Term("status", en: "status", vi: "trạng thái"),
        Term("dimension", en: "by", vi: "theo"),
        Term("contribution", en: "contribution", vi: "đóng góp"),
        Term("shortfall", en: "shortfall (applications)", vi: "số hồ sơ thiếu hụt"),
        Term("surprise", en: "surprise", vi: "mức bất ngờ"),
        Term("selected", en: "selected", vi: "được chọn"),
        Term("within", en: "within-group change", vi: "thay đổi trong nhóm"),
        Term("mix", en: "mix change", vi: "thay đổi cơ cấu"),
        Term("peers", en: "peers", vi: "đơn vị cùng nhóm"),
        Term("trend", en: "trend", vi: "xu hướng"),
        Term("slope_per_30_days", en: "slope per 30 days", vi: "độ dốc mỗi 30 ngày"),
        Term("moving_average_7", en: "7-day average", vi: "trung bình 7 ngày"),
        Term("moving_average_28", en: "28-day average", vi: "trung bình 28 ngày"),
        Term("rule", en: "rule", vi: "quy tắc"),
        Term("firing", en: "firing", vi: "đang cảnh báo"),
        Term("firing_since", en: "firing since", vi: "cảnh báo từ"),
        Term("notified", en: "notified", vi: "đã thông báo"),
        Term("state", en: "state", vi: "trạng thái"),
        Term("total", en: "total", vi: "tổng"),
        Term("members", en: "communes in the event", vi: "số xã trong sự kiện"),
        Term("flagged for", en: "flagged for", vi: "lý do lưu ý"),
        Term("cause", en: "most likely cause", vi: "nguyên nhân khả dĩ nhất"),
        Term("mark", en: "mark", vi: "ghi chú"),
        Term("/wd", en: "per working day", vi: "bình quân ngày làm việc"),
        Term("change /wd", en: "change per working day", vi: "thay đổi bình quân ngày làm việc"),
        Term("partial", en: "partial", vi: "chưa đủ kỳ"),
        Term("allocated", en: "rests in part on equal shares of a divided pre-reform unit", vi: "phân bổ ước tính"),
        Term("per_day", en: "per calendar day", vi: "bình quân ngày theo lịch"),
        Term("working_day", en: "working day", vi: "ngày làm việc"),
        Term("in_fit", en: "used in the fit", vi: "dùng để ước lượng"),
        Term("seasonal", en: "weekly pattern", vi: "thành phần theo thứ trong tuần"),
        Term("residual", en: "residual", vi: "phần dư"),
        Term("slope per 30 days", en: "slope per 30 days", vi: "độ dốc mỗi 30 ngày"),
        Term("Mann–Kendall p", en: "Mann–Kendall p", vi: "p (Mann–Kendall)"),
        Term("green_communes", en: "communes green", vi: "số xã xanh"),
        Term("results", en: "results returned", vi: "hồ sơ trả kết quả"),
        Term("poor", en: "poor in operation", vi: "vận hành kém"),
        Term("agreement", en: "colour against operation", vi: "đối chiếu màu với vận hành"),
        Term("held", en: "held", vi: "tạm giữ"),
        Term("active_since", en: "active since", vi: "bắt đầu từ"),
        Term("last_active", en: "last active", vi: "lần cuối"),
        Term("resolved_on", en: "resolved on", vi: "kết thúc ngày"),
        Term("received-online", en: "submitted online", vi: "hồ sơ trực tuyến"),
        Term("statistic", en: "statistic", vi: "thống kê"),
        Term("change", en: "change", vi: "thay đổi"),
        // uptake targets
        Term("indicator", en: "indicator", vi: "chỉ tiêu"),
        Term("scope", en: "applies to", vi: "phạm vi áp dụng"),
        Term("deadline", en: "deadline", vi: "thời hạn"),
        Term("target", en: "target", vi: "mục tiêu"),
        Term("month", en: "latest whole month", vi: "tháng gần nhất"),
        Term("rate_low", en: "rate 95% low", vi: "tỷ lệ: cận dưới 95%"),
        Term("rate_high", en: "rate 95% high", vi: "tỷ lệ: cận trên 95%"),
        Term("distance_pp", en: "distance to the target (points)", vi: "khoảng cách đến mục tiêu (điểm %)"),
        Term("months", en: "months in the trend", vi: "số tháng tính xu hướng"),
        Term("projected", en: "trend at the deadline", vi: "xu hướng tại thời hạn"),
        Term("projected_low", en: "trend at the deadline, 95% low", vi: "xu hướng tại thời hạn: cận dưới 95%"),
        Term("projected_high", en: "trend at the deadline, 95% high", vi: "xu hướng tại thời hạn: cận trên 95%"),
        Term("deadline_rate", en: "rate in the deadline's month", vi: "tỷ lệ tháng đến hạn"),
        Term("course", en: "course against the target", vi: "hướng so với mục tiêu"),
        Term("crossing", en: "month the trend crosses the target", vi: "tháng xu hướng chạm mục tiêu"),
        Term("crossing_low", en: "crossing, 95% earliest", vi: "chạm mục tiêu: sớm nhất (95%)"),
        Term("crossing_high", en: "crossing, 95% latest", vi: "chạm mục tiêu: muộn nhất (95%)"),
        Term("source", en: "source", vi: "nguồn"),
    ]
}

/// A period as a column names it: `2025-07`, `2025-07-31` or `2025-07-01..2025-07-31`.
struct PeriodLabel {
    let text: (Language) -> String

    init?(_ label: String) {
        let parts = label.components(separatedBy: "..")
        let days = parts.compactMap { Day(iso: $0) }
        if parts.count == 2, days.count == 2 {
            text = { $0.numbers.range(DayRange(first: days[0], last: days[1])) }
        } else if parts.count == 1, let day = days.first {
            text = { $0.numbers.date(day) }
        } else if parts.count == 1, label.count == 7, let y = Int(label.prefix(4)), label.dropFirst(4).first == "-", let m = Int(label.suffix(2)), (1...12).contains(m) {
            text = { $0.numbers.month(year: y, month: m) }
        } else {
            return nil
        }
    }
}
