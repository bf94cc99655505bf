import UptakeCore
import UptakeStoreAPI

/// The reads that the explanations of one report repeat, each read once and kept for the report.
/// A report explains up to 25 flagged localities, often several communes of one province: each
/// asks for readiness as of the same two days (a pass over the whole readiness table each time),
/// the nation's sums, and its province's communes day by day (its peers; the province's own
/// explanation reads the same series). Reads particular to one locality go to the store.
actor ExplainMemo {
    let store: any UptakeStore
    private var national: [Day: Task<[LocalityReadiness], any Error>] = [:]
    private var sumsKept: [(SumsQuery, Task<[UnitPeriodSums], any Error>)] = []
    private var seriesKept: [(SeriesQuery, Task<[DailySeries], any Error>)] = []

    init(store: any UptakeStore) { self.store = store }

    /// A province's readiness is cut from the nation's: the province, then its communes by code,
    /// as every store answers it.
    func readiness(asOf day: Day, scope: ReadinessScope) async throws -> [LocalityReadiness] {
        let task = national[day] ?? Task { [store] in try await store.readiness(asOf: day, scope: .nation) }
        national[day] = task
        let all = try await task.value
        guard case .province(let code) = scope else { return all }
        guard let province = all.first(where: { $0.locality.code == code && $0.locality.level == .province }) else {
            return try await store.readiness(asOf: day, scope: scope)  // An unknown province: the store's own error.
        }
        return [province] + all.filter { $0.locality.level == .commune && $0.locality.parentCode == code }
    }

    /// Queries are compared one by one (they are Equatable, not Hashable): a report keeps a few dozen.
    func sums(_ query: SumsQuery) async throws -> [UnitPeriodSums] {
        if let kept = sumsKept.first(where: { $0.0 == query }) { return try await kept.1.value }
        let task = Task { [store] in try await store.sums(query) }
        sumsKept.append((query, task))
        return try await task.value
    }

    func dailySeries(_ query: SeriesQuery) async throws -> [DailySeries] {
        if let kept = seriesKept.first(where: { $0.0 == query }) { return try await kept.1.value }
        let task = Task { [store] in try await store.dailySeries(query) }
        seriesKept.append((query, task))
        return try await task.value
    }
}
