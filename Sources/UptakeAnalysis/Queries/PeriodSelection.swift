import UptakeCore
import UptakeStoreAPI

/// Which days and sectors a question looks at, parsed: one period (absolute or relative to `asOf`)
/// or a custom range, and optionally some sectors. The CLI's typed options build one directly; the
/// server decodes one from its query string (``ParameterDecoder``). The checks and the defaults live here once.
public struct PeriodSelection: Sendable, Equatable {
    public var period: PeriodExpression?
    public var asOf: Day?
    public var from: Day?
    public var to: Day?
    public var sectors: [Sector]?

    public init(period: PeriodExpression? = nil, asOf: Day? = nil, from: Day? = nil, to: Day? = nil, sectors: [Sector]? = nil) {
        self.period = period
        self.asOf = asOf
        self.from = from
        self.to = to
        self.sectors = sectors
    }

    /// Refuses combinations that contradict each other.
    public func validate(_ name: ParameterSpelling) throws(QueryError) {
        if period != nil, from != nil || to != nil { throw QueryError("give either \(name("period")) or \(name("from"))/\(name("to")), not both") }
        if (from == nil) != (to == nil) { throw QueryError("\(name("from")) and \(name("to")) go together") }
        if let from, let to, from > to { throw QueryError("\(name("from")) (\(from)) comes after \(name("to")) (\(to))") }
    }

    /// `as-of` is refused unless a relative period uses it: this one's, or (`alsoRelative`) another
    /// parameter's, such as compare's baseline `last-month`.
    public func validateAsOf(_ name: ParameterSpelling, alsoRelative: Bool = false) throws(QueryError) {
        guard asOf != nil, !alsoRelative, period?.relativePeriod == nil else { return }
        throw QueryError("\(name("as-of")) goes with a relative \(name("period")) (\(RelativePeriod.allCases.map(\.rawValue).joined(separator: ", ")))")
    }

    /// The sectors, each checked against the sectors that have data: an unknown one is an error
    /// naming the valid ones, not an empty answer.
    public func checkedSectors(_ store: any UptakeStore, _ name: ParameterSpelling) async throws -> [Sector]? {
        guard let sectors else { return nil }
        let known = try await store.sectors()
        if let unknown = sectors.first(where: { !known.contains($0) }) {
            throw QueryError.usage("unknown \(name("sector")) \"\(unknown.name)\": the database has \(known.map(\.name).joined(separator: ", "))")
        }
        return sectors
    }

    /// The days given by the period or from/to, if any; `today` is read only for a relative period
    /// without `asOf` (the engine never reads a clock itself).
    public func explicitRange(today: () -> Day) -> DayRange? {
        if let period { return period.range(asOf: asOf ?? today()) }
        if let from, let to { return DayRange(first: from, last: to) }
        return nil
    }

    /// The days asked for; by default the last whole month with data.
    public func range(_ store: any UptakeStore, today: () -> Day) async throws -> DayRange {
        if let explicit = explicitRange(today: today) { return explicit }
        guard let span = try await store.applicationsSpan() else { throw Self.noApplications }
        let start = Grain.month.periodStart(of: span.last)
        return DayRange(first: start, last: Grain.month.periodEnd(startingAt: start), label: Grain.month.label(startingAt: start))
    }

    /// The days asked for; by default every day with data (trend's default).
    public func rangeOrSpan(_ store: any UptakeStore, today: () -> Day) async throws -> DayRange {
        if let explicit = explicitRange(today: today) { return explicit }
        guard let span = try await store.applicationsSpan() else { throw Self.noApplications }
        return span
    }

    /// An empty database: nothing to answer from yet.
    public static let noApplications = QueryError("the database holds no applications yet", hint: "load some with",
                                                  next: NextStep(.upload, "ingest", parameters: [.init(nil, "applications.csv")]), code: .notFound)
}
