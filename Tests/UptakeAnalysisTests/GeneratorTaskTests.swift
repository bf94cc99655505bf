import Testing
import UptakeAnalysis
import UptakeCore
@testable import UptakeSimulation

/// The generated `tasks.csv` against the KH02 report: at 31 July 2025, 6 tasks of Plan 02 overdue
/// and not done, 2 in institutions, 1 in digital infrastructure, 1 in resources (practical
/// training), the 2 not itemised under `other`.
@Suite struct GeneratorTaskTests {
    @Test func thePublishedCountsHoldOn31July() throws {
        let g = try SimulationFixtures.generator(nil, from: "2025-07-01", to: "2025-10-31")
        let states = TaskReplay.states(g.tasks(), asOf: SimulationFixtures.day("2025-07-31"))
        let overdue = states.filter { $0.progress == .overdue }
        #expect(overdue.count == 6)
        let byGroup = Dictionary(grouping: overdue, by: \.record.group.name).mapValues(\.count)
        #expect(byGroup == ["institutions": 2, "digital_infrastructure": 1, "resources": 1, "other": 2])
        let training = try #require(overdue.first { $0.record.group.name == "resources" })
        #expect(training.record.owner == .locality("04") && training.record.title?.contains("training") == true)
        // 10 ministry tasks and 4 for each of the 34 provinces.
        #expect(states.count == 10 + 4 * 34)
        // Every record is valid input: done exactly when completed, never completed after its date.
        for r in g.tasks() {
            #expect((r.status == .done) == (r.completed != nil), "\(r.id)")
            if let c = r.completed { #expect(c <= r.day, "\(r.id)") }
        }
        // The overdue tasks are done later: on 31 October only the ministries' KH02-4.1 (due 15 October) is overdue.
        let october = TaskReplay.states(g.tasks(), asOf: SimulationFixtures.day("2025-10-31")).filter { $0.progress == .overdue }
        #expect(october.map(\.record.id) == ["KH02-4.1"])
    }

    @Test func aProvinceSubsetKeepsTheMinistriesTasks() throws {
        let g = try SimulationFixtures.generator(["04", "12"], from: "2025-07-31", to: "2025-07-31")
        let states = TaskReplay.states(g.tasks(), asOf: SimulationFixtures.day("2025-07-31"))
        #expect(states.count == 10 + 8)
        #expect(states.filter { $0.progress == .overdue }.count == 6)
        // Records after the range's last day are not written.
        #expect(g.tasks().allSatisfy { $0.day <= SimulationFixtures.day("2025-07-31") })
    }
}
