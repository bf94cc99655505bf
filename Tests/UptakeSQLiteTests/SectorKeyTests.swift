import Testing
import UptakeCore
import UptakeStoreAPI
import UptakeSQLite
import UptakeIngest

/// The aggregates keep every sector apart however many there are: the key once packed the sector id
/// into 12 bits, so sector 4,098 was counted as sector 2.
@Suite struct SectorKeyTests {
    @Test func moreThan4095SectorsStayApart() async throws {
        let fixture = try StoreFixture()
        // "land" gets a low id and is given no rows in July; 4,100 other sectors get one row each.
        #expect(try fixture.ingest("land.csv", header + "2025-06-30,00004,land,5,1,,,,\n").committed)
        let lines = (1...4_100).map { "2025-07-01,00004,s\($0),1,1,,,," }
        #expect(try fixture.ingest("many.csv", header + lines.joined(separator: "\n") + "\n").committed)
        #expect(try fixture.count("sectors") > 4_096)
        let july = DayRange(period: "2025-07")!
        for units in [UnitSelection.nation, .provinces, .localities(["00004"])] {
            for grain in [Grain.day, .month, .range] {
                let land = SumsQuery(units: units, range: july, grain: grain, sectors: [Sector("land")!])
                #expect(try await fixture.store.sums(land).allSatisfy { $0.sums.rows == 0 }, "no land rows in July: \(units) \(grain)")
                let high = SumsQuery(units: units, range: july, grain: grain, sectors: [Sector("s4100")!, Sector("s4095")!])
                #expect(try await fixture.store.sums(high) == fixture.store.rawSums(high), "\(units) \(grain)")
                #expect(try await fixture.store.sums(high).map(\.sums.received).reduce(0, +) == 2)
                let all = SumsQuery(units: units, range: july, grain: grain)
                #expect(try await fixture.store.sums(all).map(\.sums.received).reduce(0, +) == 4_100)
            }
        }
    }
}
