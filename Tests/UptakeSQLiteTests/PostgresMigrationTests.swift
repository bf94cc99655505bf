import Foundation
import PostgresNIO
import Testing
import UptakeCore
@testable import UptakePostgres
import UptakeStoreAPI
import UptakeTestSupport
import UptakeIngest

/// A database written before v5-monthly-partitions (one `applications` table keyed by day first, its
/// counts `bigint`) keeps every row when a newer Uptake opens it: the rows move into monthly
/// partitions keyed by locality first, their counts `integer`, and ingests go on into old months and new.
@Suite struct PostgresMigrationTests {
    @Test(.enabled(if: PostgresTestCluster.unavailableReason == nil, Comment(rawValue: PostgresTestCluster.unavailableReason ?? "")))
    func aV4TableMovesIntoMonthlyPartitions() async throws {
        let url = try PostgresURL(PostgresTestCluster.shared.get().createDatabase())
        let dir = TemporaryDirectory()
        let before = try await PostgresStore(url: url)
        _ = try await before.ingest(path: dir.write("localities.csv", sampleLocalitiesCSV), options: IngestOptions.todaysUnits(now: "t"), progress: nil)
        let rows = "2025-07-01,00004,land,1000000000,999999999,7,,3,\n2025-08-02,00004,civil_status,12,5,,,,\n"
        let ingested = try await before.ingest(path: dir.write("a.csv", header + rows), options: IngestOptions.todaysUnits(now: "t"), progress: nil)
        #expect(ingested.committed && ingested.inserted == 2)
        let query = SumsQuery(units: .localities(["00004"]), range: DayRange(first: Day(iso: "2025-07-01")!, last: Day(iso: "2025-08-31")!), grain: .day)
        let expected = try await before.sums(query)
        #expect(expected.map(\.sums.received).filter { $0 > 0 } == [1_000_000_000, 12])
        // Back to the table v1–v4 made, holding the same rows, as an older Uptake left it.
        let v1Table = try #require(PostgresSchema.v1.first { $0.contains("CREATE TABLE applications") })
        try await Self.execute(before, [
            "CREATE TABLE saved AS SELECT * FROM applications", "DROP TABLE applications",
            "DROP FUNCTION uptake_applications_partition(integer)", v1Table,
            "INSERT INTO applications SELECT * FROM saved", "DROP TABLE saved",
            "DELETE FROM schema_migrations WHERE id = 'v5-monthly-partitions'",
        ])
        #expect(try await Self.strings(before, Self.countTypesSQL) == ["bigint"])
        #expect(try await Self.strings(before, Self.partitionsSQL) == [])
        before.close()

        let after = try await PostgresStore(url: url)  // migrates
        defer { after.close() }
        #expect(try await Self.strings(after, Self.countTypesSQL) == ["integer"])
        #expect(try await Self.strings(after, Self.partitionsSQL) == ["applications_2025_07", "applications_2025_08"])
        #expect(try await after.sums(query) == expected)
        // A revision into a migrated month and a row of a month without a partition yet.
        let more = "2025-07-01,00004,land,5,1,,,,\n2025-09-30,00004,land,3,3,,,,\n"
        let s = try await after.ingest(path: dir.write("b.csv", header + more), options: IngestOptions.todaysUnits(now: "t"), progress: nil)
        #expect((s.inserted, s.revised, s.committed) == (1, 1, true))
        #expect(try await Self.strings(after, Self.partitionsSQL) == ["applications_2025_07", "applications_2025_08", "applications_2025_09"])
        let nation = try await after.sums(SumsQuery(units: .nation, range: DayRange(period: "2025")!, grain: .range))
        #expect(nation.map(\.sums.received) == [5 + 12 + 3], "the aggregates follow the revision")
    }

    static let countTypesSQL = """
        SELECT DISTINCT data_type FROM information_schema.columns
        WHERE table_name = 'applications' AND column_name IN (\(PostgresSchema.countColumns.map { "'\($0)'" }.joined(separator: ", ")))
        """
    static let partitionsSQL = "SELECT inhrelid::regclass::text FROM pg_inherits WHERE inhparent = 'applications'::regclass ORDER BY 1"

    static func execute(_ store: PostgresStore, _ statements: [String]) async throws {
        try await store.withConnection { connection in
            for sql in statements { _ = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: store.logger).collect() }
        }
    }

    static func strings(_ store: PostgresStore, _ sql: String) async throws -> [String] {
        try await store.withConnection { connection in
            var out: [String] = []
            for try await s in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: store.logger).decode(String.self) { out.append(s) }
            return out
        }
    }
}
