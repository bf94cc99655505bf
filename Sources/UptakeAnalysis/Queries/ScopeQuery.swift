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

/// Which days and sectors a question looks at: one period (absolute or relative to `asOf`) or a
/// custom range, and optionally some sectors.
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

    /// Refuses malformed dates, periods and sectors and contradicting combinations.
    public func validate(_ name: ParameterSpelling) throws(QueryError) {
        if period != nil, from != nil || to != nil { throw QueryError("give either \(name("period")) or \(name("from"))/\(name("to")), not both") }
        if (from == nil) != (to == nil) { throw QueryError("\(name("from")) and \(name("to")) go together") }
        if let asOf, Day(iso: asOf) == nil { throw QueryError("invalid \(name("as-of")) \"\(asOf)\": expected YYYY-MM-DD") }
        if let period, DayRange(period: period) == nil, RelativePeriod(rawValue: period) == nil {
            throw QueryError("invalid \(name("period")) \"\(period)\": expected 2025, 2025-Q3, 2025-07, 2025-W29, 2025-07-14 or \(RelativePeriod.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        for (flag, value) in [("from", from), ("to", to)] {
            if let value, Day(iso: value) == nil { throw QueryError("invalid \(name(flag)) \"\(value)\": expected YYYY-MM-DD") }
        }
        if let from, let to, let a = Day(iso: from), let b = Day(iso: to), a > b { throw QueryError("\(name("from")) (\(from)) comes after \(name("to")) (\(to))") }
        if let sector, Self.sectors(sector) == nil {
            throw QueryError("invalid \(name("sector")) \"\(sector)\": expected lowercase names, comma-separated, such as \(Sector.standard.map(\.name).joined(separator: ","))")
        }
    }

    /// `as-of` is refused unless a relative period uses it: this one's, or (`alsoRelative`) another
    /// parameter's, such as compare's baseline `last-month`.
    public func validateAsOf(_ name: ParameterSpelling, alsoRelative: Bool = false) throws(QueryError) {
        guard asOf != nil, !alsoRelative, period.flatMap(RelativePeriod.init(rawValue:)) == nil else { return }
        throw QueryError("\(name("as-of")) goes with a relative \(name("period")) (\(RelativePeriod.allCases.map(\.rawValue).joined(separator: ", ")))")
    }

    /// The sectors of a comma-separated list, or `nil` if one is not a sector name.
    public static func sectors(_ text: String) -> [Sector]? {
        let list = text.split(separator: ",").map { Sector($0.trimmingCharacters(in: .whitespaces)) }
        return list.contains(where: { $0 == nil }) ? nil : list.compactMap { $0 }
    }

    public var sectorList: [Sector]? { sector.flatMap(Self.sectors) }

    /// The sector list, each checked against the sectors that have data: an unknown one is an error
    /// naming the valid ones, not an empty answer.
    public func checkedSectors(_ store: any UptakeStore, _ name: ParameterSpelling) async throws -> [Sector]? {
        guard let list = sectorList else { return nil }
        let known = try await store.sectors()
        if let unknown = list.first(where: { !known.contains($0) }) {
            throw QueryError("unknown \(name("sector")) \"\(unknown.name)\": the database has \(known.map(\.name).joined(separator: ", "))")
        }
        return list
    }

    /// The days given by the period or from/to, if any; `today` is read only for a relative period
    /// without `asOf` (the engine never reads a clock itself).
    public func explicitRange(today: () -> Day) -> DayRange? {
        if let period {
            guard RelativePeriod(rawValue: period) != nil else { return DayRange(period: period) }
            return DayRange(period: period, asOf: asOf.flatMap { Day(iso: $0) } ?? today())
        }
        if let from, let to, let a = Day(iso: from), let b = Day(iso: to) { return DayRange(first: a, last: b) }
        return nil
    }

    /// The days asked for; by default the last whole month with data.
    public func range(_ store: any UptakeStore, today: () -> Day) async throws -> DayRange {
        if let explicit = explicitRange(today: today) { return explicit }
        guard let span = try await store.applicationsSpan() else { throw PeriodQuery.noApplications }
        let start = Grain.month.periodStart(of: span.last)
        return DayRange(first: start, last: Grain.month.periodEnd(startingAt: start), label: Grain.month.label(startingAt: start))
    }

    /// The days asked for; by default every day with data (trend's default).
    public func rangeOrSpan(_ store: any UptakeStore, today: () -> Day) async throws -> DayRange {
        if let explicit = explicitRange(today: today) { return explicit }
        guard let span = try await store.applicationsSpan() else { throw PeriodQuery.noApplications }
        return span
    }

    /// An empty database: nothing to answer from yet.
    public static let noApplications = QueryError("the database holds no applications yet", hint: "load some with 'uptake ingest applications.csv'",
                                                  code: .notFound)
}
