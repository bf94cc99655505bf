import Foundation
import UptakeAnalysis
import UptakeCore

/// The output of `uptake targets`: one row per target and unit. Its words are the figures' own:
/// the status is the analysis's rule on the projection's interval, and the course says
/// not-at-this-trend only when the trend is below the target and not rising.
public struct TargetsReport: ResultRendering {
    public let result: TargetsResult

    public init(_ result: TargetsResult) { self.result = result }

    /// What `--format json` prints: the months the trends were fitted on, then the rows.
    public struct Body: Encodable, Sendable {
        public var asOf: Day
        public var firstMonth: String?
        public var lastMonth: String?
        public var targets: [TargetRow]
        public var unitsWithoutData: Int
        enum CodingKeys: String, CodingKey {
            case asOf = "as_of", firstMonth = "first_month", lastMonth = "last_month", targets, unitsWithoutData = "units_without_data"
        }
    }

    public var jsonBody: Body {
        Body(asOf: result.asOf, firstMonth: result.history.map { String($0.first.description.prefix(7)) },
             lastMonth: result.history.map { String($0.last.description.prefix(7)) }, targets: result.rows,
             unitsWithoutData: result.unitsWithoutData)
    }

    public var heading: String {
        guard let history = result.history else { return "no whole month of data up to \(result.asOf)\n\n" }
        let counts = TargetStatus.allCases.compactMap { status -> String? in
            let n = result.rows.filter { $0.status == status }.count
            return n > 0 ? "\(n) \(status.rawValue)" : nil
        }
        return "targets · trends on \(String(history.first.description.prefix(7)))..\(String(history.last.description.prefix(7))) · as of \(result.asOf) · "
            + (counts.isEmpty ? "no targets" : counts.joined(separator: ", ")) + "\n\n"
    }

    public func heading(in language: Language?) -> String {
        guard language == .vi else { return heading }
        let n = Language.vi.numbers
        guard let history = result.history else { return "chưa có tháng nào đủ số liệu đến ngày \(n.date(result.asOf))\n\n" }
        let counts = TargetStatus.allCases.compactMap { status -> String? in
            let k = result.rows.filter { $0.status == status }.count
            return k > 0 ? "\(n.integer(Int64(k))) \(status.term.vi)" : nil
        }
        func month(_ d: Day) -> String { n.month(year: d.year, month: d.components.1) }
        return "mục tiêu · xu hướng tính trên \(month(history.first))–\(month(history.last)) · đến ngày \(n.date(result.asOf)) · "
            + (counts.isEmpty ? "không có mục tiêu" : counts.joined(separator: ", ")) + "\n\n"
    }

    public var tables: [Table] { [table] }

    /// A scope as the targets file names it, in words for a reader.
    static func scope(_ s: TargetScope) -> Cell {
        switch s {
        case .national: .term(Term(s.description, en: "the nation", vi: "toàn quốc"))
        case .provinces: .term(Term(s.description, en: "each province", vi: "từng tỉnh, thành phố"))
        case .communes: .term(Term(s.description, en: "each commune", vi: "từng xã, phường"))
        case .locality: .text(s.description)
        }
    }

    var table: Table {
        let columns = ["indicator", "scope", "code", "name", "deadline", "target", "month", "rate", "rate_low", "rate_high", "distance_pp",
                       "months", "projected", "projected_low", "projected_high", "deadline_rate", "status", "course", "crossing", "crossing_low", "crossing_high", "source"]
        let rows = result.rows.map { r -> [Cell] in
            [.term(r.indicator.term), Self.scope(r.scope), .text(r.code), .text(r.name), .text(r.deadline.description),
             .percent(r.target, digits: 1), .text(r.month), .percent(r.rate, 1), .percent(r.rateLow, 1), .percent(r.rateHigh, 1),
             .number(r.distancePoints, 1), .integer(Int64(r.months)), .percent(r.projected, 1), .percent(r.projectedLow, 1), .percent(r.projectedHigh, 1),
             .percent(r.deadlineRate, 1), .term(r.status.term), r.course.map { .term($0.term) } ?? .empty, r.crossing.map(Cell.text) ?? .empty,
             r.crossingLow.map(Cell.text) ?? .empty,
             r.crossingHigh.map(Cell.text) ?? .empty, .text(r.source)]
        }
        var table = Table(columns: columns, rows: rows, notes: notes)
        table.notesVi = notesVi
        table.dataOnly = ["source"]
        return table
    }

    /// Each target's source once, in the order of the rows.
    var sources: [String] {
        var sources: [String] = []
        for r in result.rows where !sources.contains(r.source) { sources.append(r.source) }
        return sources
    }

    /// The notes for a reader of Vietnamese; each source as the targets file gives it.
    var notesVi: [String] {
        return [
            "tỷ lệ: tháng gần nhất có đủ số liệu, với khoảng tin cậy Wilson 95 %; khoảng cách đến mục tiêu: mục tiêu − tỷ lệ, tính bằng điểm phần trăm",
            "xu hướng tại thời hạn: tỷ lệ theo xu hướng ở tháng đến hạn, với khoảng tin cậy 95 % (xu hướng logit quasi-binomial của tỷ lệ hằng tháng, t với số tháng − 2 bậc tự do); "
                + "đúng tiến độ khi cả khoảng tin cậy ở mức bằng hoặc trên mục tiêu, chậm tiến độ khi cả khoảng ở dưới, chưa xác định được trong các trường hợp khác; "
                + "thời hạn đã có trong số liệu thì đánh giá đã đạt hay không đạt theo tỷ lệ của tháng đó",
            "hướng so với mục tiêu: sẽ chạm mục tiêu (đang dưới và tăng), sẽ xuống dưới mục tiêu (đang trên và giảm), đang trên mục tiêu (trên, không giảm), "
                + "không đạt với xu hướng hiện tại (dưới, không tăng); tháng xu hướng chạm mục tiêu có khoảng tin cậy 95 % (Fieller), "
                + "không có khoảng khi độ dốc không phân biệt được với 0",
        ] + (result.unitsWithoutData > 0 ? ["\(Language.vi.numbers.integer(Int64(result.unitsWithoutData))) đơn vị trong phạm vi mục tiêu không có số liệu trong các tháng này: không đưa vào"] : [])
            + sources.map { "nguồn (theo tệp mục tiêu): \($0)" }
    }

    var notes: [String] {
        return [
            "rate: the latest whole month with its Wilson 95% interval; distance_pp: target − rate in percentage points",
            "projected: the trend's rate in the deadline's month with its 95% interval (quasi-binomial logit trend of the monthly rates, t on months − 2 df); "
                + "on-track when all of the interval is at or above the target, off-track when all of it is below, uncertain otherwise; "
                + "a deadline already in the data is met or missed on its month's rate",
            "course: reaches (below and rising), falls-below (above and falling), above (above, not falling), not-at-this-trend (below, not rising); "
                + "crossing: the month the trend crosses the target, with its 95% interval (Fieller); no interval when the slope is not told from zero",
        ] + (result.unitsWithoutData > 0 ? ["\(result.unitsWithoutData) units in a target's scope have no data in these months: left out"] : [])
            + sources.map { "source: \($0)" }
    }
}

extension TargetsResult: RenderedAnswer {
    var rendering: TargetsReport { TargetsReport(self) }
}
