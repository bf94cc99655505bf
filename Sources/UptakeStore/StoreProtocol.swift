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

    public init(locality: Locality, period: DayRange, sums: CountSums) {
        self.locality = locality
        self.period = period
        self.sums = sums
    }
}

/// The result of a read-only SQL query: column names and rows of text values (nil for NULL).
public struct QueryResult: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[String?]]
}

/// What the analysis layer needs from storage. SQLite implements it; a PostgreSQL backend can follow.
public protocol UptakeStore: Sendable {
    /// Every stored locality.
    func localities() throws -> [Locality]
    /// Sums per unit and period, from the aggregates kept at ingest where they answer the query.
    func sums(_ query: SumsQuery) throws -> [UnitPeriodSums]
    /// The same sums recomputed from the raw rows (slower; the reference the aggregates must equal).
    func rawSums(_ query: SumsQuery) throws -> [UnitPeriodSums]
    /// Reads, checks and writes one input file.
    func ingest(path: String, options: IngestOptions, progress: (@Sendable (Int64, Int64) -> Void)?) throws -> IngestSummary
    /// The first and last day with applications data, or `nil` when there are none.
    func applicationsSpan() throws -> DayRange?
    /// Runs one read-only SQL statement.
    func query(sql: String) throws -> QueryResult
    /// The readiness of every locality in `scope` as of `day`: for each criterion, the latest row
    /// dated on or before it (`nil`: the latest row of all).
    func readiness(asOf day: Day?, scope: ReadinessScope) throws -> [LocalityReadiness]
}

/// Which localities a readiness query returns.
public enum ReadinessScope: Sendable, Equatable {
    /// Every province and every commune.
    case nation
    /// One province (by code) and its communes.
    case province(String)
}

/// The state of one locality's criteria as of a date. A criterion with no row on or before the date
/// is absent from `values`.
public struct LocalityReadiness: Sendable, Equatable {
    public var locality: Locality
    public var values: [ReadinessCriterion: ReadinessValue]

    public init(locality: Locality, values: [ReadinessCriterion: ReadinessValue]) {
        self.locality = locality
        self.values = values
    }
}

/// A problem with a query: an unknown locality, a bad SQL statement, a refused write.
public struct QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var hint: String?
    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }
    public var description: String { message + (hint.map { "\n  hint: \($0)" } ?? "") }
}
