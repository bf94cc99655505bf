import UptakeCore
import UptakeStoreAPI

/// What `uptake rates` asks: a metric over some units, cut into periods, with intervals.
public struct RateRequest: Sendable {
    public var metric: Metric
    public var units: UnitSelection
    public var range: DayRange
    public var grain: Grain
    public var sectors: [Sector]?
    public var confidence: Double
    public var interval: IntervalMethod
    public var rank: Bool
    /// The calendar that says which days are working days, for volumes per working day.
    public var calendar: WorkingCalendar

    public init(metric: Metric, units: UnitSelection, range: DayRange, grain: Grain = .range, sectors: [Sector]? = nil,
                confidence: Double = 0.95, interval: IntervalMethod = .wilson, rank: Bool = false, calendar: WorkingCalendar = .vietnam) {
        self.calendar = calendar
        self.metric = metric
        self.units = units
        self.range = range
        self.grain = grain
        self.sectors = sectors
        self.confidence = confidence
        self.interval = interval
        self.rank = rank
    }
}

/// One unit's value of a metric in one period.
public struct RateRow: Sendable, Equatable, Codable {
    public var code: String
    public var name: String
    public var level: LocalityLevel
    public var period: String
    public var from: Day
    public var to: Day
    public var metric: Metric
    /// For a rate, its numerator; for a volume, the volume.
    public var numerator: Int64?
    /// For a rate, its denominator; `nil` for a volume and for `online-submission-766`.
    public var denominator: Int64?
    /// The rate (a proportion in [0, 1]) or the volume; `nil` when there are no data.
    public var value: Double?
    public var low: Double?
    public var high: Double?
    /// For a volume: the volume per calendar day of the period.
    public var perDay: Double?
    /// For a volume: the volume per working day of the period (`nil` when it has none).
    public var perWorkingDay: Double?
    /// 1 = highest value in its period, with `--rank`.
    public var rank: Int?
    /// The highest or lowest of the ranked units in the period, when ranked.
    public var mark: RankMark?
    /// Rows the value was summed from: 0 means the period has no data.
    public var rows: Int64
    /// The sectors summed, comma-separated, when the request named some (one sector with ``RateCalculator/ratesBySector(_:)``);
    /// `nil` for every sector.
    public var sector: String? = nil
    /// For a commune: its province's code and name.
    public var provinceCode: String? = nil
    public var provinceName: String? = nil
    /// Whether the data cover only part of the period: its natural bounds (the whole ISO week, month,
    /// year) reach beyond the request's range or beyond the first or last day with data.
    public var partial = false
    /// What `period` is a period of: a week's row is labelled `2025-W29` and starts on its Monday.
    public var grain: Grain = .range
    /// `true` when the value rests in part on the equal-shares allocation of a divided pre-reform
    /// unit (``ReformCrosswalk/equalShares(_:parts:)``); `nil` (left out of JSON) otherwise.
    public var allocated: Bool? = nil
}

/// The ends of a ranking.
public enum RankMark: String, Sendable, Codable {
    case highest, lowest
}

/// Computes rates and volumes as ratios of sums, with confidence intervals.
public struct RateCalculator: Sendable {
    public let store: any UptakeStore

    public init(store: any UptakeStore) { self.store = store }

    public func rates(_ request: RateRequest) async throws -> [RateRow] {
        let query = SumsQuery(units: request.units, range: request.range, grain: request.grain, sectors: request.sectors)
        let sums = try await store.sums(query)
        var rows = try sums.map { try row(for: $0, request) }
        if request.rank { rows = RateCalculator.ranked(rows) }
        let sectors = request.sectors.map { $0.map(\.name).joined(separator: ",") }
        let coverage = try await store.applicationsSpan()
        var provinces: [String: String] = [:]
        if rows.contains(where: { $0.level == .commune }) {
            for l in try await store.localities() where l.level == .province { provinces[l.code] = l.name }
        }
        let parents = Dictionary(sums.map { ($0.locality.code, $0.locality.parentCode) }, uniquingKeysWith: { a, _ in a })
        for i in rows.indices {
            if rows[i].level == .commune, let parent = parents[rows[i].code] ?? nil {
                rows[i].provinceCode = parent
                rows[i].provinceName = provinces[parent]
            }
            rows[i].sector = sectors
            rows[i].partial = RateCalculator.isPartial(rows[i], coverage: coverage)
        }
        return rows
    }

