import UptakeCore
import UptakeStoreAPI

/// What `uptake trend` asks: one unit's daily series of a metric over a range.
public struct TrendRequest: Sendable {
    public var metric: Metric
    /// A locality code; `nil` for the nation.
    public var locality: String?
    public var range: DayRange
    public var sectors: [Sector]?
    /// STL with robustness iterations (bisquare weights), for series with outlying days.
    public var robust: Bool
    public var calendar: WorkingCalendar
    /// The confidence level of the Theil–Sen interval.
    public var confidence: Double
    /// The level at which Mann–Kendall calls a trend.
    public var alpha: Double

    public init(metric: Metric, locality: String?, range: DayRange, sectors: [Sector]? = nil, robust: Bool = false,
                calendar: WorkingCalendar = .vietnam, confidence: Double = 0.95, alpha: Double = 0.05) {
        self.metric = metric
        self.locality = locality
        self.range = range
        self.sectors = sectors
        self.robust = robust
        self.calendar = calendar
        self.confidence = confidence
        self.alpha = alpha
    }
}

/// Which way a series moves, by Mann–Kendall at the request's alpha.
public enum TrendDirection: String, Codable, Sendable, CaseIterable {
    case increasing, decreasing
    case noTrend = "no trend"
}

/// One day of a trend: the observed value and what the analysis made of it.
public struct TrendDay: Sendable, Equatable, Codable {
    public var day: Day
    /// The volume, or the day's ratio of sums; `nil` for a day without rows (no data is not 0) and for
    /// a rate on a day without a denominator.
    public var value: Double?
    public var isWorkingDay: Bool
    /// Whether the day entered STL, Theil–Sen and Mann–Kendall (observed and not a holiday or worked weekend day).
    public var inFit: Bool
    public var trend: Double?
    public var seasonal: Double?
    /// `value − trend − seasonal`, at days in the fit.
    public var residual: Double?
    /// Trailing means of the observed values, all 7 (28) days required.
    public var movingAverage7: Double?
    public var movingAverage28: Double?
}

/// The trend of one unit's metric: decomposition, slope, test, moving averages, volume per working day.
public struct TrendResult: Sendable {
    public var locality: Locality
    public var metric: Metric
    public var range: DayRange
    public var days: [TrendDay]
    public var workingDays: Int
    /// The metric over the whole range: a volume, or a ratio of sums; `nil` without data.
    public var overall: Double?
    /// For a volume: `overall / workingDays`.
    public var perWorkingDay: Double?
    /// Theil–Sen slope per day, of the seasonally adjusted series when STL ran; `nil` with fewer than 2 days in the fit.
    public var slope: TheilSenSlope?
    /// `nil` with fewer than 3 days in the fit.
    public var mannKendall: MannKendallTest?
    public var direction: TrendDirection?
    /// Whether STL ran (it needs 14 days in the fit).
    public var decomposed: Bool
    /// What the reader should know: days left out, STL skipped.
    public var notes: [String]
    /// The range cut into ISO weeks (``TrendWeek``), for `trend --by week`.
    public var weeks: [TrendWeek] = []
    /// The sector filter the series was summed with; `nil` for every sector.
    public var sectors: [Sector]?
}

/// One ISO week of a trend's range: the metric over the week as a ratio of sums (or the volume),
/// and whether the week is only partly covered.
public struct TrendWeek: Sendable, Equatable {
    /// `2025-W29`.
    public var label: String
    /// The Monday that starts the week, even when the range starts later.
    public var start: Day
    /// The days of the week inside the range.
    public var days: DayRange
    public var workingDays: Int
    /// The volume, or the rate as a ratio of the week's sums; `nil` without data.
    public var value: Double?
    /// For a volume: `value / workingDays`.
    public var perWorkingDay: Double?
    /// Whether the week reaches beyond the range, or has days without data at its start or end.
    public var partial: Bool
}

