import Testing
import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI
import UptakeTestSupport

/// `uptake status`: the map's colour against measured operation, on twelve provinces whose p- and
/// q-values come from Spiegelhalter's funnel (winsorised φ, additive τ²) written out in numpy 2.4.6,
/// SciPy 1.17.1 `norm.cdf` and statsmodels 0.15.0 `multipletests(fdr_bh)`
/// (scripts/fixtures/make_status_fixture.py).
@Suite struct StatusTests {
    /// received, received_online; nation 0.5231481481481481, τ² = 0.003764110169715828.
    static let counts: [(String, Int64, Int64)] = [
        ("P01", 10000, 5300), ("P02", 10000, 5400), ("P03", 10000, 5500), ("P04", 10000, 5600), ("P05", 10000, 5700),
        ("P06", 10000, 5350), ("P07", 10000, 5450), ("P08", 10000, 5550), ("P09", 10000, 5650), ("P10", 8000, 2400),
        ("P11", 6000, 3360), ("P12", 4000, 1240), ("P13", 0, 0),
    ]
    static let reference: [String: (p: Double, q: Double)] = [
        "P01": (0.5443155740091228, 0.7767115316762044), "P05": (0.7767115316762044, 0.7767115316762044),
        "P09": (0.7517181377560584, 0.7767115316762044), "P10": (0.00014606256853045982, 0.0017085165706012997),
        "P11": (0.7248695097969525, 0.7767115316762044), "P12": (0.0002847527617668833, 0.0017085165706012997),
    ]
    static let colours: [String: StatusColour] = [
        "P01": .green, "P02": .green, "P03": .green, "P04": .green, "P05": .green, "P07": .green, "P08": .green, "P09": .green,
        "P10": .green, "P11": .yellow, "P12": .red, "P13": .green,
    ]

    func assess() throws -> StatusResult {
        let range = try #require(DayRange(period: "2025-07"))
        var nation = CountSums()
        let sums = Self.counts.map { code, n, x -> UnitPeriodSums in
            var s = CountSums()
            (s.rows, s.received, s.receivedOnline) = (n > 0 ? 31 : 1, n, x)
            // P05 issued 500 results and returned none online; the others half of 1,000.
            (s.resolvedWithOnline, s.resolvedOnline) = code == "P05" ? (500, 0) : (1000, 500)
            nation += s
            return UnitPeriodSums(locality: Locality(code: code, parentCode: nil, level: .province, name: "Province \(code)"), period: range, sums: s)
        }
        func state(_ code: String, _ parent: String?, _ colour: StatusColour?) -> LocalityReadiness {
            LocalityReadiness(locality: Locality(code: code, parentCode: parent, level: parent == nil ? .province : .commune, name: code),
                              values: colour.map { [.reportedStatus: .colour($0)] } ?? [:])
        }
        var readiness = Self.counts.map { code, _, _ in state(code, nil, Self.colours[code]) }
        // P01: one commune of two green; P02: its only commune green.
        readiness += [state("C1", "P01", .green), state("C2", "P01", .yellow), state("C3", "P02", .green)]
        return try StatusAnalyzer.assess(sums: sums, peers: sums.map(\.sums), nation: nation, readiness: readiness,
                                         request: StatusRequest(range: range))
    }

    @Test func pAndQValuesMatchSciPy() throws {
        let result = try assess()
        expectClose(0.5231481481481481, result.nationRate, rel: 1e-15)
        expectClose(0.003764110169715828, result.betweenUnitVariance, rel: 1e-12)
        for (code, ref) in Self.reference {
            let row = try #require(result.rows.first { $0.locality.code == code })
            // GSL's normal tail against SciPy's: 1e-10 relative (deep tails lose a few digits).
            expectClose(ref.p, try #require(row.pValue), rel: 1e-10)
            expectClose(ref.q, try #require(row.qValue), rel: 1e-10)
        }
    }

    @Test func greenButPoorAndTheReverse() throws {
        let result = try assess()
        func row(_ code: String) throws -> StatusRow { try #require(result.rows.first { $0.locality.code == code }) }
        #expect(try row("P10").agreement == .greenButPoor)
        #expect(try row("P10").poor == [.rateBelowNation])
        #expect(try row("P05").agreement == .greenButPoor)   // a fine rate, but no results online
        #expect(try row("P05").poor == [.noResultsOnline])
        #expect(try row("P11").agreement == .notGreenButOperating)
        #expect(try row("P12").agreement == .agrees)          // red and poor
        #expect(try row("P06").agreement == .unreported)
        #expect(try row("P13").agreement == .noData)
        #expect(try row("P01").agreement == .agrees)
        // Disagreements first, each group by code.
        #expect(result.rows.prefix(3).map(\.locality.code) == ["P05", "P10", "P11"])
        let c = result.counts
        #expect((c.units, c.green, c.yellow, c.red, c.unreported) == (13, 10, 1, 1, 1))
        #expect((c.poor, c.greenButPoor, c.notGreenButOperating) == (3, 2, 1))
        #expect((c.communes, c.greenCommunes) == (3, 2))
        #expect((c.provincesAllCommunesGreen, c.provincesOver70PercentGreen, c.provincesOver50PercentGreen) == (1, 1, 1))
        #expect(try row("P01").greenCommunes == 1 && row("P01").communes == 2)
    }
}
