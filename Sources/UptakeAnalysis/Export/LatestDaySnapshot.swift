import UptakeCore
import UptakeStoreAPI

/// The latest day's figures per province and the alert states: what `uptake export prometheus`
/// writes for node_exporter's textfile collector.
public struct LatestDaySnapshot: Sendable {
    public struct Province: Sendable, Equatable {
        public var locality: Locality
        public var sums: CountSums
        /// Each simple rate that has a denominator that day.
        public var rates: [(metric: Metric, value: Double)]

        public init(locality: Locality, sums: CountSums, rates: [(metric: Metric, value: Double)]) {
            (self.locality, self.sums, self.rates) = (locality, sums, rates)
        }

        public static func == (a: Province, b: Province) -> Bool {
            a.locality == b.locality && a.sums == b.sums && a.rates.map(\.metric) == b.rates.map(\.metric) && a.rates.map(\.value) == b.rates.map(\.value)
        }
    }

    /// The latest day with data (`nil`: the database holds none).
    public var day: Day?
    public var provinces: [Province]
    /// Alerts pending or firing.
    public var alerts: [AlertRecord]
    public var lastEvaluated: Day?

    public init(day: Day?, provinces: [Province], alerts: [AlertRecord], lastEvaluated: Day?) {
        (self.day, self.provinces, self.alerts, self.lastEvaluated) = (day, provinces, alerts, lastEvaluated)
    }

    /// Reads the latest day (or `day`) and the stored alerts.
    public static func read(store: any UptakeStore, state: (any AlertStateStore)?, day: Day? = nil) async throws -> LatestDaySnapshot {
        let book = try await state?.alertBook() ?? AlertBook()
        let alerts = book.alerts.values.filter { $0.status == .firing || $0.status == .pending }.sorted { $0.fingerprint < $1.fingerprint }
        var latest = day
        if latest == nil { latest = try await store.applicationsSpan()?.last }
        guard let latest else {
            return LatestDaySnapshot(day: nil, provinces: [], alerts: alerts, lastEvaluated: book.lastEvaluated)
        }
        let sums = try await store.sums(SumsQuery(units: .provinces, range: DayRange(first: latest, last: latest), grain: .day))
        let rates: [Metric] = [.onlineSubmission, .onlineResult, .sync, .onTime]
        let provinces = sums.filter { $0.sums.rows > 0 }.map { u in
            Province(locality: u.locality, sums: u.sums, rates: rates.compactMap { m in
                guard let f = m.fraction(u.sums), let den = f.denominator, den > 0 else { return nil }
                return (m, Double(f.numerator) / Double(den))
            })
        }
        return LatestDaySnapshot(day: latest, provinces: provinces, alerts: alerts, lastEvaluated: book.lastEvaluated)
    }
}
