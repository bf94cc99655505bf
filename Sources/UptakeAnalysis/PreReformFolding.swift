import UptakeCore
import UptakeStoreAPI

/// A store seen in today's units, with the applications filed in pre-reform units folded in: every
/// question that sums (rates, compare, trend, the report, the dashboard) then reads a period before
/// 1 July 2025 as if it had been filed in today's codes. The fold is ``ReformCrosswalk``'s: provinces
/// and the nation exact, a commune exact where its old units went whole, and marked
/// ``UnitPeriodSums/allocated`` where a divided unit's equal share is in it.
///
/// Only sums fold: daily series (anomalies, forecasts), incidents and readiness are today's units'
/// alone. Answers in the old units themselves read ``PreReformUnitsStore`` instead.
struct PreReformFoldingStore: UptakeStore {
    let base: any UptakeStore
    let preReform: any PreReformStore
    /// Parsed on first use (about 0.2 s): only a question whose days reach pre-reform rows pays for it.
    var crosswalk: ReformCrosswalk { ReformCrosswalk.vietnam2025 }

    /// `store` with its pre-reform rows folded in, when it keeps any kind of them; else `store`.
    static func wrapping(_ store: any UptakeStore) -> any UptakeStore {
        guard !(store is PreReformFoldingStore), let preReform = store.capabilities.preReform else { return store }
        return PreReformFoldingStore(base: store, preReform: preReform)
    }

    func localities() async throws -> [Locality] { try await base.localities() }

    func sums(_ query: SumsQuery) async throws -> [UnitPeriodSums] {
        var out = try await base.sums(query)
        guard let span = try await preReform.preReformSpan(), span.first <= query.range.last, span.last >= query.range.first else { return out }
        let overlap = DayRange(first: max(span.first, query.range.first), last: min(span.last, query.range.last))
        // The base's periods partition the range; those that meet the pre-reform days are summed by the store.
        var periodByStart: [Day: DayRange] = [:]
        for s in out where periodByStart[s.period.first] == nil { periodByStart[s.period.first] = s.period }
        let starts = periodByStart.keys.sorted()
        let periods = starts.compactMap { periodByStart[$0] }
        let indexOfStart = Dictionary(uniqueKeysWithValues: starts.enumerated().map { ($1, $0) })
        let asked = periods.indices.filter { periods[$0].first <= overlap.last && periods[$0].last >= overlap.first }
        let old = try await preReform.preReformSums(periods: asked.map { periods[$0] }, sectors: query.sectors)
        guard !old.isEmpty else { return out }
        var byPeriod = [[Int: CountSums]](repeating: [:], count: periods.count)
        for o in old { byPeriod[asked[o.period]][o.unit, default: CountSums()] += o.sums }
        let provinces = byPeriod.map { crosswalk.foldToProvinces($0) }
        let communes = out.contains { $0.locality.level == .commune } ? byPeriod.map { crosswalk.foldToCommunes($0) } : []
        for i in out.indices {
            guard let p = indexOfStart[out[i].period.first] else { continue }
            let code = out[i].locality.code
            switch out[i].locality.level {
            case .nation:
                for sums in provinces[p].values { out[i].sums += sums }
            case .province:
                if let sums = provinces[p][code] { out[i].sums += sums }
            case .commune:
                if let folded = communes[p][code] {
                    out[i].sums += folded.sums
                    out[i].allocated = out[i].allocated || folded.allocated
                }
            }
        }
        return out
    }

    func applicationsSpan() async throws -> DayRange? {
        let current = try await base.applicationsSpan()
        guard let old = try await preReform.preReformSpan() else { return current }
        guard let current else { return old }
        return DayRange(first: min(old.first, current.first), last: max(old.last, current.last))
    }

    func sectors() async throws -> [Sector] {
        let all = Set(try await base.sectors().map(\.name)).union(try await preReform.preReformSectors().map(\.name))
        return all.sorted().compactMap { Sector($0) }
    }

    func readiness(asOf day: Day?, scope: ReadinessScope) async throws -> [LocalityReadiness] { try await base.readiness(asOf: day, scope: scope) }
    func dailySeries(_ query: SeriesQuery) async throws -> [DailySeries] { try await base.dailySeries(query) }
    func incidents(_ query: IncidentQuery) async throws -> [IncidentRecord] { try await base.incidents(query) }
    var capabilities: StoreCapabilities { base.capabilities }
}
