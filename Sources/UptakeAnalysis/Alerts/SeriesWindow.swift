import UptakeCore
import UptakeStoreAPI

/// A store whose daily series are read once over a window of days and cut for every question
/// inside it: what a morning check and a backtest ask again and again.
///
/// A check observes each watched metric over its revision window and scans it over the 84 days
/// before as well; a backtest does that for every day it replays. Each of those was a read of the
/// raw rows (a commune-level read of 91 days is about 1.8 M rows), so a quarter's backtest read the
/// same rows some 500 times. Here each metric, scope and sector filter is read once over `days`,
/// and the online share is assembled from the receipts and online receipts already read: its
/// numerator and denominator are those two counts summed over the same rows (``Metric/fraction(_:)``),
/// with a missing day missing in both.
///
/// A series cut from the window is the series a read of the shorter range gives: the same units in
/// the same order, the same sums, `NaN` on the same days. Per-sector series are not kept (a sector
/// without rows in the shorter range has no series there), nor is a range reaching outside the window:
/// both go to the store. The localities are read once (nothing here writes them).
actor SeriesWindow: UptakeStore {
    let base: any UptakeStore
    let days: DayRange
    private var kept: [(SeriesQuery, Task<[DailySeries], any Error>)] = []
    private var localityList: Task<[Locality], any Error>?

    init(base: any UptakeStore, days: DayRange) { (self.base, self.days) = (base, days) }

    nonisolated var capabilities: StoreCapabilities { base.capabilities }

    func localities() async throws -> [Locality] {
        let task = localityList ?? Task { [base] in try await base.localities() }
        localityList = task
        return try await task.value
    }

    func sums(_ query: SumsQuery) async throws -> [UnitPeriodSums] { try await base.sums(query) }
    func applicationsSpan() async throws -> DayRange? { try await base.applicationsSpan() }
    func sectors() async throws -> [Sector] { try await base.sectors() }
    func readiness(asOf day: Day?, scope: ReadinessScope) async throws -> [LocalityReadiness] { try await base.readiness(asOf: day, scope: scope) }
    func incidents(_ query: IncidentQuery) async throws -> [IncidentRecord] { try await base.incidents(query) }

    func dailySeries(_ query: SeriesQuery) async throws -> [DailySeries] {
        guard !query.bySector, days.first <= query.range.first, query.range.last <= days.last else { return try await base.dailySeries(query) }
        let whole = try await windowSeries(query.metric, query)
        let offset = days.first.distance(to: query.range.first), count = query.range.dayCount
        return whole.map { s in
            DailySeries(locality: s.locality, sector: s.sector, first: query.range.first, numerator: Array(s.numerator[offset..<offset + count]),
                        denominator: s.denominator.map { Array($0[offset..<offset + count]) })
        }
    }

    /// The window's series of `metric` for `query`'s units and sectors.
    private func windowSeries(_ metric: Metric, _ query: SeriesQuery) async throws -> [DailySeries] {
        if metric == .onlineSubmission {
            let online = try await windowSeries(.receivedOnline, query), received = try await windowSeries(.received, query)
            return zip(online, received).map { o, r in
                precondition(o.locality.code == r.locality.code, "two reads of the same units list them in the same order")
                return DailySeries(locality: o.locality, sector: o.sector, first: o.first, numerator: o.numerator, denominator: r.numerator)
            }
        }
        let whole = SeriesQuery(metric: metric, units: query.units, range: days, sectors: query.sectors)
        if let task = kept.first(where: { $0.0 == whole })?.1 { return try await task.value }
        let task = Task { [base] in try await base.dailySeries(whole) }
        kept.append((whole, task))
        return try await task.value
    }
}
