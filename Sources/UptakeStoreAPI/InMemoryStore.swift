import UptakeCore

/// A store held in memory: the reference implementation of ``UptakeStore`` for tests of the
/// analysis (and the server) that need no database, and the second party of the conformance suite.
///
/// Rows go in through ``insert(_:)``, or through the ingest pipeline as into a database (it is an
/// ``IngestingStore``); a row with a key already held replaces it, as a revision does in the
/// database. Sums are computed from the rows on every call: simple and slow by design.
///
/// ```swift
/// let store = InMemoryStore(localities: provincesAndCommunes)
/// await store.insert([ApplicationRecord(day: d, locality: "00004", sector: .civilStatus, counts: counts)])
/// let july = try await store.sums(SumsQuery(units: .provinces, range: DayRange(period: "2025-07")!, grain: .month))
/// ```
public actor InMemoryStore: UptakeStore {
    /// Plan tasks; no SQL and no data version (a server computes every answer afresh).
    public nonisolated var capabilities: StoreCapabilities { StoreCapabilities(planTasks: self) }
    var byCode: [String: Locality] = [:]
    var applications: [ApplicationKey: ApplicationCounts] = [:]
    var incidentRows: [IncidentRecord] = []
    var readinessRows: [ReadinessRecord] = []
    /// The SHA-256 of each committed ingest (``IngestingStore``), in order: ingest n is at n − 1.
    var ingestHashes: [String] = []
    /// Plan task records (``PlanTaskStore``), each (id, date) once.
    var taskRows: [PlanTaskRecord] = []

    struct ApplicationKey: Hashable {
        var day: Day
        var locality: String
        var sector: Sector
    }

    public init(localities: [Locality] = []) {
        for l in localities { byCode[l.code] = l }
    }

    public func insert(localities: [Locality]) { for l in localities { byCode[l.code] = l } }

    public func insert(_ records: [ApplicationRecord]) {
        for r in records { applications[ApplicationKey(day: r.day, locality: r.locality, sector: r.sector)] = r.counts }
    }

    public func insert(incidents: [IncidentRecord]) { incidentRows += incidents }
    public func insert(readiness: [ReadinessRecord]) { readinessRows += readiness }

    public func localities() -> [Locality] { byCode.values.sorted { $0.code < $1.code } }

    public func sectors() -> [Sector] { Set(applications.keys.map(\.sector)).sorted() }

    public func applicationsSpan() -> DayRange? {
        guard let first = applications.keys.map(\.day).min(), let last = applications.keys.map(\.day).max() else { return nil }
        return DayRange(first: first, last: last)
    }

    public func sums(_ query: SumsQuery) throws -> [UnitPeriodSums] {
        let units = try resolve(query.units)
        let periods = query.range.periods(query.grain)
        let wanted = query.sectors.map(Set.init)
        let unitOf = unitIndex(units, query.units)
        var totals = [[CountSums]](repeating: [CountSums](repeating: CountSums(), count: periods.count), count: units.count)
        for (key, counts) in applications where query.range.contains(key.day) {
            if let wanted, !wanted.contains(key.sector) { continue }
            guard let unit = unitOf(key.locality), let p = periods.lastIndex(where: { $0.first <= key.day }) else { continue }
            totals[unit][p] += CountSums(counts)
        }
        return units.indices.flatMap { u in
            periods.indices.map { p in UnitPeriodSums(locality: units[u], period: periods[p], sums: totals[u][p]) }
        }
    }

    public func dailySeries(_ query: SeriesQuery) throws -> [DailySeries] {
        guard query.metric.hasDailySeries else { throw QueryError("\(query.metric.rawValue) has no daily series") }
        let units = try resolve(query.units)
        let wanted = query.sectors.map(Set.init)
        let unitOf = unitIndex(units, query.units)
        // Sums per (unit, sector or nil, day).
        struct Key: Hashable { var unit: Int; var sector: Sector? }
        var sums: [Key: [Int: CountSums]] = [:]
        for (key, counts) in applications where query.range.contains(key.day) {
            if let wanted, !wanted.contains(key.sector) { continue }
            guard let unit = unitOf(key.locality) else { continue }
            sums[Key(unit: unit, sector: query.bySector ? key.sector : nil), default: [:]][query.range.first.distance(to: key.day), default: CountSums()] += CountSums(counts)
        }
        let n = query.range.dayCount
        var result: [DailySeries] = []
        for (i, unit) in units.enumerated() {
            let keys = sums.keys.filter { $0.unit == i }.sorted { ($0.sector?.name ?? "") < ($1.sector?.name ?? "") }
            for key in (query.bySector ? keys : [Key(unit: i, sector: nil)]) {
                var numerator = [Double](repeating: .nan, count: n)
                var denominator: [Double]? = query.metric.isRate ? [Double](repeating: .nan, count: n) : nil
                for (day, s) in sums[key] ?? [:] {
                    guard let f = query.metric.fraction(s) else { continue }
                    numerator[day] = Double(f.numerator)
                    denominator?[day] = Double(f.denominator ?? 0)
                }
                result.append(DailySeries(locality: unit, sector: key.sector, first: query.range.first, numerator: numerator, denominator: denominator))
            }
        }
        return result
    }

    public func readiness(asOf day: Day?, scope: ReadinessScope) throws -> [LocalityReadiness] {
        let places: [Locality]
        switch scope {
        case .nation:
            places = localities().filter { $0.level == .province } + localities().filter { $0.level == .commune }
        case .province(let code):
            guard let p = byCode[code], p.level == .province else { throw QueryError("unknown province \"\(code)\"") }
            places = [p] + localities().filter { $0.parentCode == code }
        }
        var latest: [String: [ReadinessCriterion: (Day, ReadinessValue)]] = [:]
        for r in readinessRows where day.map({ r.day <= $0 }) ?? true {
            if let held = latest[r.locality]?[r.criterion], held.0 > r.day { continue }
            latest[r.locality, default: [:]][r.criterion] = (r.day, r.value)
        }
        return places.map { l in LocalityReadiness(locality: l, values: (latest[l.code] ?? [:]).mapValues(\.1)) }
    }

    public func incidents(_ query: IncidentQuery) throws -> [IncidentRecord] {
        if case .locality(let code, _) = query.scope, byCode[code] == nil { throw QueryError("unknown locality \"\(code)\"") }
        return incidentRows.filter { query.matches($0, parentOf: { self.byCode[$0]?.parentCode }) }.sorted(by: IncidentRecord.chronological)
    }

    /// Which unit a locality's rows count for: itself, its province when the province is a unit, the
    /// nation (unit 0) for every known locality.
    private func unitIndex(_ units: [Locality], _ selection: UnitSelection) -> (String) -> Int? {
        if selection == .nation { return { [byCode] code in byCode[code] != nil ? 0 : nil } }
        var unitOf: [String: Int] = [:]
        for (i, u) in units.enumerated() {
            unitOf[u.code] = i
            if u.level == .province { for c in byCode.values where c.parentCode == u.code { unitOf[c.code] = i } }
        }
        return { unitOf[$0] }
    }

    private func resolve(_ selection: UnitSelection) throws -> [Locality] {
        switch selection {
        case .nation:
            return [.nation]
        case .provinces:
            return localities().filter { $0.level == .province }
        case .communes(let parent):
            if let parent, byCode[parent] == nil { throw QueryError("unknown locality \"\(parent)\"") }
            return localities().filter { $0.level == .commune && (parent == nil || $0.parentCode == parent) }
        case .localities(let codes):
            return try codes.map { code in
                guard let l = byCode[code] else { throw QueryError("unknown locality \"\(code)\"") }
                return l
            }
        }
    }
}

extension IncidentRecord {
    /// The order every store returns incidents in: by start, then place, system and kind.
    public static func chronological(_ a: IncidentRecord, _ b: IncidentRecord) -> Bool {
        (a.start.text, a.locality ?? "", a.system.rawValue, a.kind.rawValue) < (b.start.text, b.locality ?? "", b.system.rawValue, b.kind.rawValue)
    }
}
