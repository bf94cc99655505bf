import UptakeCore

/// A question for the store: every unit's daily series of one metric over a range of days, for
/// scanning (anomalies). Dense: one value a day, `NaN` where no row was stored for that day (a
/// missing day is not a day with zero applications).
public struct SeriesQuery: Sendable, Equatable {
    public var metric: Metric
    public var units: UnitSelection
    public var range: DayRange
    /// `nil`: every sector.
    public var sectors: [Sector]?
    /// One series per unit and sector instead of one per unit.
    public var bySector: Bool

    public init(metric: Metric, units: UnitSelection, range: DayRange, sectors: [Sector]? = nil, bySector: Bool = false) {
        self.metric = metric
        self.units = units
        self.range = range
        self.sectors = sectors
        self.bySector = bySector
    }
}

/// One unit's (and with `bySector`, one sector's) daily values: for a volume the counts; for a rate
/// its numerator and denominator, summed as ``CountSums`` sums them.
public struct DailySeries: Sendable, Equatable {
    public var locality: Locality
    public var sector: Sector?
    public var first: Day
    /// The metric's numerator each day (the volume itself for a volume); `NaN` on a missing day.
    public var numerator: [Double]
    /// The rate's denominator each day; `nil` for a volume.
    public var denominator: [Double]?

    public init(locality: Locality, sector: Sector?, first: Day, numerator: [Double], denominator: [Double]?) {
        self.locality = locality
        self.sector = sector
        self.first = first
        self.numerator = numerator
        self.denominator = denominator
    }

    public var days: DayRange { DayRange(first: first, last: first.advanced(by: numerator.count - 1)) }
}

extension Metric {
    /// Whether daily series exist for the metric: every volume and every simple rate
    /// (`online-submission-766`, a product of two rates, has no daily numerator and denominator).
    public var hasDailySeries: Bool { self != .onlineSubmission766 }
}
