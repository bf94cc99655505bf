import UptakeCore

/// One pre-reform unit's sums over one period, as filed (its code is the old commune's).
public struct OldUnitPeriodSums: Sendable, Equatable {
    /// The old unit's index in ``ReformCrosswalk/vietnam2025``'s units.
    public var unit: Int
    /// The period's index in the periods asked for.
    public var period: Int
    public var sums: CountSums

    public init(unit: Int, period: Int, sums: CountSums) { (self.unit, self.period, self.sums) = (unit, period, sums) }
}

/// One pre-reform unit's readiness as filed: the code it was filed under and, for each criterion, the
/// latest value on or before a day.
public struct OldUnitReadiness: Sendable, Equatable {
    /// As filed: an old commune's or ward's code (5 digits), an old district's (3) or an old province's (2).
    public var code: String
    public var values: [ReadinessCriterion: ReadinessValue]

    public init(code: String, values: [ReadinessCriterion: ReadinessValue]) { (self.code, self.values) = (code, values) }
}

/// What a store keeps of data filed in pre-reform units (`ingest --units pre-2025`): the
/// applications rows as filed, read back summed per old unit and day, and the old unit each
/// readiness row was filed under. Folding them into today's units is the analysis's
/// (`PreReformFolding`), so every store folds alike.
public protocol PreReformStore: Sendable {
    /// The first and last day with pre-reform rows, or `nil` when there are none.
    func preReformSpan() async throws -> DayRange?
    /// Each old unit's sums over each of `periods`, over `sectors` (`nil`: every sector), summed by
    /// the store (one row per unit and period, not per day). Units without rows are left out.
    func preReformSums(periods: [DayRange], sectors: [Sector]?) async throws -> [OldUnitPeriodSums]
    /// The sectors with pre-reform rows, by name.
    func preReformSectors() async throws -> [Sector]
    /// The readiness rows filed in pre-reform units, one entry per old code as filed: for each
    /// criterion, the latest value dated on or before `day` (`nil`: the latest of all). Rows copied to
    /// each part of a divided unit count once; old codes without rows are left out.
    func preReformReadiness(asOf day: Day?) async throws -> [OldUnitReadiness]
    /// The incidents filed in pre-reform units that touch `range`, each once with the old code it was
    /// filed under as its locality (a divided unit's copies are one incident), and the nationwide
    /// ones (no locality), which hold in both vintages. In any order.
    func preReformIncidents(touching range: DayRange) async throws -> [IncidentRecord]
}

extension QueryError {
    /// A store that keeps no pre-reform table refuses such a file before reading it.
    package static func preReformUnsupported(_ store: String) -> QueryError {
        QueryError("files in pre-reform units are not supported on \(store) yet", hint: "ingest them into a SQLite database", code: .refused)
    }
}
