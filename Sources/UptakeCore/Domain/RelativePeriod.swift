/// A period named relative to a day: `today`, `yesterday`, `last-week` (the previous ISO week,
/// Monday to Sunday), `this-month` (the first of the month to the day itself) and `last-month`.
///
/// The day is passed in, never read from a clock, so a result can be replayed:
///
/// ```swift
/// let asOf = Day(iso: "2025-07-16")!                                   // a Wednesday
/// RelativePeriod.lastWeek.range(asOf: asOf)    // 2025-W28: 2025-07-07..2025-07-13
/// DayRange(period: "last-month", asOf: asOf)   // 2025-06
/// ```
public enum RelativePeriod: String, Sendable, CaseIterable, Codable {
    case today, yesterday
    case lastWeek = "last-week"
    case thisMonth = "this-month"
    case lastMonth = "last-month"

    /// The days this period covers as of `asOf`, labelled as the absolute period they are (`2025-W28`,
    /// `2025-06`; `this-month` is labelled with its bounds since it is cut short at `asOf`).
    public func range(asOf: Day) -> DayRange {
        switch self {
        case .today:
            return DayRange(first: asOf, last: asOf)
        case .yesterday:
            let d = asOf.advanced(by: -1)
            return DayRange(first: d, last: d)
        case .lastWeek:
            let start = Grain.week.periodStart(of: asOf).advanced(by: -7)
            return DayRange(first: start, last: start.advanced(by: 6), label: Grain.week.label(startingAt: start))
        case .thisMonth:
            return DayRange(first: Grain.month.periodStart(of: asOf), last: asOf)
        case .lastMonth:
            let start = Grain.month.periodStart(of: Grain.month.periodStart(of: asOf).advanced(by: -1))
            return DayRange(first: start, last: Grain.month.periodEnd(startingAt: start), label: Grain.month.label(startingAt: start))
        }
    }
}

extension DayRange {
    /// An absolute period (``init(period:)``) or a relative one (``RelativePeriod``) resolved as of `asOf`.
    public init?(period text: String, asOf: Day) {
        if let relative = RelativePeriod(rawValue: text) {
            self = relative.range(asOf: asOf)
        } else {
            self.init(period: text)
        }
    }

    /// Whether this range runs beyond `coverage` on either side (a period only partly covered by data).
    public func isPartial(within coverage: DayRange) -> Bool { first < coverage.first || last > coverage.last }
}
