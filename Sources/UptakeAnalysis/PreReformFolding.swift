import UptakeCore
import UptakeStoreAPI

/// A store seen in today's units, with the applications filed in pre-reform units folded in: every
/// question that sums (rates, compare, trend, the report, the dashboard) then reads a period before
/// 1 July 2025 as if it had been filed in today's codes. The fold is ``ReformCrosswalk``'s: provinces
/// and the nation exact, a commune exact where its old units went whole, and marked
/// ``UnitPeriodSums/allocated`` where a divided unit's equal share is in it.
///
/// Only sums fold: daily series (anomalies, forecasts), incidents and readiness are today's units'
/// alone. Answering in the old units themselves is not done yet.
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
        let days = try await preReform.preReformDaySums(range: overlap, sectors: query.sectors)
        guard !days.isEmpty else { return out }
        // The base's periods partition the range: each old row goes to the one holding its day.
        let starts = Set(out.map(\.period.first)).sorted()
        var byPeriod = [[Int: CountSums]](repeating: [:], count: starts.count)
        for d in days {
            guard let p = PreReformFoldingStore.period(of: d.day, starts: starts) else { continue }
            byPeriod[p][d.unit, default: CountSums()] += d.sums
        }
        let provinces = byPeriod.map { crosswalk.foldToProvinces($0) }
        let communes = out.contains { $0.locality.level == .commune } ? byPeriod.map { crosswalk.foldToCommunes($0) } : []
        for i in out.indices {
            guard let p = PreReformFoldingStore.period(of: out[i].period.first, starts: starts) else { continue }
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

    /// The index of the last start on or before `day` (`nil` before the first).
    static func period(of day: Day, starts: [Day]) -> Int? {
        var (low, high) = (0, starts.count)
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= day { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : low - 1
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
