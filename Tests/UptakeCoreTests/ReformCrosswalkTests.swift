import Foundation
import Testing
@testable import UptakeCore

@Suite struct ReformCrosswalkTests {
    static let datasets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("datasets")
    let crosswalk = ReformCrosswalk.vietnam2025

    /// The embedded text is datasets/vn-commune-crosswalk-2025.csv (a Swift literal drops the last newline).
    @Test func theShippedCrosswalkIsTheDatasetsFile() throws {
        let file = try String(contentsOf: Self.datasets.appendingPathComponent("vn-commune-crosswalk-2025.csv"), encoding: .utf8)
        let lf = file.replacingOccurrences(of: "\r\n", with: "\n")
        #expect(ReformCrosswalk.shippedVietnam2025Text + "\n" == lf, "copy datasets/vn-commune-crosswalk-2025.csv into ShippedReformCrosswalk.swift")
    }

    /// The counts datasets/README.md states: 10,040 old units, 471 divided, 63 old provinces into 34, 3,321 new communes.
    @Test func countsAreTheSourcesCounts() {
        #expect(crosswalk.units.count == 10_040)
        #expect(crosswalk.units.filter(\.isDivided).count == 471)
        #expect(crosswalk.units.map(\.parts.count).reduce(0, +) == 10_602)
        #expect(crosswalk.provinceMap.count == 63)
        #expect(Set(crosswalk.provinceMap.values).count == 34)
        #expect(Set(crosswalk.units.flatMap(\.parts)).count == 3_321)
    }

    @Test func namedUnits() throws {
        let phucXa = try #require(crosswalk["00001"])
        #expect(phucXa.name == "Phường Phúc Xá" && phucXa.parts == ["00097"] && !phucXa.isDivided)
        let congVi = try #require(crosswalk["00007"])
        #expect(congVi.name == "Phường Cống Vị" && congVi.parts == ["00008", "00025"] && congVi.isDivided)
        // Bình Dương (74) and Bà Rịa - Vũng Tàu (77) went into Hồ Chí Minh City (79); Hà Nội stayed itself.
        #expect(crosswalk.provinceMap["74"] == "79" && crosswalk.provinceMap["77"] == "79" && crosswalk.provinceMap["79"] == "79")
        #expect(crosswalk.provinceMap["01"] == "01")
        #expect(crosswalk["99999"] == nil)
    }

    @Test(arguments: ["01,A,001,B,00001,C,maybe,01,00097,D", "01,A,001,B,00001,C,false,01,00097",
                      "01,A,001,B,00001,C,false,01,00097,D\n01,A,001,B,00001,C,false,01,00098,D",
                      "01,A,001,B,00001,C,false,01,00097,D\n01,A,001,B,00002,C,false,02,00098,D"])
    func aContradictoryOrMalformedLineIsNamed(body: String) {
        let csv = "header\n" + body
        guard case .failure(let e) = ReformCrosswalk.parse(csv: csv) else { Issue.record("parsed: \(body)"); return }
        #expect(e.line == body.split(separator: "\n").count + 1)
    }

    /// Equal shares add up to the whole, give the remainder to the first parts, and keep online ≤ received.
    @Test func equalSharesAreExactAndMonotone() {
        var s = CountSums()
        (s.rows, s.received, s.receivedOnline) = (3, 7, 5)
        let shares = ReformCrosswalk.equalShares(s, parts: 3)
        #expect(shares.map(\.received) == [3, 2, 2])
        #expect(shares.map(\.receivedOnline) == [2, 2, 1])
        #expect(shares.map(\.rows) == [3, 3, 3])
        #expect(shares.allSatisfy { $0.receivedOnline <= $0.received })
    }

    /// Provinces fold exactly; a whole unit's commune is exact, a divided unit's parts are marked.
    @Test func foldingMarksOnlyDividedUnits() throws {
        var a = CountSums(), b = CountSums()
        (a.rows, a.received, a.receivedOnline) = (1, 10, 4)
        (b.rows, b.received, b.receivedOnline) = (1, 5, 5)
        let old = [try #require(crosswalk.index(ofCode: "00001")): a, try #require(crosswalk.index(ofCode: "00007")): b]
        let communes = crosswalk.foldToCommunes(old)
        #expect(communes["00097"] == FoldedSums(sums: a, allocated: false))
        #expect(communes["00008"]?.allocated == true && communes["00025"]?.allocated == true)
        #expect(communes["00008"]?.sums.received == 3 && communes["00025"]?.sums.received == 2)
        #expect(crosswalk.foldToProvinces(old)["01"] == a + b)
    }
}

/// Year over year: a period's days a year before, labelled as the period they are when they are one.
@Suite struct YearEarlierTests {
    @Test(arguments: [("2025-07", "2024-07", "2024-07-01", "2024-07-31"), ("2025-Q3", "2024-Q3", "2024-07-01", "2024-09-30"),
                      ("2025", "2024", "2024-01-01", "2024-12-31"), ("2024-02", "2023-02", "2023-02-01", "2023-02-28"),
                      ("2025-W29", "2024-07-14..2024-07-20", "2024-07-14", "2024-07-20")])
    func aPeriodAYearBefore(period: String, label: String, first: String, last: String) throws {
        let earlier = try #require(DayRange(period: period)).yearEarlier
        #expect(earlier.label == label && earlier.first.description == first && earlier.last.description == last)
    }

    @Test func theLeapDayBecomesTheTwentyEighth() {
        #expect(Day(valid: 2024, 2, 29).yearEarlier == Day(valid: 2023, 2, 28))
        #expect(DayRange(first: Day(valid: 2025, 7, 1), last: Day(valid: 2025, 7, 15)).yearEarlier.label == "2024-07-01..2024-07-15")
    }
}
