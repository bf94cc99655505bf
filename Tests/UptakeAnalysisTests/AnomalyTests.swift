import Foundation
import Testing
import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI
import UptakeTestSupport

/// Planted events in synthetic negative-binomial data, through the in-memory store: what the
/// detector must find, and what it must leave alone.
@Suite struct AnomalyTests {
    static let province = Locality(code: "01", parentCode: nil, level: .province, name: "Hà Nội")
    static func commune(_ n: Int) -> Locality {
        Locality(code: String(format: "%05d", n), parentCode: "01", level: .commune, name: "Xã \(n)")
    }
    static let july = DayRange(period: "2025-07")!
    static let history = DayRange(first: Day(iso: "2025-03-01")!, last: Day(iso: "2025-07-31")!)

    /// `communes` communes, each ~`level` a working day (θ = 5), a tenth of that at weekends and on
    /// holidays; `plant` rewrites a commune's count on a day.
    static func store(communes: Int = 1, level: Double = 30, shape: Double = 5, seed: UInt64 = 1,
                      plant: (Int, Day, Double) -> Double = { _, _, y in y }) async -> InMemoryStore {
        let store = InMemoryStore(localities: [province] + (1...communes).map(commune))
        var sampler = CountSampler(seed: seed)
        var records: [ApplicationRecord] = []
        for c in 1...communes {
            for day in history.first...history.last {
                let mean = WorkingCalendar.vietnam.isWorkingDay(day) && !day.isWeekend ? level : level / 10
                let y = plant(c, day, sampler.negativeBinomial(mean: mean, shape: shape))
                let online = (y * 0.6).rounded(.down)
                records.append(ApplicationRecord(day: day, locality: commune(c).code, sector: Sector("land")!,
                                                 counts: ApplicationCounts(received: Int64(y), receivedOnline: Int64(online))))
            }
        }
        await store.insert(records)
        return store
    }

