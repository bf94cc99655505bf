import Foundation
import Testing
import UptakeAnalysis
import UptakeCore
import UptakeTestSupport

/// `targets` on months of data: the history's whole months, the verdicts' rules, and words that
/// agree with the numbers beside them.
@Suite struct TargetsTests {
    /// Ba Đình (00004) rising 20% → 70% over January–June 2025, Ngọc Hà (00008) falling 45% → 35%;
    /// Cao Bằng has no data. June is cut short (data end on 15 June), so May is the latest whole month.
    static func store() throws -> AnalysisStore {
        let fixture = try AnalysisStore()
        var csv = "date,locality,sector,received,received_online,resolved,resolved_online\n"
        for (m, (rising, falling)) in zip(1...6, [(200, 450), (300, 430), (400, 410), (500, 390), (600, 370), (700, 350)]) {
            csv += "2025-0\(m)-01,00004,land,1000,\(rising),0,0\n2025-0\(m)-01,00008,land,1000,\(falling),0,0\n"
            csv += "2025-0\(m)-15,00004,land,10,3,0,0\n"
        }
        try fixture.ingest(applications: csv)
        return fixture
    }

    func answer(_ targets: [Target], asOf: String = "2025-08-01") async throws -> TargetsResult {
        let fixture = try Self.store()  // kept until answered: its folder goes with it
        let result = try await TargetsAnalyzer(store: fixture.store).targets(targets, asOf: try #require(Day(iso: asOf)))
        withExtendedLifetime(fixture) {}
        return result
    }

    func target(_ scope: TargetScope, _ value: Double, by deadline: String = "2025-12-31") -> Target {
        Target(indicator: .onlineSubmission, scope: scope, deadline: Day(iso: deadline)!, value: value, source: "test", line: 2)
    }

    @Test func theHistoryIsTheWholeMonthsUpToTheDataAndAsOf() async throws {
        let late = try await answer([target(.locality("00004"), 0.5)])
        #expect(late.history?.label == "2025-01..2025-05")
        #expect(late.rows.first?.month == "2025-05" && late.rows.first?.months == 5)
        let early = try await answer([target(.locality("00004"), 0.5)], asOf: "2025-04-20")
        #expect(early.history?.label == "2025-01..2025-03")
        #expect(early.rows.first?.rate == 403.0 / 1010)
    }

    @Test func aRisingUnitFarFromAHighTargetIsJudgedByTheProjectionsInterval() async throws {
        let row = try #require(try await answer([target(.locality("00004"), 0.9)]).rows.first)
        // May: 603 of 1,010; 90% is 30.3 points away.
        #expect(row.numerator == 603 && row.denominator == 1010)
        expectClose(90 - 60300.0 / 1010, try #require(row.distancePoints), rel: 1e-12)
        let low = try #require(row.projectedLow), high = try #require(row.projectedHigh)
        #expect(row.status == (low >= 0.9 ? .onTrack : high < 0.9 ? .offTrack : .uncertain))
        // statsmodels on the same five months (GLM Binomial, scale 1 as Pearson's 0.49 is floored, use_t):
        // December's 96.98% (94.50%–98.36%), all of it above 90%.
        expectClose(0.969774, try #require(row.projected), rel: 1e-5)
        expectClose(0.944967, low, rel: 1e-5)
        expectClose(0.983593, high, rel: 1e-5)
        #expect(row.status == .onTrack && row.dispersion == 1)
        // logit 0.9 = 2.197 is reached at x = (2.197 + 1.317) / 0.435 = 8.08: the first month at or above it is x = 9, October.
        #expect(row.course == .reaches && row.crossing == "2025-10")
    }

    @Test func aFallingUnitBelowItsTargetIsNotAtThisTrend() async throws {
        let row = try #require(try await answer([target(.locality("00008"), 0.6)]).rows.first)
        #expect(row.status == .offTrack)
        #expect(try #require(row.projectedHigh) < 0.6)
        #expect(row.course == .notAtThisTrend && row.crossing == nil)
        #expect(try #require(row.slope) < 0)
    }

    @Test func aFallingUnitAboveItsTargetFallsBelowWithAnInterval() async throws {
        let row = try #require(try await answer([target(.locality("00008"), 0.3)]).rows.first)
        #expect(row.course == .fallsBelow)
        let crossing = try #require(row.crossing), low = try #require(row.crossingLow), high = try #require(row.crossingHigh)
        #expect(low <= crossing && crossing <= high && crossing > "2025-05")
    }

    @Test func aDeadlineInTheDataIsMetOrMissedOnItsMonth() async throws {
        let rows = try await answer([target(.locality("00004"), 0.35, by: "2025-03-31"), target(.locality("00004"), 0.45, by: "2025-03-31")]).rows
        #expect(rows.map(\.status) == [.met, .missed])
        #expect(rows.allSatisfy { $0.deadlineRate == 403.0 / 1010 && $0.projected == nil })
    }

    @Test func scopesListTheirUnitsAndLeaveOutThoseWithoutData() async throws {
        let result = try await answer([target(.provinces, 0.5), target(.communes, 0.5), target(.national, 0.5)])
        #expect(result.rows.map(\.code) == ["01", "00004", "00008", "VN"])
        #expect(result.unitsWithoutData == 2)  // Cao Bằng, and its commune Thục Phán
    }

    @Test func aTargetForAnUnknownUnitIsRefusedWithItsLine() async throws {
        await #expect { try await answer([target(.locality("99"), 0.5)]) } throws: { error in
            (error as? QueryError)?.message == "the target on line 2 is for 99, which is no province or commune of the database"
        }
    }

    /// datasets/targets.csv is what the analysis embeds, and parses.
    @Test func theShippedTargetsAreTheDatasetsFile() throws {
        let url = SimulationFixtures.repositoryRoot.appendingPathComponent("datasets/targets.csv")
        let file = try String(contentsOf: url, encoding: .utf8)
        #expect(file == TargetFile.shippedText + "\n")
        let shipped = try TargetFile.shipped()
        #expect(shipped.count == 4)
        // Every row says where it comes from; those not verified say they are illustrative.
        #expect(shipped.filter { $0.source.hasPrefix("illustrative (not an official target)") }.count == 2)
    }
}
