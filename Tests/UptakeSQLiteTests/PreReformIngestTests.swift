import Foundation
import Testing
import UptakeCore
import UptakeStoreAPI
import UptakeSQLite
import UptakeIngest
import UptakeTestSupport

/// Pre-reform applications (issue 26) are stored as filed, with revisions counted as for today's units.
@Suite struct PreReformIngestTests {
    func ingest(_ fixture: StoreFixture, _ name: String, _ text: String) throws -> IngestSummary {
        var options = IngestOptions.todaysUnits(now: "2025-08-01T00:00:00Z")
        options.units = .pre2025
        return try fixture.store.ingestNow(path: fixture.dir.write(name, text), options: options, progress: nil)
    }

    /// 70 rows (a full 64-row statement and six single ones), then a file that repeats one, revises
    /// one inside the first 64 (the statement falls back to rows one by one) and adds one.
    @Test func revisionsAreCountedInBothPaths() async throws {
        let fixture = try StoreFixture()
        let codes = ReformCrosswalk.vietnam2025.units.prefix(70).map(\.code)
        let first = try ingest(fixture, "a.csv", header + codes.map { "2024-07-01,\($0),,10,4,,,,\n" }.joined())
        #expect((first.inserted, first.revised, first.unchanged) == (70, 0, 0))
        let revised = (0..<64).map { i in "2024-07-01,\(codes[i]),,\(i == 5 ? 11 : 10),4,,,,\n" }.joined()
        let second = try ingest(fixture, "b.csv", header + revised + "2024-07-02,\(codes[0]),,3,3,,,,\n")
        #expect((second.inserted, second.revised, second.unchanged) == (1, 1, 63))
        #expect(try fixture.store.query(sql: "SELECT received FROM applications_pre2025 WHERE old_code = '\(codes[5])'").rows == [["11"]])
        #expect(try fixture.count("applications_pre2025") == 71)
        #expect(try fixture.count("applications") == 0, "today's tables are untouched")
        let days = [DayRange(first: Day(valid: 2024, 7, 1), last: Day(valid: 2024, 7, 1)), DayRange(first: Day(valid: 2024, 7, 2), last: Day(valid: 2024, 7, 31))]
        let sums = try await fixture.store.preReformSums(periods: days, sectors: nil)
        #expect(sums.filter { $0.period == 0 }.count == 70 && sums.filter { $0.period == 0 }.map(\.sums.received).reduce(0, +) == 70 * 10 + 1)
        #expect(sums.filter { $0.period == 1 }.map { ($0.unit, $0.sums.received, $0.sums.rows) } .elementsEqual([(0, 3, 1)], by: ==))
    }
}