    static func detect(_ store: InMemoryStore, _ request: AnomalyRequest) async throws -> AnomalyReport {
        try await AnomalyDetector(store: store).detect(request)
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func aThreeDayOutageIsOneDropWithTheZerosAsEvidence(seed: UInt64) async throws {
        let outage = Day(iso: "2025-07-15")!...Day(iso: "2025-07-17")!
        let store = await Self.store(seed: seed) { _, day, y in outage.contains(day) ? 0 : y }
        let report = try await Self.detect(store, AnomalyRequest(units: .communes(parentCode: "01"), range: Self.july))
        let drops = report.anomalies.filter { $0.kind == .drop }
        #expect(drops.count == 1, "\(report.anomalies.map { "\($0.kind) \($0.start)…\($0.end)" })")
        let drop = try #require(drops.first)
        #expect(drop.start == outage.lowerBound && drop.end == outage.upperBound)
        #expect(drop.observed == 0)
        #expect(drop.expected! > 60, "three working days of about 30")
        #expect(drop.score > 8, "three zeros where ~30 are expected: overwhelming evidence")
        #expect(drop.workingDays == 3)
    }

    @Test func holidaysWithZerosAreNeverAnomalies() async throws {
        // 30 April – 1 May 2025 and the bridge day 2 May: days off, here with nothing at all.
        let off = Day(iso: "2025-04-30")!...Day(iso: "2025-05-04")!
        let store = await Self.store { _, day, y in off.contains(day) ? 0 : y }
        let report = try await Self.detect(store, AnomalyRequest(units: .communes(parentCode: "01"),
                                                                 range: DayRange(period: "2025-05")!, direction: .both))
        #expect(report.anomalies.allSatisfy { !($0.start...$0.end).overlaps(off) }, "\(report.anomalies.map(\.start))")
    }

    @Test func aLastingDropIsOneLevelShiftNotThirtyDailyAnomalies() async throws {
        let store = await Self.store(level: 200, shape: 20) { _, day, y in day >= Day(iso: "2025-07-01")! ? (y * 0.6).rounded() : y }
        let report = try await Self.detect(store, AnomalyRequest(units: .communes(parentCode: "01"), range: Self.july))
        #expect(report.anomalies.count == 1, "\(report.anomalies.map { "\($0.kind) \($0.start)" })")
        let shift = try #require(report.anomalies.first)
        #expect(shift.kind == .levelShift)
        #expect(abs(shift.start.distance(to: Day(iso: "2025-07-01")!)) <= 1)
        #expect(shift.observed! / shift.expected! < 0.7)
    }

    @Test func aQuietSeriesGivesNoAnomaliesAndSmallSeriesAreNotJudged() async throws {
        let store = await Self.store(communes: 2, level: 3, seed: 9)
        let report = try await Self.detect(store, AnomalyRequest(units: .communes(parentCode: "01"), range: Self.july, direction: .both))
        #expect(report.anomalies.isEmpty, "3 a day: below the minimum expected count, judged at the province")
        #expect(report.seriesWithLowVolume == 2)
        #expect(report.judgedSeriesDays == 0)
    }

    @Test func nullDataStaysNearItsStatedFalseFlagRate() async throws {
        let store = await Self.store(communes: 40, level: 40, seed: 4)
        let report = try await Self.detect(store, AnomalyRequest(units: .communes(parentCode: "01"), range: Self.july, foldProvinceEvents: false))
        // 40 series × 23 working days at 0.1 per 1,000: 0.09 expected; the CUSUM adds about 0.2 per 1,000.
        #expect(report.judgedSeriesDays == 40 * 23, "July 2025: 23 working days")
        #expect(report.anomalies.count <= 2, "\(report.anomalies.map { "\($0.locality) \($0.start) \($0.score)" })")
    }

    @Test func communesDroppingTogetherAreOneProvinceEvent() async throws {
        let day = Day(iso: "2025-07-09")!
        let store = await Self.store(communes: 8, level: 80, seed: 5) { c, d, y in d == day && c <= 6 ? 0 : y }
        let report = try await Self.detect(store, AnomalyRequest(units: .communes(parentCode: "01"), range: Self.july))
        let event = try #require(report.anomalies.first { $0.level == .province })
        #expect(event.locality == "01" && event.start == day)
        #expect(event.members == (1...6).map { Self.commune($0).code })
        #expect(report.anomalies.filter { $0.level == .commune && $0.start == day }.isEmpty)
        #expect(report.foldedIntoEvents == 6)
    }

    /// A commune with two drops inside the folding window counts once: two communes are not a
    /// province event however many anomalies they have, and an event lists each member once.
    @Test func provinceEventsCountCommunesNotAnomalies() async throws {
        let first = Day(iso: "2025-07-09")!, second = Day(iso: "2025-07-11")!
        let two = await Self.store(communes: 8, level: 80, seed: 5) { c, d, y in (c == 1 && (d == first || d == second)) || (c == 2 && d == first) ? 0 : y }
        let twoReport = try await Self.detect(two, AnomalyRequest(units: .communes(parentCode: "01"), range: Self.july))
        #expect(twoReport.anomalies.filter { $0.level == .commune && ($0.start == first || $0.start == second) }.count == 3,
                "\(twoReport.anomalies.map { "\($0.locality) \($0.start)" })")
        #expect(twoReport.anomalies.allSatisfy { $0.level == .commune }, "two communes are not a province event")

        let three = await Self.store(communes: 8, level: 80, seed: 5) { c, d, y in (c == 1 && (d == first || d == second)) || ((2...3).contains(c) && d == first) ? 0 : y }
        let threeReport = try await Self.detect(three, AnomalyRequest(units: .communes(parentCode: "01"), range: Self.july))
        let event = try #require(threeReport.anomalies.first { $0.level == .province })
        #expect(event.members == (1...3).map { Self.commune($0).code })
    }

