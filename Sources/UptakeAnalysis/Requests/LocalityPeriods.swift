import UptakeCore
import UptakeStoreAPI

/// One locality's period beside its baseline (by default the period before it, ``DayRange/previous``,
/// as `compare` and the report's month over month; or last year's same days), for the dashboard's
/// locality page: the daily series, so a fall can be seen, and the change tested as `compare` tests it,
/// so the words agree with the numbers.
public struct LocalityPeriods: Sendable {
    public var locality: Locality
    public var metric: Metric
    public var range: DayRange
    public var baseline: DayRange
    /// The baseline is the same days a year before.
    public var lastYear: Bool
    /// The daily series from the baseline's first day to the period's last when the baseline comes just
    /// before the period; else the period's alone (a year of days between would hide the period, and
    /// pre-reform rows fold as sums, not as daily series).
    public var series: TrendResult
    /// The metric over each period, with its interval (a rate) or per working day (a volume).
    public var current: RateRow?
    public var previous: RateRow?
    public var change: UnitChange?

    /// `locality`'s `metric` over `range` and its baseline (`comparedWith`'s, else the period before),
    /// for these sectors (`nil`: all).
    public static func answer(_ locality: Locality, metric: Metric, range: DayRange, comparedWith: CompareBaseline? = nil, sectors: [Sector]?,
                              _ context: AnswerContext) async throws -> LocalityPeriods {
        let baseline = comparedWith?.range(against: range, asOf: context.today()) ?? range.previous
        let span = baseline.last.advanced(by: 1) == range.first ? DayRange(first: baseline.first, last: range.last) : range
        let series = try await TrendAnalyzer(store: context.store).trend(
            TrendRequest(metric: metric, locality: locality.code, range: span, sectors: sectors, robust: false, calendar: context.calendar))
        func rate(_ r: DayRange) async throws -> RateRow? {
            try await RatesQuestion(metric: metric, units: UnitQuery(level: locality.level, locality: locality.code),
                                    days: PeriodSelection(period: .absolute(r), sectors: sectors)).answer(context).rows.first
        }
        let comparison = try await Comparer(store: context.store).compare(
            ComparisonRequest(metric: metric, units: .localities([locality.code]), current: range, baseline: baseline, sectors: sectors,
                              calendar: context.calendar))
        return LocalityPeriods(locality: locality, metric: metric, range: range, baseline: baseline, lastYear: comparedWith?.isLastYear == true, series: series,
                               current: try await rate(range), previous: try await rate(baseline),
                               change: comparison.rows.first.map { UnitChange($0, metric: metric) })
    }
}
