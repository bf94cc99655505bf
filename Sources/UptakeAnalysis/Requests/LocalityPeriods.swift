import UptakeCore
import UptakeStoreAPI

/// One locality's period beside the period before it (``DayRange/previous``, the baseline `compare`
/// and the report use), for the dashboard's locality page: the daily series over both periods, so a
/// fall can be seen, and the change tested as `compare` tests it, so the words agree with the numbers.
public struct LocalityPeriods: Sendable {
    public var locality: Locality
    public var metric: Metric
    public var range: DayRange
    public var baseline: DayRange
    /// The daily series from the baseline's first day to the period's last.
    public var series: TrendResult
    /// The metric over each period, with its interval (a rate) or per working day (a volume).
    public var current: RateRow?
    public var previous: RateRow?
    public var change: UnitChange?

    /// `locality`'s `metric` over `range` and the period before, for these sectors (`nil`: all).
    public static func answer(_ locality: Locality, metric: Metric, range: DayRange, sectors: [Sector]?,
                              _ context: AnswerContext) async throws -> LocalityPeriods {
        let baseline = range.previous
        let span = DayRange(first: baseline.first, last: range.last)
        let series = try await TrendAnalyzer(store: context.store).trend(
            TrendRequest(metric: metric, locality: locality.code, range: span, sectors: sectors, robust: false, calendar: context.calendar))
        func rate(_ r: DayRange) async throws -> RateRow? {
            try await RatesQuestion(metric: metric, units: UnitQuery(level: locality.level, locality: locality.code),
                                    days: PeriodSelection(period: .absolute(r), sectors: sectors)).answer(context).rows.first
        }
        let comparison = try await Comparer(store: context.store).compare(
            ComparisonRequest(metric: metric, units: .localities([locality.code]), current: range, baseline: baseline, sectors: sectors,
                              calendar: context.calendar))
        return LocalityPeriods(locality: locality, metric: metric, range: range, baseline: baseline, series: series,
                               current: try await rate(range), previous: try await rate(baseline),
                               change: comparison.rows.first.map { UnitChange($0, metric: metric) })
    }
}