    @Test func aCollapseOfTheOnlineShareIsARateDrop() async throws {
        let broken = Day(iso: "2025-07-21")!...Day(iso: "2025-07-23")!
        let store = InMemoryStore(localities: [Self.province, Self.commune(1)])
        var sampler = CountSampler(seed: 6)
        var records: [ApplicationRecord] = []
        for day in Self.history.first...Self.history.last where !day.isWeekend {
            let n = sampler.negativeBinomial(mean: 80, shape: 20)
            let share = broken.contains(day) ? 0.05 : 0.6
            let x = (0..<Int(n)).reduce(0.0) { total, _ in total + (sampler.unit() < share ? 1 : 0) }
            records.append(ApplicationRecord(day: day, locality: "00001", sector: Sector("land")!,
                                             counts: ApplicationCounts(received: Int64(n), receivedOnline: Int64(x))))
        }
        await store.insert(records)
        let report = try await Self.detect(store, AnomalyRequest(metric: .onlineSubmission, units: .communes(parentCode: "01"), range: Self.july))
        let drop = try #require(report.anomalies.first)
        #expect(report.anomalies.count == 1)
        #expect(drop.kind == .rateDrop && drop.start == broken.lowerBound && drop.end == broken.upperBound)
        #expect(drop.observed! < 0.1 && drop.expected! > 0.5)
    }

    @Test func theSameDataGivesTheSameAnomaliesAndIDs() async throws {
        let outage = Day(iso: "2025-07-15")!
        let a = try await Self.detect(await Self.store { _, d, y in d == outage ? 0 : y }, AnomalyRequest(units: .communes(parentCode: "01"), range: Self.july))
        let b = try await Self.detect(await Self.store { _, d, y in d == outage ? 0 : y }, AnomalyRequest(units: .communes(parentCode: "01"), range: Self.july))
        #expect(a.anomalies == b.anomalies)
        #expect(a.anomalies.map(\.id).allSatisfy { $0.count == 17 && $0.hasPrefix("a") })
    }

    @Test func incidentsAtThePlaceOrAboveAreAttached() async throws {
        let outage = Day(iso: "2025-07-15")!...Day(iso: "2025-07-16")!
        let store = await Self.store { _, d, y in outage.contains(d) ? 0 : y }
        let instant = { (d: Day) in Instant(day: d, text: d.description) }
        await store.insert(incidents: [
            IncidentRecord(start: instant(outage.lowerBound), end: instant(outage.upperBound), locality: "00001", system: .oneStop, kind: .outage),
            IncidentRecord(start: instant(outage.lowerBound), end: nil, locality: "01", system: .network, kind: .degraded),
            IncidentRecord(start: instant(Day(iso: "2025-07-02")!), end: instant(Day(iso: "2025-07-02")!), locality: "00001", system: .oneStop, kind: .error),
        ])
        let report = try await Self.detect(store, AnomalyRequest(units: .communes(parentCode: "01"), range: Self.july))
        let drop = try #require(report.anomalies.first { $0.kind == .drop })
        #expect(drop.incidents.map(\.system) == [.oneStop, .network], "the commune's and its province's, not the earlier one")
    }

    @Test func theJSONIsTheContractsArrayOfAnomalyObjects() async throws {
        let store = await Self.store { _, d, y in d == Day(iso: "2025-07-15")! ? 0 : y }
        let report = try await Self.detect(store, AnomalyRequest(units: .communes(parentCode: "01"), range: Self.july))
        let data = try JSONEncoder().encode(report.anomalies)
        let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(!objects.isEmpty)
        for o in objects {
            for key in ["kind", "metric", "locality", "sector", "start", "end", "direction", "score", "id"] {
                #expect(o.keys.contains(key), "contract key \(key)")
            }
            #expect(o["sector"] is NSNull)
            #expect(o["direction"] as? String == "down")
        }
    }
}
