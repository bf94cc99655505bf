import Foundation
import Testing
@testable import UptakeCore

@Suite struct LocalityPointsTests {
    static let datasets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("datasets")

    /// The embedded text is datasets/vn-communes-2025-coordinates.csv (the file has CRLF line ends, a
    /// Swift literal LF ones: compared with LF).
    @Test func theShippedPointsAreTheDatasetsFile() throws {
        let file = try String(contentsOf: Self.datasets.appendingPathComponent("vn-communes-2025-coordinates.csv"), encoding: .utf8)
        #expect(LocalityPoints.shippedVietnam2025Text == file.replacingOccurrences(of: "\r\n", with: "\n"),
                "copy datasets/vn-communes-2025-coordinates.csv into ShippedLocalityPoints.swift")
    }

    /// Every official unit has a point: the 34 provinces and 3,321 communes of vn-localities-2025.csv.
    @Test func everyOfficialUnitHasAPoint() throws {
        let localities = try String(contentsOf: Self.datasets.appendingPathComponent("vn-localities-2025.csv"), encoding: .utf8)
        let codes = localities.split(whereSeparator: \.isNewline).dropFirst().map { String($0.split(separator: ",")[0]) }
        #expect(codes.count == 3_355)
        #expect(codes.filter { LocalityPoints.vietnam2025[$0] == nil }.isEmpty)
        #expect(LocalityPoints.vietnam2025.count == 3_355)
        let hanoi = try #require(LocalityPoints.vietnam2025["01"]), hcmc = try #require(LocalityPoints.vietnam2025["79"])
        #expect(hanoi.latitude > hcmc.latitude + 10 && hanoi.areaKm2 == nil)
        #expect(LocalityPoints.vietnam2025["32248"]?.areaKm2 == 271.2)
    }

    @Test func aLineThatDoesNotReadIsNamed() {
        let csv = "code,level,lat,lon,area_km2\n01,province,21.0,105.7,\n02,province,north,105.7,\n"
        guard case .failure(let e) = LocalityPoints.parse(csv: csv) else { Issue.record("a latitude of 'north' parsed"); return }
        #expect(e.line == 3 && e.text == "02,province,north,105.7,")
        guard case .failure(let range) = LocalityPoints.parse(csv: "code,level,lat,lon,area_km2\n01,province,95,105.7,\n") else {
            Issue.record("a latitude of 95 parsed"); return
        }
        #expect(range.line == 2)
    }
}
