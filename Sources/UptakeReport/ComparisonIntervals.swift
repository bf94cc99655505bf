import Foundation
import UptakeAnalysis
import UptakeCore

/// The interval of each change in `compare`'s tables, at the comparison's level (1 − alpha: 95% by
/// default). A rate's change in points with Newcomb's hybrid score interval (``RateChange/changeLow``);
/// a volume's relative change per working day with the interval of its ratio (Wald on the log scale
/// with the quasi-Poisson test's own dispersion, exact at a zero count: ``PeriodComparison/low``).
/// CSV and JSON carry the bounds as numbers (`rate_change_low`, `rate_change_high`: proportions;
/// `volume_ratio_low`, `volume_ratio_high`: ratios, `high` null when unbounded).
extension ComparisonReport {
    /// `95% interval`: the text tables' column (a reader of Vietnamese gets its glossary words).
    var intervalColumn: String { "\(String(format: "%g", (1 - result.alpha) * 100))% interval" }

    /// The numbers' style: an analyst reads English numbers, a reader those of their language.
    var numbers: NumberStyle { (language ?? .en).numbers }

    /// `−1.23 pp to +0.54 pp` (`đến` for a reader of Vietnamese); empty without an interval.
    func rateInterval(_ row: ComparisonRow) -> Cell {
        guard let low = row.rate?.changeLow, let high = row.rate?.changeHigh else { return .empty }
        return .text(between(numbers.points(low), numbers.points(high)))
    }

    /// The relative change's interval, `−12.3% to −4.1%`; an unbounded top (a baseline of zero) `∞`.
    func volumeInterval(_ row: ComparisonRow) -> Cell {
        guard let low = row.volume.test?.low, let high = row.volume.test?.high else { return .empty }
        return .text(between(numbers.change(low - 1), high.isFinite ? numbers.change(high - 1) : "∞"))
    }

    func between(_ low: String, _ high: String) -> String {
        language == .vi ? "\(low) đến \(high)" : "\(low) to \(high)"
    }

    /// The CSV and JSON bounds of a row's rate change.
    func rateBounds(_ row: ComparisonRow) -> [Cell] { [.points(row.rate?.changeLow, 4), .points(row.rate?.changeHigh, 4)] }

    /// The CSV and JSON bounds of a row's volume ratio (an unbounded `high` is null).
    func volumeBounds(_ row: ComparisonRow) -> [Cell] {
        [.number(row.volume.test?.low, 4), .number(row.volume.test?.high.flatMap { $0.isFinite ? $0 : nil }, 4)]
    }

    var rateIntervalNote: (en: String, vi: String) {
        ("\(intervalColumn): of the change, Newcomb's hybrid score interval" + unadjusted.en,
         "khoảng tin cậy \(level): của mức thay đổi, khoảng điểm số lai Newcomb" + unadjusted.vi)
    }

    var volumeIntervalNote: (en: String, vi: String) {
        ("\(intervalColumn): of the relative change per working day, from the same quasi-Poisson model as the test (exact where a period has no applications)" + unadjusted.en,
         "khoảng tin cậy \(level): của mức thay đổi tương đối bình quân ngày làm việc, từ cùng mô hình quasi-Poisson với kiểm định (chính xác khi một kỳ không có hồ sơ)" + unadjusted.vi)
    }

    /// Among many units the flag reads q, the interval each unit alone: they may disagree.
    var unadjusted: (en: String, vi: String) {
        guard result.adjustedTests > 0 else { return ("", "") }
        return ("; each unit's own, not adjusted for the \(result.adjustedTests) units tested as q is",
                "; của riêng từng đơn vị, không hiệu chỉnh cho \(numbers.integer(result.adjustedTests)) đơn vị được kiểm định như giá trị q")
    }

    /// `95%`, written as the column's header writes it in every language.
    var level: String {
        let level = (1 - result.alpha) * 100
        return numbers.decimal(level, level.rounded() == level ? 0 : 1) + "%"
    }
}
