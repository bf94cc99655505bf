import Foundation
import Testing
import UptakeCore
@testable import UptakeSimulation

@Suite("Generated data: contract and planted truth")
struct GeneratorContractTests {
    @Test func rowsKeepTheContractAndTheOrder() throws {
        let rows = try SimulationFixtures.generator(["01", "12"], from: "2025-08-25", to: "2025-09-07").applicationRecords()
        #expect(rows.count == (126 + 38) * 6 * 14)
        for r in rows {
            let c = r.counts
            #expect(c.received >= 0 && c.receivedOnline >= 0 && c.receivedOnline <= c.received)
            #expect(c.resolvedOnline! >= 0 && c.resolvedOnline! <= c.resolved!)
            #expect(c.synced! <= c.received && c.onTime! <= c.resolved!)
        }
        for (a, b) in zip(rows, rows.dropFirst()) { #expect((a.day, a.locality, a.sector) < (b.day, b.locality, b.sector)) }
        func total(_ day: String) -> Int64 { rows.filter { $0.day == Day(iso: day)! }.reduce(0) { $0 + $1.counts.received } }
        #expect(total("2025-09-02") * 20 < total("2025-09-03"))  // National Day
        #expect(total("2025-08-31") * 10 < total("2025-08-29"))  // a Sunday
    }

    /// Unlinked civil-status software: readiness says so and no civil-status result goes online.
    @Test func unlinkedCommunesReturnNoCivilStatusResultOnline() throws {
        let generator = try SimulationFixtures.generator(["01"], from: "2025-07-01", to: "2025-07-31")
        let unlinked = generator.truth().filter { $0.cause == .civilStatusUnlinked }
        #expect(unlinked.count == 4)
        let codes = Set(unlinked.map(\.locality))
        let state = SimulationFixtures.readiness(generator.readiness(), asOf: Day(iso: "2025-07-31")!)
        for code in codes {
            #expect(state[code]?[.civilStatusLinked] == .flag(false))
            #expect(state[code]?[.reportedStatus] == .colour(.green))  // trouble behind a green colour
        }
        var online: Int64 = 0, resolved: Int64 = 0
        generator.forEachApplication { r in
            if codes.contains(r.locality) && r.sector == .civilStatus { online += r.counts.resolvedOnline!; resolved += r.counts.resolved! }
        }
        #expect(online == 0 && resolved > 0)
    }

    /// Each planted outage: receipts in its window far below the fortnight before; most have an incident.
    @Test func outagesShowInTheDataAndMostInIncidents() throws {
        let national = try SimulationFixtures.generator(nil, from: "2025-01-01", to: "2025-10-31")
        let all = national.truth().filter { $0.id.hasPrefix("outage") }
        #expect(all.count == 14)
        let sample = all.prefix(3)
        let provinces = Set(sample.map { SimulationFixtures.provinceOf[$0.locality]! })
        let generator = try SimulationFixtures.generator(provinces, from: "2025-01-01", to: "2025-10-31")
        var inside: [String: (Int64, Int)] = [:], before: [String: (Int64, Int)] = [:]
        generator.forEachApplication { r in
            guard let e = sample.first(where: { $0.locality == r.locality }), !r.day.isWeekend else { return }
            if r.day >= e.start && r.day <= e.end { inside[e.id, default: (0, 0)].0 += r.counts.received; inside[e.id, default: (0, 0)].1 += 1 }
            if r.day < e.start && r.day >= e.start.advanced(by: -14) { before[e.id, default: (0, 0)].0 += r.counts.received; before[e.id, default: (0, 0)].1 += 1 }
        }
        for e in sample {
            let (a, na) = inside[e.id] ?? (0, 1), (b, nb) = before[e.id] ?? (0, 1)
            #expect(Double(a) / Double(max(na, 1)) < 0.2 * Double(b) / Double(max(nb, 1)), "\(e.id)")
        }
        let incidents = national.incidents()
        let logged = all.filter { e in incidents.contains { $0.system == .oneStop && $0.locality == e.locality && $0.start.day == e.start } }
        #expect(logged.count >= all.count / 2 && logged.count < all.count)
        let greenProvinces = Set(CalibrationTargets.kh02.allGreenProvinces)
        #expect(all.filter { greenProvinces.contains(SimulationFixtures.provinceOf[$0.locality]!) }.count >= 3)
    }

    @Test func truthIsClippedToTheRange() throws {
        let truth = try SimulationFixtures.generator(nil, from: "2025-06-01", to: "2025-07-31").truth()
        #expect(truth.allSatisfy { $0.start >= Day(iso: "2025-06-01")! && $0.end <= Day(iso: "2025-07-31")! && $0.start <= $0.end })
        #expect(truth.contains { $0.id == "hcmc-july-drop" })
        #expect(!truth.contains { $0.kind == .levelShift })  // starts 18 August
    }
}
