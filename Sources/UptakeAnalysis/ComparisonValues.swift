import UptakeCore
import UptakeStoreAPI

/// What `uptake compare` asks: a metric and its volume over some units, in two periods.
public struct ComparisonRequest: Sendable {
    public var metric: Metric
    public var units: UnitSelection
    public var current: DayRange
    public var baseline: DayRange
    public var sectors: [Sector]?
    public var calendar: WorkingCalendar
    public var alpha: Double
    /// Split the aggregate rate's change into per-unit within and mix effects.
    public var decompose: Bool
    /// How `baseline` was chosen.
    public var baselineChoice: BaselineChoice

    /// `baseline` defaults to ``DayRange/previous`` of `current` (month over month for a month), except
    /// for a single day: the previous working day of `calendar` (a Monday against the Friday before, not
    /// against a Sunday with no working day).
    public init(metric: Metric = .onlineSubmission, units: UnitSelection, current: DayRange, baseline: DayRange? = nil,
                sectors: [Sector]? = nil, calendar: WorkingCalendar = .vietnam, alpha: Double = 0.05, decompose: Bool = false) {
        self.metric = metric
        self.units = units
        self.current = current
        if let baseline {
            self.baseline = baseline
            baselineChoice = .given
        } else if current.dayCount == 1, let day = calendar.previousWorkingDay(before: current.first) {
            self.baseline = DayRange(first: day, last: day)
            baselineChoice = .previousWorkingDay
        } else {
            self.baseline = current.previous
            baselineChoice = .previousPeriod
        }
        self.sectors = sectors
        self.calendar = calendar
        self.alpha = alpha
        self.decompose = decompose
    }

    /// The unit whose rate the units' changes add up to: the nation for provinces or all communes, the
    /// province for its communes; `nil` for a list of localities.
    public var aggregate: UnitSelection? {
        switch units {
        case .provinces, .communes(parentCode: nil): .nation
        case .communes(let parent?): .localities([parent])
        case .nation, .localities: nil
        }
    }
}

/// How a comparison's baseline was chosen (said in the output).
public enum BaselineChoice: String, Sendable, Hashable, Codable {
    /// Given by the caller.
    case given
    /// The period of the same length just before (``DayRange/previous``).
    case previousPeriod = "previous_period"
    /// A single day's default: the previous working day.
    case previousWorkingDay = "previous_working_day"
}

/// Why a comparison has no test, or what limits it: data, not prose (Report words it).
public enum ComparisonNote: Sendable, Hashable, Codable {
    /// A period has no working days, so nothing can be put per working day.
    case periodWithoutWorkingDays
    /// online-submission-766 multiplies two rates: no single test applies.
    case productOfTwoRates
    /// No rows in the named period(s): no data is not zero applications.
    case noData(baseline: Bool, current: Bool)
    /// The test could not be computed from the counts (the statistic's own reason).
    case untestable(reason: String)
    /// No applications at all in one period against some in the other (an outage, or a reopening):
    /// tested exactly (``ComparisonMethod/exactConditionalPoisson``) rather than by quasi-Poisson.
    case zeroInOnePeriod(current: Bool)
}

/// The change of a volume between two periods, per working day, with a quasi-Poisson test.
///
/// Per working day is one measure throughout: the applications of the working days ÷ the working days
/// of the calendar, the same daily mean the test compares. `baseline` and `current` are the period
/// totals, weekends and holidays included.
public struct VolumeChange: Sendable, Equatable {
    public var baseline: Int64
    public var current: Int64
    /// The baseline's applications (days off included) ÷ its working days.
    public var baselinePerWorkingDay: Double?
    /// The current period's applications (days off included) ÷ its working days.
    public var currentPerWorkingDay: Double?
    /// `currentPerWorkingDay − baselinePerWorkingDay`.
    public var change: Double?
    /// `currentPerWorkingDay / baselinePerWorkingDay − 1`.
    public var relativeChange: Double?
    /// Quasi-Poisson on the totals per working day (dispersion from the working days' counts), or exact when one period has none (see
    /// `note`); `nil` when it cannot be computed.
    public var test: PeriodComparison?
    /// The Benjamini–Hochberg q-value over every unit's volume test, when more than one unit is tested.
    public var qValue: Double?
    public var note: ComparisonNote?
}

