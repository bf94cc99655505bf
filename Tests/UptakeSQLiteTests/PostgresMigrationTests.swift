import Foundation
import PostgresNIO
import Testing
import UptakeCore
@testable import UptakePostgres
import UptakeStoreAPI
import UptakeTestSupport

/// A database written before v5-integer-counts (its counts `bigint`) keeps every value when a newer
/// Uptake opens it: the columns become `integer`, the answers stay the same.
@Suite struct PostgresMigrationTests {
    @Test(.enabled(if: PostgresTestCluster.unavailableReason == nil, Comment(rawValue: PostgresTestCluster.unavailableReason ?? "")))
    func bigintCountsBecomeIntegerKeepingTheirValues() async throws {
        let url = try PostgresURL(PostgresTestCluster.shared.get().createDatabase())
        let dir = TemporaryDirectory()
        let before = try await PostgresStore(url: url)
        _ = try await before.ingest(path: dir.write("localities.csv", sampleLocalitiesCSV), options: IngestOptions(now: "t"), progress: nil)
        let rows = "2025-07-01,00004,land,1000000000,999999999,7,,3,\n2025-07-02,00008,civil_status,12,5,,,,\n"
        let ingested = try await before.ingest(path: dir.write("a.csv", header + rows), options: IngestOptions(now: "t"), progress: nil)
        #expect(ingested.committed && ingested.inserted == 2)
        let query = SumsQuery(units: .nation, range: DayRange(period: "2025-07")!, grain: .day)
        let expected = try await before.sums(query)
        // Back to the schema of v4 (bigint counts), as an older Uptake left it.
        try await before.withConnection { connection in
            for sql in [
                "ALTER TABLE applications " + PostgresIngest.countColumns.map { "ALTER COLUMN \($0) TYPE bigint" }.joined(separator: ", "),
                "DELETE FROM schema_migrations WHERE id = 'v5-integer-counts'",
            ] { _ = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: before.logger).collect() }
        }
        #expect(try await Self.countTypes(before) == ["bigint"])
        before.close()

        let after = try await PostgresStore(url: url)  // migrates
        defer { after.close() }
        #expect(try await Self.countTypes(after) == ["integer"])
        #expect(try await after.sums(query) == expected)
        #expect(expected.prefix(2).map(\.sums.received) == [1_000_000_000, 12], "the whole month, days without rows at 0")
    }

    /// The distinct types of the applications table's count columns.
    static func countTypes(_ store: PostgresStore) async throws -> Set<String> {
        try await store.withConnection { connection in
            var types = Set<String>()
            let names = PostgresIngest.countColumns
            for try await type in try await connection.query("""
                SELECT data_type FROM information_schema.columns WHERE table_name = 'applications' AND column_name = ANY(\(names))
                """, logger: store.logger).decode(String.self) { types.insert(type) }
            return types
        }
    }
}
