import UptakeCore
import UptakeStoreAPI

/// The report's year over year: the period against the same days a year before, asked as
/// `uptake compare --baseline last-year` asks it (``CompareQuestion``, one comparison and one test
/// of change), for the report's scope and each unit of its level. Each year's working days are
/// counted with its own calendar (Tết moves), and last year's applications filed in the pre-reform
/// units are counted in today's (``PreReformFoldingStore``).
public struct YearOverYear: Sendable, Codable, Equatable {
    /// Last year's days (`2024-07` for `2025-07`).
    public var baseline: DayRange
    /// This period's and last year's working days, each by its own year's calendar.
    public var workingDays: Int
    public var baselineWorkingDays: Int
    /// Last year's days begin before the 2025 reform (1 July 2025): what was filed in the old units
    /// is counted in today's.
    public var acrossReform: Bool
    /// The scope first, then its units with applications in either year (provinces, or a province's
    /// communes), largest change of the online-submission rate first. A unit without applications a
    /// year before has no change.
    public var rows: [YearOverYearRow]
    /// The scope's applications received day by day in both periods (for the chart).
    public var daily: YearOverYearDaily? = nil

    enum CodingKeys: String, CodingKey {
        case baseline, rows, daily
        case workingDays = "working_days", baselineWorkingDays = "baseline_working_days", acrossReform = "across_reform"
    }
}

/// The scope's applications received each day of the period and of the same days a year before,
/// day i of one beside day i of the other. Last year's days filed in the pre-reform units are
/// folded into today's exactly, day by day: every old province (and old commune) lies within one of
/// today's provinces, so a province's or the nation's daily sums need no allocation. `nil` marks a
/// day without rows (no data is not zero applications).
public struct YearOverYearDaily: Sendable, Codable, Equatable {
    public var first: Day
    public var baselineFirst: Day
    public var received: [Double?]
    public var baselineReceived: [Double?]

    enum CodingKeys: String, CodingKey {
        case first, received
        case baselineFirst = "baseline_first", baselineReceived = "baseline_received"
    }
}

/// One unit year over year: applications received per working day and the online-submission rate,
/// with each change's interval and test, as compare gives them.
public struct YearOverYearRow: Sendable, Codable, Equatable {
    public var unit: ReportUnit
    public var received: VolumeFigure
    /// `changeLow`/`changeHigh`: the change's 95% interval (Newcomb); `significant` the two-proportion
    /// test's verdict, Benjamini–Hochberg adjusted over the units as compare adjusts them.
    public var rate: RateFigure
    /// Last year's sums rest in part on equal shares of a divided pre-reform unit (communes only).
    public var allocated: Bool
}

extension MonthlyReportBuilder {
    /// The scope and its units against last year; `noBaselineData` when the store holds nothing for
    /// the scope a year before (the report says so in one line).
    func yearOverYear(_ request: MonthlyReportRequest) async throws -> ReportSection<YearOverYear> {
        let context = AnswerContext(store: store, calendar: request.calendar, today: { [last = request.period.last] in last })
        let scope = request.province.map { UnitQuery(locality: $0) } ?? UnitQuery(level: .nation)
        let peers = request.province.map { UnitQuery(level: .commune, locality: $0) } ?? UnitQuery(level: .province)
        func compared(_ units: UnitQuery) async throws -> CompareQuestion.Answer {
            try await CompareQuestion(metric: .onlineSubmission, units: units, days: PeriodSelection(period: .absolute(request.period)),
                                      baseline: .lastYear, alpha: request.alpha).answer(context)
        }
        let whole = try await compared(scope), parts = try await compared(peers)
        guard let head = whole.result.rows.first else { return .missing(.noData) }
        guard head.volume.baseline > 0 else { return .missing(.noBaselineData) }
        // What moved is what the reader looks for, as month over month orders it.
        let units = parts.result.rows.filter { !$0.isProvinceLevel && ($0.volume.current > 0 || $0.volume.baseline > 0) }
            .sorted { (abs($0.rate?.change ?? 0), $1.locality.code) > (abs($1.rate?.change ?? 0), $0.locality.code) }
        let rows = ([head] + units).map { row in
            var rate = Self.rate(.onlineSubmission, row.rate)
            (rate.changeLow, rate.changeHigh) = (row.rate?.changeLow, row.rate?.changeHigh)
            var received = Self.volume(row.volume)
            if let low = row.volume.test?.low, let high = row.volume.test?.high, high.isFinite {
                (received.relativeChangeLow, received.relativeChangeHigh) = (low - 1, high - 1)
            }
            return YearOverYearRow(unit: ReportUnit(row.locality), received: received, rate: rate, allocated: row.allocated)
        }
        var part = YearOverYear(baseline: whole.baseline, workingDays: whole.result.currentWorkingDays,
                                baselineWorkingDays: whole.result.baselineWorkingDays,
                                acrossReform: whole.baseline.first <= UnitVintage.lastPreReformDay, rows: rows)
        let unit: UnitSelection = request.province.map { .localities([$0]) } ?? .nation
        part.daily = YearOverYearDaily(first: request.period.first, baselineFirst: whole.baseline.first,
                                       received: try await dailyReceived(unit, request.period, context),
                                       baselineReceived: try await dailyReceived(unit, whole.baseline, context))
        return .present(part)
    }

    /// One unit's applications received on each day of `range`, read from the folding store's daily sums.
    func dailyReceived(_ unit: UnitSelection, _ range: DayRange, _ context: AnswerContext) async throws -> [Double?] {
        var byDay: [Day: CountSums] = [:]
        for s in try await context.store.sums(SumsQuery(units: unit, range: range, grain: .day)) { byDay[s.period.first, default: CountSums()] += s.sums }
        return (0..<range.dayCount).map { i in
            byDay[range.first.advanced(by: i)].flatMap { $0.rows > 0 ? Metric.received.value($0) : nil }
        }
    }
}