/// A change with its test and, among many units, its q-value.
public protocol TestedChange {
    var test: PeriodComparison? { get }
    var qValue: Double? { get }
}

extension TestedChange {
    /// `q < alpha` when a q-value exists, else `p < alpha`; `nil` without a test.
    public var significant: Bool? {
        guard let test else { return nil }
        return qValue.map { $0 < test.alpha } ?? test.significant
    }
}

extension VolumeChange: TestedChange {}
extension RateChange: TestedChange {}

/// The change of a rate between two periods, with a two-proportion test.
public struct RateChange: Sendable, Equatable {
    public var baseline: Double?
    public var current: Double?
    /// `current − baseline`, a proportion (0.01 = one percentage point).
    public var change: Double?
    public var relativeChange: Double?
    public var test: PeriodComparison?
    /// The Benjamini–Hochberg q-value over every unit's rate test, when more than one unit is tested.
    public var qValue: Double?
    public var note: ComparisonNote?
    /// The interval of `change` at the comparison's level (1 − alpha): Newcomb's hybrid score interval
    /// (``TwoProportionDifference``, whose test is the same pooled z-test as `test`); `nil` without a test.
    public var changeLow: Double?
    public var changeHigh: Double?
}

/// One unit's comparison.
public struct ComparisonRow: Sendable, Equatable {
    public var locality: Locality
    /// The volume compared: the metric itself, or for a rate its denominator (see ``Metric/volume``).
    public var volume: VolumeChange
    /// `nil` for a volume metric.
    public var rate: RateChange?
    /// With `decompose`: this unit's within and mix contributions to the aggregate's rate change.
    public var contribution: RateChangeContribution?
    /// `true` for the applications a province handled itself, at none of its communes: the row
    /// carries the province's locality, and the tables say "(province level)".
    public var isProvinceLevel = false
    /// For a commune: its province.
    public var province: Locality?
    /// With ``Comparer/compareBySector(_:)``: the one sector this row was computed on.
    public var sector: Sector?
    /// A period's sums rest in part on equal shares of a divided pre-reform unit (a commune's row
    /// reaching before the 2025 reform; see ``UnitPeriodSums/allocated``).
    public var allocated = false
}

/// The comparison of every unit, and with `decompose` the aggregate's total that the contributions sum to.
public struct ComparisonResult: Sendable {
    public var metric: Metric
    public var current: DayRange
    public var baseline: DayRange
    public var currentWorkingDays: Int
    public var baselineWorkingDays: Int
    public var alpha: Double
    public var rows: [ComparisonRow]
    /// With `decompose`: the aggregate unit's own row (its rate change is the decomposition's total).
    public var total: ComparisonRow?
    public var decomposition: RateChangeDecomposition?
    /// How `baseline` was chosen.
    public var baselineChoice: BaselineChoice = .given
    /// The number of units whose p-values were adjusted together (Benjamini–Hochberg), per test; 0 when
    /// a single unit was tested and `significant` means p < alpha.
    public var adjustedTests = 0
    /// Units left out by ``top(_:)``.
    public var omitted = 0
    /// The sector filter the comparison was computed with; `nil` for every sector.
    public var sectors: [Sector]?

    /// The `count` units that moved most, largest first: by the size of their contribution with a
    /// decomposition, else of their rate change (of their volume change per working day for a volume).
    /// Totals are untouched.
    public func top(_ count: Int) -> ComparisonResult {
        func size(_ row: ComparisonRow) -> Double {
            let value = row.contribution?.total ?? (metric.isRate ? row.rate?.change : row.volume.change)
            return value.map { Swift.abs($0) } ?? -1
        }
        let keep = rows.indices.sorted { (size(rows[$0]), -$0) > (size(rows[$1]), -$1) }.prefix(count)
        var copy = self
        copy.rows = keep.map { rows[$0] }
        copy.omitted = rows.count - copy.rows.count
        return copy
    }
}