/// Computes trends from the store.
///
/// ```swift
/// let result = try TrendAnalyzer(store: store).trend(TrendRequest(metric: .receivedOnline, locality: "79",
///                                                                 range: DayRange(period: "2025-Q3")!))
/// result.direction   // .decreasing
/// ```
public struct TrendAnalyzer: Sendable {
    public let store: any UptakeStore

    public init(store: any UptakeStore) { self.store = store }

    public func trend(_ request: TrendRequest) async throws -> TrendResult {
        let units: UnitSelection = request.locality.map { .localities([$0]) } ?? .nation
        let sums = try await store.sums(SumsQuery(units: units, range: request.range, grain: .day, sectors: request.sectors))
        let locality = sums.first?.locality ?? .nation
        var result = try TrendAnalysis.analyse(locality: locality, metric: request.metric, range: request.range,
                                               daily: sums.map(\.sums), request: request)
        result.sectors = request.sectors
        return result
    }

    /// The trend of each sector in turn (the request's sectors, else every sector with data), each
    /// result carrying its one sector in `sectors`.
    public func trendBySector(_ request: TrendRequest) async throws -> [TrendResult] {
        var sectors = request.sectors ?? []
        if request.sectors == nil { sectors = try await store.sectors() }
        var results: [TrendResult] = []
        for sector in sectors {
            var one = request
            one.sectors = [sector]
            results.append(try await trend(one))
        }
        return results
    }
}

/// The pure part of ``TrendAnalyzer``: from daily sums to a ``TrendResult``.
///
/// Holidays: public holidays, compensatory and bridge days (the calendar's non-working weekdays) and
/// weekend days worked in exchange are *left out of the fit* (treated as missing): STL's weekly
/// seasonal component describes an ordinary week, and a Tết week or a worked Saturday would otherwise
/// bend both the seasonal and the trend. STL fills those days by linear interpolation (see ``STL``),
/// so the trend runs smoothly through them; their residual is `nil`. Ordinary weekends stay in: they are
/// the weekly pattern.
///
/// Slope and test: Theil–Sen and Mann–Kendall run on the seasonally adjusted series (value − seasonal)
/// at the days in the fit, so the weekly cycle does not pass for noise; without STL (fewer than 14
/// days in the fit) they run on the values themselves. Mann–Kendall assumes independent days: with
/// autocorrelated daily data its p-value is optimistic, read it as a guide. Moving averages are of the
/// observed days, holidays included (they show what happened); a rate's is a ratio of the window's sums.
public enum TrendAnalysis {
    /// The trailing `window`-day average of `metric`, every day of the window required: for a volume the
    /// mean of the days, for a rate the ratio of the window's sums (as every rate Uptake prints), for
    /// `online-submission-766` the product of its two rates' averages.
    static func movingAverage(_ metric: Metric, _ daily: [CountSums], window: Int) -> [Double] {
        if metric == .onlineSubmission766 {
            let a = movingAverage(.onlineSubmission, daily, window: window), b = movingAverage(.sync, daily, window: window)
            return zip(a, b).map { $0 * $1 }
        }
        let fractions = daily.map { $0.rows > 0 ? metric.fraction($0) : nil }
        guard metric.isRate else {
            return MovingAverage.trailing(fractions.map { $0.map { Double($0.numerator) } ?? .nan }, window: window)
        }
        return MovingAverage.trailingRatio(numerators: fractions.map { $0.map { Double($0.numerator) } ?? .nan },
                                           denominators: fractions.map { $0.map { Double($0.denominator ?? 0) } ?? .nan }, window: window)
    }

