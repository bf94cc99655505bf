import UptakeAnalysis
import UptakeCore

extension Vietnamese {
    /// `gap`'s summary and sentences in Vietnamese, stating what ``English/worded(_:)`` states:
    /// "Hà Nội (01): tỷ lệ hồ sơ trực tuyến 32,73 % so với Việt Nam (VN) 45,10 % trong kỳ …: -12,37 điểm %
    /// (khoảng tin cậy 95 %: từ … đến …; p < 0,0001)." and "Thanh Xuân khiến Hà Nội mất 0,74 điểm %: 1.094 hồ sơ
    /// lẽ ra đã được nộp trực tuyến nếu đạt tỷ lệ toàn quốc."
    static func worded(_ g: GapResult) -> GapResult {
        var out = g
        out.summary = "\(g.name) (\(g.locality)): \(g.metric.term.vi) \(percent(g.rate, 2)) so với \(g.versusName) (\(g.versus)) \(percent(g.versusRate, 2)) "
            + "trong \(period(DayRange(first: g.start, last: g.end))): \(signedPoints(g.difference)) (\(interval(signedPoints(g.low), signedPoints(g.high))); \(p(g.pValue)))"
            + (g.high < 0 || g.low > 0 ? "." : "; khác biệt không có ý nghĩa thống kê.")
        let versus = g.versus == Locality.nationCode ? "tỷ lệ toàn quốc" : "tỷ lệ của \(g.versusName)"
        out.sentences = g.contributors.filter { $0.dimension == .locality && $0.contribution < 0 }.prefix(3).map { c in
            "\(c.name ?? c.locality ?? "") khiến \(g.name) mất \(points(c.contribution)): \(count(c.shortfall ?? 0)) hồ sơ lẽ ra đã "
                + "\(success(g.metric)) nếu đạt \(versus)."
        }
        return out
    }

    /// What the rate's numerator counts, as a participle: "được nộp trực tuyến" for online submission.
    static func success(_ m: Metric) -> String {
        switch m {
        case .onlineSubmission: "được nộp trực tuyến"
        case .onlineResult: "được trả kết quả trực tuyến"
        case .sync: "được đồng bộ"
        case .onTime: "được giải quyết đúng hạn"
        default: "được tính"
        }
    }
}
