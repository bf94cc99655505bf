import Testing
import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI
import UptakeTestSupport

/// Words agree with numbers when days off carry applications: "per working day" is all the period's
/// applications ÷ its working days everywhere, so the peers' and the sectors' contrasts measure the
/// unit as the headline does. (They once used the working days' mean: Bình Dương's explanation said
/// "4% lower" in its headline and "went 2% higher" against its peers, of the same days.)
@Suite struct ExplainPerWorkingDayTests {
    static let june = DayRange(period: "2025-06")!, july = DayRange(period: "2025-07")!

    /// Provinces 79 (two communes), 01 and 02, two sectors, every day of June and July 2025: about
    /// 100 a weekday; on Saturdays 79's communes receive 90, the others 10; 5 on Sundays. In July
    /// 79's weekdays fall 10%. June has 21 working days and 4 Saturdays, July 23 and 4, so the two
    /// measures differ at 79.
    func store() async -> InMemoryStore {
        let localities = [Locality(code: "79", parentCode: nil, level: .province, name: "P79"), Locality(code: "01", parentCode: nil, level: .province, name: "P01"),
                          Locality(code: "02", parentCode: nil, level: .province, name: "P02")]
            + ["79001", "79002", "01001", "02001"].map { Locality(code: $0, parentCode: String($0.prefix(2)), level: .commune, name: "C\($0)") }
        let store = InMemoryStore(localities: localities)
        var random = SeededRandom(seed: 2_407)
        var rows: [ApplicationRecord] = []
        for day in Self.june.first...Self.july.last {
            for commune in ["79001", "79002", "01001", "02001"] {
                for sector in [Sector.civilStatus, .land] {
                    let weekday = day.isoWeekday
                    var received: Int64 = weekday == 7 ? 5 : weekday == 6 ? (commune.hasPrefix("79") ? 90 : 10) : Int64.random(in: 90...110, using: &random)
                    if commune.hasPrefix("79"), weekday <= 5, Self.july.contains(day) { received = received * 9 / 10 }
                    rows.append(ApplicationRecord(day: day, locality: commune, sector: sector, counts: ApplicationCounts(received: received, receivedOnline: received / 3)))
                }
            }
        }
        await store.insert(rows)
        return store
    }

    @Test func peersAndSectorsMeasureTheUnitAsTheHeadlineDoes() async throws {
        let store = await store()
        let e = try await Explainer(store: store).explain(ExplainRequest(locality: "79", window: Self.july, baseline: Self.june, metric: .received))
        let headline = try #require(e.fall)
        let peers = try #require(e.checks.compactMap { if case .peerDifference(let p) = $0, p.group == .otherProvinces { p } else { nil } }.first)
        expectClose(headline.observed / headline.expected, peers.contrast.unitChange, rel: 1e-12, "79's change, in its headline and against its peers")

        // The peers' change, and each sector's, from the rows themselves: all applications ÷ working days.
        let working = { (r: DayRange) in Double((r.first...r.last).filter { WorkingCalendar.vietnam.isWorkingDay($0) }.count) }
        func perWorkingDay(_ communes: Set<String>, _ sector: Sector?, _ r: DayRange) async throws -> Double {
            let sums = try await store.sums(SumsQuery(units: .localities(communes.sorted()), range: r, grain: .range, sectors: sector.map { [$0] }))
            return Double(sums.reduce(0) { $0 + $1.sums.received }) / working(r)
        }
        let others: Set<String> = ["01001", "02001"]
        expectClose(try await perWorkingDay(others, nil, Self.july) / perWorkingDay(others, nil, Self.june), peers.contrast.othersChange, rel: 1e-12, "the peers' change")
        let uniform = try #require(e.checks.compactMap { if case .uniformFall(let u) = $0 { u } else { nil } }.first, "\(e.checks)")
        for change in uniform.sectors {
            let ours: Set<String> = ["79001", "79002"]
            let expected = try await perWorkingDay(ours, change.sector, Self.july) / perWorkingDay(ours, change.sector, Self.june) - 1
            expectClose(expected, change.change, rel: 1e-12, "\(change.sector.name)'s change")
        }
    }
}