    /// A range asked for as one period that is exactly an ISO week under its week's label (`--period 2025-W27`).
    static func isISOWeek(_ range: DayRange) -> Bool {
        range.first.isoWeekday == 1 && range.dayCount == 7 && range.label == Grain.week.label(startingAt: range.first)
    }

    /// A row's period is partial when its natural bounds (the whole week, month… of its grain; the
    /// row's own bounds for a range) differ from the days it covers with data.
    static func isPartial(_ row: RateRow, coverage: DayRange?) -> Bool {
        let grain = row.grain
        let start = grain == .range ? row.from : grain.periodStart(of: row.from)
        let natural = DayRange(first: start, last: grain == .range ? row.to : grain.periodEnd(startingAt: start))
        guard let coverage else { return true }
        return natural.first < max(row.from, coverage.first) || natural.last > min(row.to, coverage.last)
    }

    /// The rates of each sector in turn (the request's sectors, else every sector with data), one
    /// block of rows per sector, each ranked on its own with `rank`.
    public func ratesBySector(_ request: RateRequest) async throws -> [RateRow] {
        var sectors = request.sectors ?? []
        if request.sectors == nil { sectors = try await store.sectors() }
        var rows: [RateRow] = []
        for sector in sectors {
            var one = request
            one.sectors = [sector]
            rows += try await rates(one)
        }
        return rows
    }

    func row(for s: UnitPeriodSums, _ request: RateRequest) throws -> RateRow { try Self.row(for: s, request) }

    /// One unit's row from its sums (no store read: the pre-reform rates use it too).
    static func row(for s: UnitPeriodSums, _ request: RateRequest) throws -> RateRow {
        let metric = request.metric
        let fraction = metric.fraction(s.sums)
        let value = s.sums.rows > 0 ? metric.value(s.sums) : nil
        var low: Double?, high: Double?
        if metric.isRate, let f = fraction, let d = f.denominator, d > 0,
           let i = try request.interval.interval(successes: f.numerator, trials: d, confidence: request.confidence) {
            low = i.low
            high = i.high
        }
        let perDay = !metric.isRate && s.sums.rows > 0 ? value.map { $0 / Double(s.period.dayCount) } : nil
        let workingDays = request.calendar.workingDays(in: s.period)
        let perWorkingDay = !metric.isRate && s.sums.rows > 0 && workingDays > 0 ? value.map { $0 / Double(workingDays) } : nil
        var row = RateRow(code: s.locality.code, name: s.locality.name, level: s.locality.level, period: s.period.label,
                       from: s.period.first, to: s.period.last, metric: metric,
                       numerator: s.sums.rows > 0 ? fraction?.numerator : nil,
                       denominator: s.sums.rows > 0 ? fraction?.denominator : nil,
                       value: value, low: low, high: high, perDay: perDay, perWorkingDay: perWorkingDay, rank: nil, mark: nil, rows: s.sums.rows)
        row.grain = request.grain == .range && Self.isISOWeek(s.period) ? .week : request.grain
        if s.allocated { row.allocated = true }
        return row
    }

    /// Orders each period's rows from highest to lowest value, numbers them, and marks the ends.
    /// Units without data come last, unranked.
    static func ranked(_ rows: [RateRow]) -> [RateRow] {
        var periods: [String] = []
        var byPeriod: [String: [RateRow]] = [:]
        for r in rows {
            if byPeriod[r.period] == nil { periods.append(r.period) }
            byPeriod[r.period, default: []].append(r)
        }
        return periods.flatMap { p -> [RateRow] in
            var group = byPeriod[p] ?? []
            group.sort { a, b in
                switch (a.value, b.value) {
                case let (x?, y?): return x != y ? x > y : a.code < b.code
                case (_?, nil): return true
                case (nil, _?): return false
                default: return a.code < b.code
                }
            }
            let valued = group.filter { $0.value != nil }.count
            for i in 0..<valued {
                group[i].rank = i + 1
                if valued > 1 && i == 0 { group[i].mark = .highest }
                if valued > 1 && i == valued - 1 { group[i].mark = .lowest }
            }
            return group
        }
    }
}
