import Foundation
import Testing
import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI
import UptakeSQLite
import UptakeTestSupport
import UptakeIngest

/// Rates through the store: ratios of sums, intervals, zero denominators, revisions, ranks.
@Suite struct RatesTests {
    let dir = TemporaryDirectory()
    let store: SQLiteStore

    init() throws {
        store = try SQLiteStore(path: dir.file("r.sqlite"))
        _ = try store.ingestNow(path: dir.write("l.csv", sampleLocalitiesCSV), options: IngestOptions.todaysUnits(now: "t"), progress: nil)
        // Hà Nội (01): 00004 has 30/100 online, 00008 10/20; Cao Bằng (04): 01273 has 0/0 on one day and 12/15 on another.
        _ = try store.ingestNow(path: dir.write("a.csv", """
            date,locality,sector,received,received_online,resolved,resolved_online
            2025-07-01,00004,land,100,30,50,5
            2025-07-02,00008,land,20,10,10,0
            2025-07-03,01273,land,0,0,0,0
            2025-07-04,01273,civil_status,15,12,4,4

            """), options: IngestOptions.todaysUnits(now: "t"), progress: nil)
    }

    func rates(_ metric: Metric, _ units: UnitSelection, _ period: String = "2025-07", interval: IntervalMethod = .wilson,
               confidence: Double = 0.95, rank: Bool = false) async throws -> [RateRow] {
        try await RateCalculator(store: store).rates(RateRequest(metric: metric, units: units, range: DayRange(period: period)!, grain: .range,
                                                           confidence: confidence, interval: interval, rank: rank))
    }

    @Test func aRateIsARatioOfSumsNotAMeanOfRatios() async throws {
        let row = try await rates(.onlineSubmission, .localities(["01"]))[0]
        #expect((row.numerator, row.denominator) == (40, 120))
        #expect(row.value == 40.0 / 120.0)  // the mean of the communes' rates would be 0.4
    }

    // Reference intervals: statsmodels 0.15.0 proportion_confint(40, 120, method=…), alpha 0.05,
    // and (10, 20) at alpha 0.10. Tolerance 1e-12 relative: both sides evaluate the same closed
    // form (Wilson) or the same beta quantile (Jeffreys) in double precision.
    @Test(arguments: [(IntervalMethod.wilson, 0.95, 0.25531740501258443, 0.4216889837936501),
                      (.jeffreys, 0.95, 0.2537410980760436, 0.4208563910004964)])
    func intervalsMatchStatsmodels(method: IntervalMethod, confidence: Double, low: Double, high: Double) async throws {
        let row = try await rates(.onlineSubmission, .localities(["01"]), interval: method, confidence: confidence)[0]
        expectClose(low, row.low!, rel: 1e-12)
        expectClose(high, row.high!, rel: 1e-12)
    }

    @Test func confidenceLevelIsUsed() async throws {
        let row = try await rates(.onlineSubmission, .localities(["00008"]), confidence: 0.90)[0]
        expectClose(0.3274037678851559, row.low!, rel: 1e-12)
        expectClose(0.6725962321148441, row.high!, rel: 1e-12)
    }

    @Test func aZeroDenominatorIsNoDataNotZeroPercent() async throws {
        let row = try await rates(.onlineSubmission, .localities(["01273"]), "2025-07-03")[0]
        #expect(row.rows == 1)
        #expect(row.denominator == 0)
        #expect(row.value == nil)
        #expect(row.low == nil && row.high == nil)
        let empty = try await rates(.onlineSubmission, .localities(["01273"]), "2025-06")[0]
        #expect(empty.rows == 0 && empty.value == nil && empty.numerator == nil)
    }

    @Test func ranksMarkTheEnds() async throws {
        let rows = try await rates(.onlineSubmission, .provinces, rank: true)
        #expect(rows.map(\.code) == ["04", "01"])  // 12/15 = 80% above 40/120
        #expect(rows.map(\.rank) == [1, 2])
        #expect(rows.map(\.mark) == [.highest, .lowest])
    }

    @Test func volumesPerDayAndPerWorkingDay() async throws {
        let row = try await rates(.received, .localities(["01"]))[0]
        #expect(row.value == 120)
        #expect(row.perDay == 120.0 / 31)
        #expect(row.perWorkingDay == 120.0 / 23)  // July 2025: 23 working days, no holiday
    }

    @Test func aRevisionChangesTheAnswer() async throws {
        let before = try await rates(.onlineResult, .localities(["01"]))[0]
        #expect(before.value == 5.0 / 60.0)
        _ = try store.ingestNow(path: dir.write("b.csv", "date,locality,sector,received,received_online,resolved,resolved_online\n2025-07-02,00008,land,20,10,10,7\n"),
                             options: IngestOptions.todaysUnits(now: "t"), progress: nil)
        let after = try await rates(.onlineResult, .localities(["01"]))[0]
        #expect(after.value == 12.0 / 60.0)
    }

    @Test func theServiceIndexVariantIsAProduct() async throws {
        _ = try store.ingestNow(path: dir.write("s.csv", "date,locality,sector,received,received_online,synced\n2025-08-01,00004,land,10,4,5\n"),
                             options: IngestOptions.todaysUnits(now: "t"), progress: nil)
        let row = try await rates(.onlineSubmission766, .localities(["00004"]), "2025-08")[0]
        #expect(row.value == 0.4 * 0.5)
        #expect(row.low == nil)
    }
}
