import UptakeCore
import UptakeStoreAPI

/// The dashboard's home: the rates question's units ranked, each beside its baseline (by default the
/// previous period, ``DayRange/previous``, as `compare` and the report's month over month; or last
/// year's same days, as `compare --baseline last-year`), the change tested as `compare` tests it, its
/// map colour and whether it lags its peers (as the report's ranking marks them).
public struct OverviewAnswer: Sendable {
    public struct Row: Sendable {
        /// The period's rate (ranked: `rank` is set) with its interval.
        public var current: RateRow
        public var previous: RateRow?
        public var change: UnitChange?
        /// The province's or commune's self-reported colour as of the period's last day.
        public var mapColour: StatusColour?
        /// Below its peers given its volume (the funnel's test, false-discovery rate 5%).
        public var lagging: Bool
    }

    public var metric: Metric
    public var range: DayRange
    public var baseline: DayRange
    /// The baseline is the same days a year before (each year's working days by its own calendar).
    public var lastYear: Bool
    /// Best first; units without data last.
    public var rows: [Row]
    /// Whether the lagging test ran (a simple rate over several units).
    public var laggingTested: Bool
}

/// A unit's change from the baseline, as `compare` tests it: for a rate the difference of
/// proportions, for a volume the relative change per working day.
public struct UnitChange: Sendable, Equatable {
    /// Rate: `current − baseline` (0.01 = one point); volume: relative change per working day.
    public var change: Double?
    public var relativeChange: Double?
    /// `nil` without a test (no data in a period, a product of two rates).
    public var significant: Bool?
    public var pValue: Double?

    public init(change: Double?, relativeChange: Double?, significant: Bool?, pValue: Double?) {
        (self.change, self.relativeChange, self.significant, self.pValue) = (change, relativeChange, significant, pValue)
    }

    /// The change of `row`'s metric: its rate for a rate, its volume per working day otherwise.
    public init(_ row: ComparisonRow, metric: Metric) {
        if metric.isRate, let r = row.rate {
            self.init(change: r.change, relativeChange: r.relativeChange, significant: r.significant, pValue: r.test?.pValue)
        } else {
            let v = row.volume
            self.init(change: v.relativeChange, relativeChange: v.relativeChange, significant: v.significant, pValue: v.test?.pValue)
        }
    }

    /// `true` a significant fall, `false` a significant rise, `nil` no significant change (or no test).
    public var fell: Bool? {
        guard significant == true, let change, change != 0 else { return nil }
        return change < 0
    }
}

/// What the dashboard compares with: compare's `baseline` parameter (`last-year`, or a period), read
/// beside the page's own question; `nil`: the previous period.
public struct ComparedWith: ParameterGroup {
    public var baseline: CompareBaseline?
    public init(baseline: CompareBaseline? = nil) { self.baseline = baseline }
}

extension RatesQuestion {
    /// This question's rows (ranked, whole period) with their baseline's, change, map colour and
    /// lagging mark: one answer for the dashboard's home. The baseline is `comparedWith`'s (compare's
    /// ``CompareBaseline/range(against:asOf:)``), else the previous period. A part whose data are
    /// missing (no readiness, too few units to test lagging) is left empty rather than failing the page.
    public func overview(_ context: AnswerContext, comparedWith: CompareBaseline? = nil) async throws -> OverviewAnswer {
        let store = context.store
        var asked = self
        (asked.rank, asked.by, asked.with) = (true, nil, nil)
        let current = try await asked.answer(context)
        let baseline = comparedWith?.range(against: current.range, asOf: days.asOf ?? context.today()) ?? current.range.previous
        var before = asked
        before.days = PeriodSelection(period: .absolute(baseline), sectors: days.sectors)
        before.rank = false
        let previous = Dictionary(try await before.answer(context).rows.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })

        let selection = try await units.units(store)
        let sectors = try await days.checkedSectors(store, context.spelling)
        let comparison = try await Comparer(store: store).compare(
            ComparisonRequest(metric: current.metric, units: selection, current: current.range, baseline: baseline, sectors: sectors, calendar: context.calendar))
        let changes = Dictionary(comparison.rows.filter { !$0.isProvinceLevel }.map { ($0.locality.code, UnitChange($0, metric: current.metric)) },
                                 uniquingKeysWith: { a, _ in a })

        let testsLagging = current.metric.isRate && current.metric != .onlineSubmission766 && current.rows.count > 2
        let lagging = testsLagging
            ? try? await LaggingAnalyzer(store: store).lagging(LaggingRequest(metric: current.metric, units: selection, range: current.range, sectors: sectors))
            : nil
        let laggingCodes = Set(lagging?.rows.filter(\.lagging).map(\.locality) ?? [])

        let level = current.rows.first?.level ?? units.level
        let parent: String? = if case .communes(let code) = selection { code } else { nil }
        let readiness = level == .nation ? nil
            : try? await ReadinessCalculator(store: store).report(ReadinessRequest(asOf: current.range.last, level: level, parent: parent))
        var colours: [String: StatusColour] = [:]
        for p in readiness?.provinces ?? [] { if let c = p.status { colours[p.locality.code] = c } }
        for c in readiness?.communes ?? [] { if let s = c.status { colours[c.locality.code] = s } }

        let rows = current.rows.map { r in
            OverviewAnswer.Row(current: r, previous: previous[r.code], change: changes[r.code], mapColour: colours[r.code], lagging: laggingCodes.contains(r.code))
        }.sorted { ($0.current.rank ?? .max, $0.current.code) < ($1.current.rank ?? .max, $1.current.code) }
        return OverviewAnswer(metric: current.metric, range: current.range, baseline: baseline, lastYear: comparedWith?.isLastYear == true,
                              rows: rows, laggingTested: lagging != nil)
    }
}
