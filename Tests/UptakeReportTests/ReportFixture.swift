import Foundation
import UptakeCore
import UptakeStoreAPI
import UptakeTestSupport

/// A small country for the report's tests: 4 provinces of 2 communes and 6 of one, March–July 2025, each working
/// day ~60 applications per commune (weekends ~5), online-submission ~55% except Hà Nội (~33%).
/// Planted: Hồ Chí Minh City's receipts fall by 30% from 1 July; Sài Gòn has no applications on
/// 14–16 July (an outage, with an incident recorded); Cao Bằng reports no readiness (not reported).
enum ReportFixture {
    static let provinces: [(code: String, name: String, communes: [(String, String)], rate: Double)] = [
        ("01", "Hà Nội", [("00004", "Ba Đình"), ("00008", "Hoàn Kiếm")], 0.33),
        ("04", "Cao Bằng", [("01279", "Thục Phán"), ("01288", "Nùng Trí Cao")], 0.52),
        ("46", "Huế", [("19753", "Phú Xuân"), ("19756", "Thuận Hóa")], 0.56),
        ("79", "Hồ Chí Minh", [("26734", "Sài Gòn"), ("26737", "Tân Định")], 0.58),
        ("08", "Tuyên Quang", [("02212", "Minh Xuân")], 0.53),
        ("12", "Lai Châu", [("03386", "Tân Phong")], 0.57),
        ("15", "Lào Cai", [("04456", "Cam Đường")], 0.54),
        ("22", "Quảng Ninh", [("06676", "Hạ Long")], 0.56),
        ("31", "Hải Phòng", [("11311", "Hồng Bàng")], 0.55),
        ("48", "Đà Nẵng", [("20194", "Hải Châu")], 0.58),
    ]

    static func store(readiness withReadiness: Bool = true) async -> InMemoryStore {
        var localities: [Locality] = []
        for p in provinces {
            localities.append(Locality(code: p.code, parentCode: nil, level: .province, name: p.name))
            for c in p.communes { localities.append(Locality(code: c.0, parentCode: p.code, level: .commune, name: c.1)) }
        }
        let store = InMemoryStore(localities: localities)
        var rng = SeededRandom(seed: 14)
        var records: [ApplicationRecord] = []
        let calendar = WorkingCalendar.vietnam
        let land = Sector("land")!
        for day in Day(iso: "2025-03-01")!...Day(iso: "2025-07-31")! {
            for p in provinces {
                for (code, _) in p.communes {
                    var mean = calendar.isWorkingDay(day) ? 60.0 : 5.0
                    if p.code == "79", day >= Day(iso: "2025-07-01")! { mean *= 0.7 }
                    if code == "26734", day >= Day(iso: "2025-07-14")!, day <= Day(iso: "2025-07-16")! { mean = 0 }
                    let received = Int64(max(0, (mean + Double.random(in: -1...1, using: &rng) * mean.squareRoot() * 1.5).rounded()))
                    let online = Int64((Double(received) * (p.rate + Double.random(in: -0.04...0.04, using: &rng))).rounded())
                    let resolved = Int64((Double(received) * 0.9).rounded())
                    records.append(ApplicationRecord(day: day, locality: code, sector: land, counts: ApplicationCounts(
                        received: received, receivedOnline: min(online, received), resolved: resolved, resolvedOnline: resolved / 10,
                        synced: received * 9 / 10, onTime: resolved * 95 / 100)))
                }
            }
        }
        await store.insert(records)
        await store.insert(incidents: [IncidentRecord(start: Instant(day: Day(iso: "2025-07-14")!, text: "2025-07-14T08:00:00+07:00"),
                                                      end: Instant(day: Day(iso: "2025-07-16")!, text: "2025-07-16T17:00:00+07:00"),
                                                      locality: "26734", system: .oneStop, kind: .outage, note: "one-stop software down")])
        var readiness: [ReadinessRecord] = []
        let asOf = Day(iso: "2025-06-30")!
        for p in provinces where p.code != "04" {
            readiness.append(ReadinessRecord(day: asOf, locality: p.code, criterion: .reportedStatus, value: .colour(.green)))
            for (i, c) in p.communes.enumerated() {
                readiness.append(ReadinessRecord(day: asOf, locality: c.0, criterion: .reportedStatus, value: .colour(i == 0 ? .green : .yellow)))
                for criterion in ReadinessCriterion.flags {
                    readiness.append(ReadinessRecord(day: asOf, locality: c.0, criterion: criterion, value: .flag(!(i == 1 && criterion == .supportStaff))))
                }
            }
        }
        if withReadiness { await store.insert(readiness: readiness) }
        return store
    }
}
