import UptakeCore

/// One pre-reform unit's sums on one day, as filed (its code is the old commune's).
public struct OldUnitDaySums: Sendable, Equatable {
    /// The old unit's index in ``ReformCrosswalk/vietnam2025``'s units.
    public var unit: Int
    public var day: Day
    public var sums: CountSums

    public init(unit: Int, day: Day, sums: CountSums) { (self.unit, self.day, self.sums) = (unit, day, sums) }
}

/// What a store keeps of applications filed in pre-reform units (`ingest --units pre-2025`): the
/// rows as filed, read back summed per old unit and day. Folding them into today's units is the
/// analysis's (`PreReformFolding`), so every store folds alike.
public protocol PreReformStore: Sendable {
    /// The first and last day with pre-reform rows, or `nil` when there are none.
    func preReformSpan() async throws -> DayRange?
    /// Each old unit's sums per day within `range`, over `sectors` (`nil`: every sector). Days and
    /// units without rows are left out.
    func preReformDaySums(range: DayRange, sectors: [Sector]?) async throws -> [OldUnitDaySums]
    /// The sectors with pre-reform rows, by name.
    func preReformSectors() async throws -> [Sector]
}

extension QueryError {
    /// A store that keeps no pre-reform table refuses such a file before reading it.
    package static func preReformUnsupported(_ store: String) -> QueryError {
        QueryError("files in pre-reform units are not supported on \(store) yet", hint: "ingest them into a SQLite database", code: .refused)
    }
}
