import Foundation
import Testing
import UptakeAnalysis
import UptakeCore
import UptakeSimulation
import UptakeStoreAPI
import UptakeTestSupport
import UptakeIngest

@Suite struct ComparisonTests {
    static let june = DayRange(period: "2025-06")!, july = DayRange(period: "2025-07")!

    /// By hand, through the store. Hà Nội's communes Ba Đình (00004) 30/100 online in June → 60/100 in
    /// July, Ngọc Hà (00008) 80/100 → 90/300. Hà Nội: 110/200 = 55% → 150/400 = 37.5%, change −17.5 points;
    /// mean rate R̄ = 46.25%. Ba Đình: w 0.5 → 0.25, r 0.3 → 0.6: within 0.3·0.375 = 0.1125, centred mix
    /// −0.25·(0.45 − 0.4625) = 0.003125. Ngọc Hà: w 0.5 → 0.75, r 0.8 → 0.3: within −0.5·0.625 = −0.3125,
    /// mix 0.25·(0.55 − 0.4625) = 0.021875. Sum 0.1125 + 0.003125 − 0.3125 + 0.021875 = −0.175.
    @Test func workedDecomposition() async throws {
        let fixture = try AnalysisStore()
        try fixture.ingest(applications: """
            date,locality,received,received_online
            2025-06-02,00004,100,30
            2025-06-02,00008,100,80
            2025-07-01,00004,100,60
            2025-07-01,00008,300,90

            """)
        let result = try await Comparer(store: fixture.store).compare(
            ComparisonRequest(units: .communes(parentCode: "01"), current: Self.july, decompose: true))
        #expect(result.baseline == Self.june)   // month over month by default
        #expect(result.rows.map(\.locality.code) == ["00004", "00008"])
        let d = try #require(result.decomposition)
        expectClose(0.1125, try #require(result.rows[0].contribution).within)
        expectClose(0.003125, try #require(result.rows[0].contribution).mix)
        expectClose(-0.3125, try #require(result.rows[1].contribution).within)
        expectClose(0.021875, try #require(result.rows[1].contribution).mix)
        expectClose(-0.175, d.withinEffect + d.mixEffect)
        expectClose(-0.175, try #require(result.total?.rate?.change))
        #expect(result.total?.locality.code == "01")
    }

    /// Property: with random counts, communes missing in a period and applications handled at province
    /// level, the contributions add up to the province's own change (read from the store independently)
    /// within 1e-12: a sum of a few terms of size ≤ 1 loses a few ulps.
    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func contributionsSumToTheAggregateChange(seed: UInt64) async throws {
        var rng = SplitMix64(seed: seed)
        var lines = ["date,locality,received,received_online"]
        for (day, code) in [("2025-06-10", "00004"), ("2025-06-11", "00008"), ("2025-06-12", "01"),
                            ("2025-07-10", "00004"), ("2025-07-11", "00008"), ("2025-07-12", "01")] where rng.next() % 4 != 0 || code == "00004" {
            let received = rng.next() % 1000 + 1
            lines.append("\(day),\(code),\(received),\(rng.next() % (received + 1))")
        }
        let fixture = try AnalysisStore()
        try fixture.ingest(applications: lines.joined(separator: "\n") + "\n")
        let result = try await Comparer(store: fixture.store).compare(
            ComparisonRequest(units: .communes(parentCode: "01"), current: Self.july, baseline: Self.june, decompose: true))
        let d = try #require(result.decomposition)
        let sum = result.rows.reduce(0.0) { $0 + $1.contribution!.within + $1.contribution!.mix }
        let province = RateCalculator(store: fixture.store)
        let r0 = try #require(await province.rates(RateRequest(metric: .onlineSubmission, units: .localities(["01"]), range: Self.june)).first?.value)
        let r1 = try #require(await province.rates(RateRequest(metric: .onlineSubmission, units: .localities(["01"]), range: Self.july)).first?.value)
        expectClose(r1 - r0, sum, rel: 0, abs: 1e-12)
        expectClose(r1 - r0, d.withinEffect + d.mixEffect, rel: 0, abs: 1e-12)
    }

    /// Issue 10, item 2: a commune that had applications every working day of a week and none in the
    /// next (rows of zeros, not missing rows) is flagged by the exact conditional Poisson test.
    /// 00004: 2 a day × 5 days = 10, then 0 × 5: p = 2·2⁻¹⁰ = 0.00195.
    @Test func zeroCountOutageIsFlagged() async throws {
        var lines = ["date,locality,received,received_online"]
        for d in 7...11 { lines.append("2025-07-\(String(format: "%02d", d)),00004,2,1") }
        for d in 14...18 { lines.append("2025-07-\(d),00004,0,0") }
        let fixture = try AnalysisStore()
        try fixture.ingest(applications: lines.joined(separator: "\n") + "\n")
        let result = try await Comparer(store: fixture.store).compare(
            ComparisonRequest(metric: .received, units: .localities(["00004"]),
                              current: DayRange(first: Day(iso: "2025-07-14")!, last: Day(iso: "2025-07-18")!),
                              baseline: DayRange(first: Day(iso: "2025-07-07")!, last: Day(iso: "2025-07-11")!)))
        let volume = try #require(result.rows.first).volume
        #expect(volume.note == .zeroInOnePeriod(current: true))
        let test = try #require(volume.test)
        #expect(test.method == .exactConditionalPoisson)
        expectClose(2.0 / 1024, test.pValue, rel: 1e-12)
        #expect(volume.significant == true)
    }

    /// Issue 10, item 2: a Monday's default baseline is the Friday before (not the Sunday, which has no
    /// working day); after a holiday, the last working day before it. Said in the result.
    @Test(arguments: [("2025-07-07", "2025-07-04"), ("2025-09-03", "2025-08-29"), ("2025-07-08", "2025-07-07")])
    func singleDayBaselineIsThePreviousWorkingDay(day: String, expected: String) {
        let d = Day(iso: day)!
        let request = ComparisonRequest(units: .provinces, current: DayRange(first: d, last: d))
        #expect(request.baseline == DayRange(first: Day(iso: expected)!, last: Day(iso: expected)!))
        #expect(request.baselineChoice == .previousWorkingDay)
        #expect(ComparisonRequest(units: .provinces, current: Self.july).baselineChoice == .previousPeriod)
    }

    /// Issue 24: /wd is all the period's applications (days off included) ÷ its working days, the one
    /// "per working day" of every command, and the test compares exactly those volumes, so the table's
    /// relative change equals the test's ratio − 1. 00004 gets 100 on each working day (90 on the 9th)
    /// and 50 on the Saturday of the week of 7 July, 120 a day the next week (110 on the 16th) and 0 on
    /// Saturday: 540 / 5 = 108 and 590 / 5 = 118 (until 1.8, 490 / 5 = 98 for the first week).
    @Test func perWorkingDayIsTheTestedMean() async throws {
        var lines = ["date,locality,received,received_online"]
        for d in 7...11 { lines.append("2025-07-\(String(format: "%02d", d)),00004,\(d == 9 ? 90 : 100),1") }
        lines.append("2025-07-12,00004,50,1")
        for d in 14...18 { lines.append("2025-07-\(d),00004,\(d == 16 ? 110 : 120),1") }
        lines.append("2025-07-19,00004,0,0")
        let fixture = try AnalysisStore()
        try fixture.ingest(applications: lines.joined(separator: "\n") + "\n")
        let result = try await Comparer(store: fixture.store).compare(
            ComparisonRequest(metric: .received, units: .localities(["00004"]),
                              current: DayRange(first: Day(iso: "2025-07-14")!, last: Day(iso: "2025-07-20")!)))
        let volume = try #require(result.rows.first).volume
        #expect(volume.baseline == 540 && volume.current == 590)
        expectClose(108, try #require(volume.baselinePerWorkingDay))
        expectClose(118, try #require(volume.currentPerWorkingDay))
        let rates = try await RateCalculator(store: fixture.store).rates(RateRequest(
            metric: .received, units: .localities(["00004"]), range: DayRange(first: Day(iso: "2025-07-07")!, last: Day(iso: "2025-07-13")!)))
        #expect(rates.first?.perWorkingDay == 108, "rates' per_working_day says the same")
        let test = try #require(volume.test)
        expectClose(test.estimate - 1, try #require(volume.relativeChange), rel: 1e-12)
    }

    /// Issue 10, item 4: with several units, each test's p-values get Benjamini–Hochberg q-values and
    /// `significant` means q < alpha; with one unit, p < alpha and no q.
    @Test func manyUnitsUseBenjaminiHochberg() async throws {
        let fixture = try AnalysisStore.hoChiMinhCity.get()
        let result = try await Comparer(store: fixture.store).compare(
            ComparisonRequest(units: .communes(parentCode: "79"), current: Self.july))
        let tested = result.rows.filter { $0.rate?.test != nil }
        #expect(result.adjustedTests == result.rows.count)
        let q = try MultipleTesting.benjaminiHochberg(tested.map { $0.rate!.test!.pValue })
        for (row, expected) in zip(tested, q) {
            #expect(row.rate?.qValue == expected)
            #expect(row.rate?.significant == (expected < 0.05))
        }
        let one = try await Comparer(store: fixture.store).compare(ComparisonRequest(units: .localities(["79"]), current: Self.july))
        #expect(one.adjustedTests == 0 && one.rows[0].rate?.qValue == nil)
        #expect(one.rows[0].rate?.significant == one.rows[0].rate?.test?.significant)
    }

    @Test func decomposingAVolumeIsRefused() async throws {
        let fixture = try AnalysisStore()
        await #expect(throws: QueryError.self) {
            try await Comparer(store: fixture.store).compare(ComparisonRequest(metric: .received, units: .provinces, current: Self.july, decompose: true))
        }
    }

    @Test(arguments: [("2025-07", "2025-06"), ("2025-01", "2024-12"), ("2025-Q3", "2025-Q2"), ("2025-Q1", "2024-Q4"), ("2025", "2024")])
    func previousPeriod(current: String, expected: String) {
        let previous = DayRange(period: current)!.previous
        #expect(previous == DayRange(period: expected)!)
    }

    @Test func previousCustomRangeHasTheSameLength() {
        let range = DayRange(first: Day(iso: "2025-07-05")!, last: Day(iso: "2025-07-14")!)
        #expect(range.previous == DayRange(first: Day(iso: "2025-06-25")!, last: Day(iso: "2025-07-04")!))
    }
}

/// Hồ Chí Minh City's July against June on the generated dataset, where the generator planted a drop in
/// receipts of about a third after 1 July (one-stop system errors).
@Suite struct HoChiMinhCityComparisonTests {
    @Test func julyReceiptsAreBelowJuneAndSignificantPerWorkingDay() async throws {
        let fixture = try AnalysisStore.hoChiMinhCity.get()
        let result = try await Comparer(store: fixture.store).compare(
            ComparisonRequest(units: .localities(["79"]), current: ComparisonTests.july, baseline: ComparisonTests.june))
        #expect(result.baselineWorkingDays == 21 && result.currentWorkingDays == 23)
        let volume = try #require(result.rows.first).volume
        #expect(volume.current < volume.baseline)
        let perDayJune = try #require(volume.baselinePerWorkingDay), perDayJuly = try #require(volume.currentPerWorkingDay)
        #expect(perDayJuly < perDayJune)
        #expect(try #require(volume.relativeChange) < -0.25)   // planted: about −32%
        let test = try #require(volume.test)
        #expect(test.method == .quasiPoisson)
        #expect(test.significant && test.pValue < 1e-6)
    }

    @Test func communeDecompositionSumsToTheCityChange() async throws {
        let fixture = try AnalysisStore.hoChiMinhCity.get()
        let result = try await Comparer(store: fixture.store).compare(
            ComparisonRequest(units: .communes(parentCode: "79"), current: ComparisonTests.july, decompose: true))
        #expect(result.rows.count == 168)
        let d = try #require(result.decomposition)
        let change = try #require(result.total?.rate?.change)
        expectClose(change, d.withinEffect + d.mixEffect, rel: 0, abs: 1e-12)
        #expect(result.rows.filter { $0.volume.significant == true && $0.volume.relativeChange! < 0 }.count > 84)
        let top = result.top(5)
        #expect(top.rows.count == 5 && top.omitted == 163 && top.decomposition == result.decomposition)
        let sizes = top.rows.map { abs($0.contribution!.total) }
        #expect(sizes == sizes.sorted(by: >))   // largest first
        #expect(result.rows.filter { abs($0.contribution!.total) > sizes.last! }.count <= 5)
    }
}
