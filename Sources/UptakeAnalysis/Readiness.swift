import UptakeCore
import UptakeStoreAPI

/// What `uptake readiness` asks: the state of the service centres as of a date.
public struct ReadinessRequest: Sendable {
    /// As of this day (the latest row on or before it); `nil`: the latest row of all.
    public var asOf: Day?
    /// `province`: one row per province plus a national total; `commune`: one row per commune.
    public var level: LocalityLevel
    /// Only this province (and its communes).
    public var parent: String?
    /// The criteria a commune must all meet for "the basic requirements".
    public var criteria: [ReadinessCriterion]

    public init(asOf: Day?, level: LocalityLevel = .province, parent: String? = nil,
                criteria: [ReadinessCriterion] = ReadinessCriterion.basicRequirements) {
        self.asOf = asOf
        self.level = level
        self.parent = parent
        self.criteria = criteria
    }
}

/// The readiness of a group of communes (a province's, or the nation's).
///
/// Shares are over every commune of the group: a commune with no row for a criterion on or before
/// the date counts as not meeting it (and as not green), and `unreported` says how many had no
/// `reported_status` at all.
public struct ProvinceReadiness: Sendable, Equatable {
    public var locality: Locality
    public var communes: Int
    /// Communes whose `reported_status` is green.
    public var green: Int
    /// Communes without a `reported_status` row.
    public var unreported: Int
    /// Communes meeting every criterion of the request.
    public var meetingAll: Int
    /// Per criterion (every flag criterion, not only the request's), the communes where it holds.
    public var criterionTrue: [ReadinessCriterion: Int]
    /// The locality's own map colour (`nil` for the nation, or when not reported).
    public var status: StatusColour?

    public var greenShare: Double? { communes > 0 ? Double(green) / Double(communes) : nil }
    public var meetingAllShare: Double? { communes > 0 ? Double(meetingAll) / Double(communes) : nil }
    public func share(_ criterion: ReadinessCriterion) -> Double? {
        communes > 0 ? Double(criterionTrue[criterion] ?? 0) / Double(communes) : nil
    }
}

/// One commune's readiness: its colour, whether it meets every criterion, and each criterion's value
/// (`nil` when never reported on or before the date).
public struct CommuneReadiness: Sendable, Equatable {
    public var locality: Locality
    public var status: StatusColour?
    public var meetsAll: Bool
    public var values: [ReadinessCriterion: Bool]
}

/// The answer to a ``ReadinessRequest``.
public struct ReadinessReport: Sendable, Equatable {
    public var asOf: Day?
    /// The basic requirements asked for (every one must hold for `meetingAll`).
    public var criteria: [ReadinessCriterion]
    /// Every flag criterion (``ReadinessCriterion/flags``): counted and shown too, so the criteria that
    /// are not basic requirements can be read beside them.
    public var allCriteria: [ReadinessCriterion] { ReadinessCriterion.flags }
    /// Per province (with `level == .province`), by code.
    public var provinces: [ProvinceReadiness]
    /// Every commune in scope summed (the nation, or the one province asked for).
    public var total: ProvinceReadiness
    /// Per commune (with `level == .commune`), by code.
    public var communes: [CommuneReadiness]
    /// The map colours of the provinces in scope, counted.
    public var provinceColours: [StatusColour: Int]
}

/// Summarises readiness rows into per-province and national figures.
public struct ReadinessCalculator: Sendable {
    public let store: any UptakeStore

    public init(store: any UptakeStore) { self.store = store }

    public func report(_ request: ReadinessRequest) async throws -> ReadinessReport {
        let states = try await store.readiness(asOf: request.asOf, scope: request.parent.map(ReadinessScope.province) ?? .nation)
        return ReadinessCalculator.summarize(states, request: request)
    }

    /// The pure part: groups communes under their provinces and counts. `states` holds provinces
    /// and communes in any order.
    public static func summarize(_ states: [LocalityReadiness], request: ReadinessRequest) -> ReadinessReport {
        let provinces = states.filter { $0.locality.level == .province }.sorted { $0.locality.code < $1.locality.code }
        let communes = states.filter { $0.locality.level == .commune }.sorted { $0.locality.code < $1.locality.code }
        let byParent = Dictionary(grouping: communes) { $0.locality.parentCode ?? "" }
        let rows = provinces.map { p in
            group(p.locality, status: colour(p), communes: byParent[p.locality.code] ?? [], criteria: request.criteria)
        }
        var total = group(.nation, status: nil, communes: communes, criteria: request.criteria)
        if request.parent != nil, let only = rows.first { total = only }
        var colours: [StatusColour: Int] = [:]
        for p in provinces { if let c = colour(p) { colours[c, default: 0] += 1 } }
        let communeRows: [CommuneReadiness] = request.level != .commune ? [] : communes.map { c in
            var values: [ReadinessCriterion: Bool] = [:]
            for criterion in ReadinessCriterion.flags { if let v = flag(c, criterion) { values[criterion] = v } }
            return CommuneReadiness(locality: c.locality, status: colour(c), meetsAll: meets(c, request.criteria), values: values)
        }
        return ReadinessReport(asOf: request.asOf, criteria: request.criteria, provinces: request.level == .province ? rows : [],
                               total: total, communes: communeRows, provinceColours: colours)
    }

    static func group(_ locality: Locality, status: StatusColour?, communes: [LocalityReadiness], criteria: [ReadinessCriterion]) -> ProvinceReadiness {
        var r = ProvinceReadiness(locality: locality, communes: communes.count, green: 0, unreported: 0, meetingAll: 0,
                                  criterionTrue: Dictionary(uniqueKeysWithValues: ReadinessCriterion.flags.map { ($0, 0) }), status: status)
        for c in communes {
            switch colour(c) {
            case .green?: r.green += 1
            case nil: r.unreported += 1
            default: break
            }
            if meets(c, criteria) { r.meetingAll += 1 }
            for criterion in ReadinessCriterion.flags where flag(c, criterion) == true { r.criterionTrue[criterion, default: 0] += 1 }
        }
        return r
    }

    static func colour(_ s: LocalityReadiness) -> StatusColour? {
        if case .colour(let c)? = s.values[.reportedStatus] { return c }
        return nil
    }

    static func flag(_ s: LocalityReadiness, _ criterion: ReadinessCriterion) -> Bool? {
        if case .flag(let b)? = s.values[criterion] { return b }
        return nil
    }

    static func meets(_ s: LocalityReadiness, _ criteria: [ReadinessCriterion]) -> Bool {
        criteria.allSatisfy { flag(s, $0) == true }
    }
}
