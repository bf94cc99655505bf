import UptakeCore

/// Which units a query sums over.
public enum UnitSelection: Sendable, Equatable {
    /// The whole country as one unit.
    case nation
    /// Every province.
    case provinces
    /// Every commune, or every commune of one province.
    case communes(parentCode: String?)
    /// These localities, each as one unit (a province includes its communes).
    case localities([String])
}

/// A question for the store: sums of counts per unit and period.
public struct SumsQuery: Sendable, Equatable {
    public var units: UnitSelection
    public var range: DayRange
    public var grain: Grain
    /// `nil`: every sector.
    public var sectors: [Sector]?

    public init(units: UnitSelection, range: DayRange, grain: Grain, sectors: [Sector]? = nil) {
        self.units = units
        self.range = range
        self.grain = grain
        self.sectors = sectors
    }
}

/// Sums of counts for one unit and one period. A period with no rows has `sums.rows == 0`.
public struct UnitPeriodSums: Sendable, Equatable {
    public var locality: Locality
    public var period: DayRange
    public var sums: CountSums
    /// Some of `sums` rests on an allocation of a divided pre-reform unit (``FoldedSums``).
    public var allocated = false

    public init(locality: Locality, period: DayRange, sums: CountSums) {
        self.locality = locality
        self.period = period
        self.sums = sums
    }
}

extension SumsQuery {
    /// Whether the range is whole months and the grain no finer than a month: both stores then
    /// answer from their monthly aggregates.
    public var isAnsweredByMonth: Bool { [.month, .quarter, .year, .range].contains(grain) && range.isWholeMonths }
}