    public static func analyse(locality: Locality, metric: Metric, range: DayRange, daily: [CountSums],
                               request: TrendRequest) throws -> TrendResult {
        precondition(daily.count == range.dayCount, "one CountSums a day")
        let days = (0..<range.dayCount).map { range.first.advanced(by: $0) }
        let values: [Double?] = daily.map { $0.rows > 0 ? metric.value($0) : nil }
        let working = days.map(request.calendar.isWorkingDay)
        let regular = days.indices.map { working[$0] == !days[$0].isWeekend }
        let fit = days.indices.map { regular[$0] ? (values[$0] ?? .nan) : .nan }
        let inFit = fit.map { !$0.isNaN }
        var notes: [String] = []
        let irregular = days.indices.filter { !regular[$0] }.count
        if irregular > 0 { notes.append("\(irregular) holiday or worked weekend day\(irregular == 1 ? "" : "s") left out of the fit") }

        var decomposition: STLDecomposition?
        if inFit.filter({ $0 }).count >= 14 {
            decomposition = try STL(period: 7, seasonal: 7, robust: request.robust).decompose(fit)
        } else if values.allSatisfy({ $0 == nil }) {
            notes.append("no data for \(locality.name) in \(range.first)..\(range.last)")
        } else {
            notes.append("fewer than 14 days in the fit: no STL; slope and test on the values themselves")
        }
        let adjusted = decomposition.map { d in fit.indices.map { fit[$0] - d.seasonal[$0] } } ?? fit
        let observedInFit = inFit.filter { $0 }.count
        let slope = observedInFit >= 2 ? try TheilSenSlope(adjusted, confidence: request.confidence) : nil
        let test = observedInFit >= 3 ? try MannKendallTest(adjusted) : nil
        let direction = test.map { t -> TrendDirection in
            guard t.pValue < request.alpha else { return .noTrend }
            return t.tau > 0 ? .increasing : .decreasing
        }
        let ma7 = movingAverage(metric, daily, window: 7), ma28 = movingAverage(metric, daily, window: 28)
        func finite(_ x: Double?) -> Double? { x.flatMap { $0.isNaN ? nil : $0 } }
        let trendDays = days.indices.map { i in
            TrendDay(day: days[i], value: values[i], isWorkingDay: working[i], inFit: inFit[i],
                     trend: decomposition.map { $0.trend[i] }, seasonal: decomposition.map { $0.seasonal[i] },
                     residual: finite(decomposition?.residual[i]),
                     movingAverage7: finite(ma7[i]), movingAverage28: finite(ma28[i]))
        }
        let total = daily.reduce(CountSums(), +)
        let workingDays = request.calendar.workingDays(in: range)
        let overall = total.rows > 0 ? metric.value(total) : nil
        let perWorkingDay = !metric.isRate && workingDays > 0 ? overall.map { $0 / Double(workingDays) } : nil
        let withData = days.indices.filter { daily[$0].rows > 0 }
        let coverage = withData.first.map { DayRange(first: days[$0], last: days[withData.last!]) }
        let weeks = range.periods(.week).map { week -> TrendWeek in
            let sums = days.indices.filter { week.contains(days[$0]) }.reduce(CountSums()) { $0 + daily[$1] }
            let start = Grain.week.periodStart(of: week.first)
            let wd = request.calendar.workingDays(in: week)
            let value = sums.rows > 0 ? metric.value(sums) : nil
            let covered = coverage.map { start >= $0.first && start.advanced(by: 6) <= $0.last } ?? false
            return TrendWeek(label: week.label, start: start, days: week, workingDays: wd, value: value,
                             perWorkingDay: !metric.isRate && wd > 0 ? value.map { $0 / Double(wd) } : nil,
                             partial: week.dayCount < 7 || !covered)
        }
        return TrendResult(locality: locality, metric: metric, range: range, days: trendDays, workingDays: workingDays,
                           overall: overall, perWorkingDay: perWorkingDay, slope: slope, mannKendall: test,
                           direction: direction, decomposed: decomposition != nil, notes: notes, weeks: weeks)
    }
}

extension TrendResult {
    /// The Theil–Sen slope scaled to 30 days, for reading (a month's change).
    public var slopePer30Days: Double? { slope.map { $0.slope * 30 } }

    /// Mean value of each ISO week (observed days only), in order; `NaN` for a week without data.
    public var weeklyMeans: [(week: String, mean: Double)] {
        range.periods(.week).map { week in
            let values = days.filter { week.contains($0.day) }.compactMap(\.value)
            return (week.label, values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count))
        }
    }
}
