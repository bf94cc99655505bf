import UptakeCore
import UptakeStoreAPI

/// How a caller spells its parameters in messages: the CLI says `--period`, the server `period`.
/// The words of every message are otherwise the same, so an analyst meets one wording in both.
public struct ParameterSpelling: Sendable {
    public var prefix: String
    public init(prefix: String) { self.prefix = prefix }
    /// `--name` on the command line.
    public static let commandLine = ParameterSpelling(prefix: "--")
    /// `name` in a URL's query.
    public static let query = ParameterSpelling(prefix: "")
    public func callAsFunction(_ name: String) -> String { prefix + name }
}

/// Which units a question looks at, as the user gave them (codes or names), checked and resolved
/// here for the CLI and the server alike.
public struct UnitQuery: Sendable, Equatable {
    public var level: LocalityLevel
    public var locality: String?
    public var parent: String?

    public init(level: LocalityLevel = .province, locality: String? = nil, parent: String? = nil) {
        self.level = level
        self.locality = locality
        self.parent = parent
    }

    /// Refuses combinations that contradict each other.
    public func validate(_ name: ParameterSpelling) throws(QueryError) {
        if locality != nil, parent != nil { throw QueryError("give either \(name("locality")) or \(name("parent")), not both") }
        if level == .nation, locality != nil || parent != nil {
            throw QueryError("\(name("level")) nation covers every locality: leave out \(name(locality != nil ? "locality" : "parent"))")
        }
    }

    /// The units, with the locality and parent given as codes or names (resolved on the store's list).
    public func units(_ store: any UptakeStore) async throws -> UnitSelection {
        guard locality != nil || parent != nil else { return units }
        var copy = self
        let all = try await store.localities()
        if let locality { copy.locality = try LocalityLookup.find(locality, in: all).code }
        if let parent { copy.parent = try LocalityLookup.find(parent, in: all).code }
        return copy.units
    }

    /// The units as given (codes taken as they are).
    public var units: UnitSelection {
        if let locality { return level == .commune ? .communes(parentCode: locality) : .localities([locality]) }
        if let parent { return .communes(parentCode: parent) }
        switch level {
        case .nation: return .nation
        case .province: return .provinces
        case .commune: return .communes(parentCode: nil)
        }
    }
}

/// Which days and sectors a question looks at, as a URL's query gives them (strings): parsed into a
/// ``PeriodSelection``, which holds the checks and defaults the CLI shares.
public struct PeriodQuery: Sendable, Equatable {
    public var period: String?
    public var asOf: String?
    public var from: String?
    public var to: String?
    public var sector: String?

    public init(period: String? = nil, asOf: String? = nil, from: String? = nil, to: String? = nil, sector: String? = nil) {
        self.period = period
        self.asOf = asOf
        self.from = from
        self.to = to
        self.sector = sector
    }

    /// Parses every parameter (a malformed one is an error naming it), then refuses contradicting combinations.
    public func selection(_ name: ParameterSpelling) throws(QueryError) -> PeriodSelection {
        func day(_ flag: String, _ value: String?) throws(QueryError) -> Day? {
            guard let value else { return nil }
            guard let day = Day(iso: value) else { throw QueryError("invalid \(name(flag)) \"\(value)\": expected YYYY-MM-DD") }
            return day
        }
        var parsed = PeriodSelection(asOf: try day("as-of", asOf), from: try day("from", from), to: try day("to", to))
        if let period {
            guard let expression = PeriodExpression(period: period) else {
                throw QueryError("invalid \(name("period")) \"\(period)\": expected 2025, 2025-Q3, 2025-07, 2025-W29, 2025-07-14 or \(RelativePeriod.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            parsed.period = expression
        }
        if let sector, !sector.isEmpty {  // a form sends an empty field for "all sectors"
            guard let list = Sector.list(sector) else {
                throw QueryError("invalid \(name("sector")) \"\(sector)\": expected lowercase names, comma-separated, such as \(Sector.standard.map(\.name).joined(separator: ","))")
            }
            parsed.sectors = list
        }
        try parsed.validate(name)
        return parsed
    }

    /// Refuses malformed dates, periods and sectors and contradicting combinations.
    public func validate(_ name: ParameterSpelling) throws(QueryError) { _ = try selection(name) }

    // The selection's checks and defaults, for the server's handlers (each parses again: cheap).
    public func validateAsOf(_ name: ParameterSpelling, alsoRelative: Bool = false) throws(QueryError) {
        try selection(name).validateAsOf(name, alsoRelative: alsoRelative)
    }

    public func checkedSectors(_ store: any UptakeStore, _ name: ParameterSpelling) async throws -> [Sector]? {
        try await selection(name).checkedSectors(store, name)
    }

    public func range(_ store: any UptakeStore, today: () -> Day) async throws -> DayRange {
        try await selection(.query).range(store, today: today)
    }

    public func rangeOrSpan(_ store: any UptakeStore, today: () -> Day) async throws -> DayRange {
        try await selection(.query).rangeOrSpan(store, today: today)
    }
}
