import UptakeCore
import UptakeStoreAPI

/// What `--with` sets beside the numbers of rates, trend and compare.
public enum EvidenceKind: String, Sendable, Codable, CaseIterable {
    /// Incidents recorded at the unit or above it (its province, the nation) touching the period.
    case incidents
    /// The readiness criteria not met as of the period's last day.
    case readiness
}

/// The evidence beside one unit's figure for one period, as Grafana sets annotations beside a series.
public struct UnitEvidence: Sendable, Equatable {
    /// With ``EvidenceKind/incidents``: how many incidents touch the period at the unit or above it (for
    /// a province or the nation, also at the places below it), and how many of each kind.
    public var incidents: Int?
    public var incidentKinds: [IncidentKind: Int] = [:]
    /// With ``EvidenceKind/readiness``: the flag criteria not met (false, or never reported) as of the
    /// period's last day by the commune, or by at least one commune of a province or the nation,
    /// most often unmet first.
    public var unmet: [ReadinessCriterion]?
    /// Per unmet criterion, the communes of the unit that do not meet it (1 for a commune itself).
    public var unmetCommunes: [ReadinessCriterion: Int] = [:]

    public init() {}
}

/// Reads incidents and readiness once per request and answers per unit and period.
///
/// ```swift
/// let evidence = try await EvidenceCollector.load(store: store, kinds: [.incidents, .readiness], covering: range)
/// try await evidence.evidence(for: hanoi, in: range)   // incidents at Hà Nội or nationwide, criteria unmet
/// ```
public actor EvidenceCollector {
    let store: any UptakeStore
    public let kinds: Set<EvidenceKind>
    let incidents: [IncidentRecord]
    let parents: [String: String?]
    /// Readiness states by the day they are read as of.
    var readiness: [Day: [String: LocalityReadiness]] = [:]
    var communesOf: [String: [String]] = [:]

    init(store: any UptakeStore, kinds: Set<EvidenceKind>, incidents: [IncidentRecord], localities: [Locality]) {
        self.store = store
        self.kinds = kinds
        self.incidents = incidents
        parents = Dictionary(localities.map { ($0.code, $0.parentCode) }, uniquingKeysWith: { a, _ in a })
        for l in localities where l.level == .commune { communesOf[l.parentCode ?? "", default: []].append(l.code) }
    }

    /// Reads the incidents that touch `range` (every period asked about lies inside it) and the tree.
    public static func load(store: any UptakeStore, kinds: Set<EvidenceKind>, covering range: DayRange) async throws -> EvidenceCollector {
        let incidents = kinds.contains(.incidents) ? try await store.incidents(IncidentQuery(scope: .everywhere, range: range)) : []
        return EvidenceCollector(store: store, kinds: kinds, incidents: incidents, localities: try await store.localities())
    }

    /// The evidence beside `locality`'s figure for `range`.
    public func evidence(for locality: Locality, in range: DayRange) async throws -> UnitEvidence {
        try await evidence(code: locality.code, level: locality.level, in: range)
    }

    /// The evidence beside a row of rates: its unit over its period.
    public func evidence(for rows: [RateRow]) async throws -> [UnitEvidence] {
        var result: [UnitEvidence] = []
        for row in rows { result.append(try await evidence(code: row.code, level: row.level, in: DayRange(first: row.from, last: row.to))) }
        return result
    }

    /// The evidence beside each row of a comparison (its rows, then its total), over the current period.
    public func evidence(for comparison: ComparisonResult) async throws -> [UnitEvidence] {
        var result: [UnitEvidence] = []
        for row in comparison.rows + (comparison.total.map { [$0] } ?? []) {
            result.append(try await evidence(for: row.locality, in: comparison.current))
        }
        return result
    }

    /// The evidence beside a trend: over its whole range, or with `daily` for each day of it.
    public func evidence(for trend: TrendResult, daily: Bool = false) async throws -> [UnitEvidence] {
        guard daily else { return [try await evidence(for: trend.locality, in: trend.range)] }
        var result: [UnitEvidence] = []
        for day in trend.days { result.append(try await evidence(for: trend.locality, in: DayRange(first: day.day, last: day.day))) }
        return result
    }

    /// The evidence beside each ISO week of a trend.
    public func weeklyEvidence(for trend: TrendResult) async throws -> [UnitEvidence] {
        var result: [UnitEvidence] = []
        for week in trend.weeks { result.append(try await evidence(for: trend.locality, in: week.days)) }
        return result
    }

    func evidence(code: String, level: LocalityLevel, in range: DayRange) async throws -> UnitEvidence {
        let locality = (code: code, level: level)
        var evidence = UnitEvidence()
        if kinds.contains(.incidents) {
            let query = IncidentQuery(scope: .locality(locality.code, descendants: locality.level != .commune), range: range)
            let parents = self.parents
            let touching = incidents.filter { locality.level == .nation || query.matches($0, parentOf: { parents[$0] ?? nil }) }
            evidence.incidents = touching.count
            for i in touching { evidence.incidentKinds[i.kind, default: 0] += 1 }
        }
        if kinds.contains(.readiness) {
            let states = try await readinessStates(asOf: range.last)
            let communes: [String] = switch locality.level {
            case .commune: [locality.code]
            case .province: communesOf[locality.code] ?? []
            case .nation: communesOf.values.flatMap { $0 }
            }
            for code in communes {
                let values = states[code]?.values ?? [:]
                for criterion in ReadinessCriterion.flags where values[criterion] != .flag(true) { evidence.unmetCommunes[criterion, default: 0] += 1 }
            }
            evidence.unmet = evidence.unmetCommunes.sorted { ($1.value, $0.key.rawValue) < ($0.value, $1.key.rawValue) }.map(\.key)
        }
        return evidence
    }

    func readinessStates(asOf day: Day) async throws -> [String: LocalityReadiness] {
        if let known = readiness[day] { return known }
        let states = Dictionary(try await store.readiness(asOf: day, scope: .nation).map { ($0.locality.code, $0) }, uniquingKeysWith: { a, _ in a })
        readiness[day] = states
        return states
    }
}
