import Foundation
import Testing
import UptakeCore
@testable import UptakeSimulation

/// The multi-year generator (issue 26): the days before 1 July 2025 written in the pre-reform units.
@Suite("Generator across the 2025 reform")
struct GeneratorReformTests {
    static func generator(_ provinces: Set<String>?, from: String, to: String) throws -> DatasetGenerator {
        try #require(!SimulationFixtures.localities.isEmpty, "datasets/vn-localities-2025.csv not found")
        let config = SimulationConfiguration(seed: SimulationConfiguration.nationalSeed,
                                             range: DayRange(first: SimulationFixtures.day(from), last: SimulationFixtures.day(to)),
                                             provinces: provinces, preReformUnits: true)
        return try DatasetGenerator(localities: SimulationFixtures.localities, configuration: config)
    }

    /// The counts a fold must keep (`rows` differs: an old unit is a row of its own).
    static func counts(_ s: CountSums) -> [Int64] { [s.received, s.receivedOnline, s.resolved, s.resolvedOnline, s.synced, s.onTime] }

    /// The published July 2025 figures come out of the multi-year range as out of the 2025 one:
    /// the model simulates today's communes throughout and the calibration runs on what it simulated.
    @Test func julyFiguresHoldOverTheMultiYearRange() throws {
        let range = SimulationConfiguration.multiYearRange
        let g = try Self.generator(["01"], from: range.first.description, to: range.last.description)
        var july = Totals()
        var preReformRows = 0
        try g.forEachApplicationAsFiled(current: { if GeneratorCalibrationTests.july.contains($0.day) { july.add($0.counts) } },
                                        preReform: { _ in preReformRows += 1 })
        #expect(SimulationFixtures.rounded(100 * july.onlineSubmission, 2) == 32.73)
        #expect(SimulationFixtures.rounded(100 * july.onlineResult, 1) == 5.3)
        // Hà Nội's 526 pre-reform units (crosswalk), 6 sectors, 2024-01-01 to 2025-06-30.
        #expect(g.preReformUnitCount == 526)
        #expect(preReformRows == 526 * 6 * 547)
    }

    /// Hồ Chí Minh City's July receipts stay below 0.85 × June's when June is filed in the old
    /// units of the three provinces that merged into it (folded back to the province).
    @Test func hoChiMinhJulyBelowAFoldedJune() throws {
        let g = try Self.generator(["79"], from: "2024-01-01", to: "2025-07-31")
        let crosswalk = ReformCrosswalk.vietnam2025
        var june = 0, july = 0
        var oldProvinces = Set<String>()
        try g.forEachApplicationAsFiled(current: { if GeneratorCalibrationTests.july.contains($0.day) { july += Int($0.counts.received) } },
                                        preReform: { r in
            guard r.day >= SimulationFixtures.day("2025-06-01"), let unit = crosswalk[r.locality] else { return }
            oldProvinces.insert(unit.provinceCode)
            if unit.newProvinceCode == "79" { june += Int(r.counts.received) }
        })
        #expect(oldProvinces == ["74", "77", "79"])  // Bình Dương, Bà Rịa–Vũng Tàu, Hồ Chí Minh City
        #expect(Double(july) / 31 < CalibrationTargets.kh02.hoChiMinhJulyOverJuneAtMost * Double(june) / 30)
    }

    /// Folding the old-unit rows through the crosswalk gives the model's rows in today's units: every
    /// province exactly, and every commune that no divided old unit went into, each day. Every old
    /// row keeps the contract's bounds, and the two files meet at the reform.
    @Test func foldingTheOldRowsGivesTodaysAnswers() throws {
        let g = try Self.generator(["01", "79", "12"], from: "2025-06-27", to: "2025-07-02")
        let crosswalk = ReformCrosswalk.vietnam2025
        let reformDay = SimulationFixtures.day("2025-07-01")
        var model: [Day: (provinces: [String: CountSums], communes: [String: CountSums])] = [:]
        g.forEachApplication { r in
            guard r.day < reformDay, let province = SimulationFixtures.provinceOf[r.locality] else { return }
            model[r.day, default: ([:], [:])].provinces[province, default: CountSums()] += CountSums(r.counts)
            model[r.day, default: ([:], [:])].communes[r.locality, default: CountSums()] += CountSums(r.counts)
        }
        var old: [Day: [Int: CountSums]] = [:]
        var currentDays = Set<Day>()
        var outOfBounds = 0
        try g.forEachApplicationAsFiled(current: { currentDays.insert($0.day) }, preReform: { r in
            let c = r.counts
            if c.receivedOnline > c.received || (c.synced ?? 0) > c.received
                || (c.resolvedOnline ?? 0) > (c.resolved ?? 0) || (c.onTime ?? 0) > (c.resolved ?? 0) { outOfBounds += 1 }
            guard let index = crosswalk.index(ofCode: r.locality) else { Issue.record("unknown old code \(r.locality)"); return }
            old[r.day, default: [:]][index, default: CountSums()] += CountSums(r.counts)
        })
        #expect(outOfBounds == 0)
        #expect(Set(old.keys) == Set(model.keys))
        #expect(old.keys.count == 4)
        #expect(currentDays.allSatisfy { $0 >= reformDay } && currentDays.count == 2)
        var exactCommunes = 0, allocatedCommunes = 0
        for (day, sums) in old {
            let expected = try #require(model[day])
            let provinces = crosswalk.foldToProvinces(sums)
            #expect(provinces.mapValues(Self.counts) == expected.provinces.mapValues(Self.counts), "provinces on \(day)")
            let communes = crosswalk.foldToCommunes(sums)
            #expect(Set(communes.keys) == Set(expected.communes.keys))
            for (code, folded) in communes where !folded.allocated {
                exactCommunes += 1
                #expect(Self.counts(folded.sums) == expected.communes[code].map(Self.counts), "commune \(code) on \(day)")
            }
            allocatedCommunes += communes.values.filter(\.allocated).count
        }
        // Both kinds occur in these provinces, so the test speaks of both.
        #expect(exactCommunes > 4 * 100)
        #expect(allocatedCommunes > 0)
    }

    /// The 2024 and 2026 calendars reach the model: Tết of each year is a holiday with next to no
    /// receipts (the 2025 table alone would have left them ordinary days).
    @Test func holidaysOfEveryYear() {
        for text in ["2024-02-12", "2024-09-03", "2026-02-18", "2026-09-02", "2025-01-30"] {
            #expect(GeneratorHolidays.isHoliday(SimulationFixtures.day(text)), "\(text)")
        }
        #expect(!GeneratorHolidays.isHoliday(SimulationFixtures.day("2026-03-04")))
        // 2025 keeps the committed dataset's table: the 2 May bridge day is not in it.
        #expect(!GeneratorHolidays.isHoliday(SimulationFixtures.day("2025-05-02")))
        let factors = DayFactors(first: SimulationFixtures.day("2026-01-01"), last: SimulationFixtures.day("2026-03-31"),
                                 isHoliday: GeneratorHolidays.isHoliday)
        func volume(_ text: String) -> Double { factors.volume[factors.firstDay.distance(to: SimulationFixtures.day(text))] }
        #expect(volume("2026-02-18") < 0.05)
        #expect(volume("2026-02-04") > volume("2026-03-04"))  // the rush before Tết (both Wednesdays)
    }
}
