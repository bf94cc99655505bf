import Foundation
import PostgresNIO
import Testing
import UptakeCore
@testable import UptakePostgres
import UptakeSQLite
import UptakeStoreAPI
import UptakeTestSupport
import UptakeIngest

/// Pre-reform data (issue 26) on PostgreSQL: the rows each store keeps of the same files, the
/// refusals with their place and nothing written, and a database from before v6-pre-reform upgraded
/// with its incidents and readiness kept. The answers themselves: PostgresPreReformCLITests.
@Suite struct PostgresPreReformTests {
    static let enabled = PostgresTestCluster.unavailableReason == nil
    static let reason = Comment(rawValue: PostgresTestCluster.unavailableReason ?? "")
    static let datasets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("datasets")

    /// A new PostgreSQL database with today's 34 provinces and 3,321 communes, as `uptake init` loads them.
    func store(_ dir: TemporaryDirectory) async throws -> PostgresStore {
        let store = try await PostgresStore(url: PostgresURL(PostgresTestCluster.shared.get().createDatabase()))
        let localities = Self.datasets.appendingPathComponent("vn-localities-2025.csv").path
        let summary = try await store.ingest(path: localities, options: .todaysUnits(now: "2025-08-01T00:00:00Z", kind: .localities))
        try #require(summary.committed, "datasets/vn-localities-2025.csv loads: \(summary.errors)")
        return store
    }

    func ingestOld(_ store: any IngestingStore, _ dir: TemporaryDirectory, _ name: String, _ text: String) async throws -> IngestSummary {
        var options = IngestOptions(now: "2025-08-01T00:00:00Z")
        options.units = .pre2025
        return try await store.ingest(path: dir.write(name, text), options: options)
    }

    static func strings(_ store: PostgresStore, _ sql: String) async throws -> [String] {
        try await PostgresMigrationTests.strings(store, sql)
    }

    /// Where each row goes: PreReformIncidentsTests.incidents.
    static let incidents = PreReformIncidentsTests.incidents

    /// Each store keeps the same rows with the same marks, counts a repeated file unchanged, and
    /// finds the incidents by today's communes and provinces alike.
    @Test(.enabled(if: enabled, reason))
    func incidentsAndReadinessAreKeptAsSQLiteKeepsThem() async throws {
        let dir = TemporaryDirectory()
        let postgres = try await store(dir)
        defer { postgres.close() }
        let sqlite = try SQLiteStore(path: dir.file("test.sqlite"))
        #expect(try await sqlite.ingest(path: Self.datasets.appendingPathComponent("vn-localities-2025.csv").path,
                                        options: .todaysUnits(now: "2025-08-01T00:00:00Z", kind: .localities)).committed)
        let readiness = "date,locality,criterion,value\n2025-03-01,00007,guidance,true\n2025-03-01,00001,guidance,false\n2025-03-01,00037,guidance,true\n"
        // The same incidents again, in another order (not the same file): each row's key, old code included, is found unchanged.
        let lines = Self.incidents.split(separator: "\n").map(String.init)
        let again = ([lines[0]] + lines.dropFirst().reversed()).joined(separator: "\n") + "\n"
        let files = [("incidents.csv", Self.incidents, (7, 0, 0)), ("readiness.csv", readiness, (4, 0, 0)), ("incidents-again.csv", again, (0, 0, 7))]
        for (name, text, counts) in files {
            let p = try await ingestOld(postgres, dir, name, text), s = try await ingestOld(sqlite, dir, name, text)
            #expect(p.committed && s.committed && (p.inserted, p.revised, p.unchanged) == counts && (s.inserted, s.revised, s.unchanged) == counts,
                    "\(name): \(p) against \(s)")
        }
        let marks = """
            SELECT COALESCE(l.code, ''), i.old_code, CASE WHEN i.allocated THEN '1' ELSE '0' END
            FROM incidents i LEFT JOIN localities l ON l.id = i.locality_id ORDER BY i.start, l.code, i.old_code
            """
        let expected = ["00097", "00001", "0", "00097", "00037", "0", "00008", "00007", "1", "00025", "00007", "1",
                        "79", "760", "0", "79", "74", "0", "", "", "0"]
        #expect(try await Self.rows(postgres, marks) == expected)
        #expect(try sqlite.query(sql: marks.replacingOccurrences(of: "WHEN i.allocated THEN", with: "WHEN i.allocated = 1 THEN")).rows.flatMap { $0 } == expected)
        #expect(try await Self.rows(postgres, "SELECT l.code, r.old_code, r.value FROM readiness r JOIN localities l ON l.id = r.locality_id ORDER BY 1, 2")
                == ["00008", "00007", "true", "00025", "00007", "true", "00097", "00001", "false", "00097", "00037", "true"])

        let july = DayRange(first: Day(valid: 2024, 7, 1), last: Day(valid: 2024, 7, 31))
        for scope in [IncidentQuery.Scope.locality("00008", descendants: false), .locality("79", descendants: true), .locality("01", descendants: true)] {
            let query = IncidentQuery(scope: scope, range: july)
            #expect(try await postgres.incidents(query) == (try await sqlite.incidents(query)), "\(scope)")
        }
        let hanoi = try await postgres.readiness(asOf: Day(valid: 2025, 6, 30), scope: .province("01"))
        #expect(hanoi == (try await sqlite.readiness(asOf: Day(valid: 2025, 6, 30), scope: .province("01"))))
        #expect(hanoi.first { $0.locality.code == "00097" }?.values[.guidance] == .flag(false), "the least ready of 00001 and 00037")
    }

    /// Each refusal of SQLite's, at its line and column, with nothing written.
    @Test(.enabled(if: enabled, reason))
    func lateDaysAndUnknownCodesAreRefusedWithTheirPlace() async throws {
        let dir = TemporaryDirectory()
        let store = try await store(dir)
        defer { store.close() }
        let header = "date,locality,sector,received,received_online,resolved,resolved_online,synced,on_time\n"
        let cases: [(name: String, text: String, errors: [String])] = [
            ("late.csv", header + "2025-06-30,00001,,3,1,,,,\n2025-07-01,00001,,3,1,,,,\n2025-06-29,99999,,3,1,,,,\n",
             ["3:1: date 2025-07-01 is after the reform: a file in pre-reform units holds days up to 2025-06-30", "4:12: unknown locality \"99999\""]),
            ("late-incident.csv", "locality,start,system,kind\n00001,2025-07-01T08:00,public_service_portal,outage\n",
             ["2:7: start 2025-07-01 is after the reform: a file in pre-reform units holds days up to 2025-06-30"]),
            ("late-readiness.csv", "date,locality,criterion,value\n2025-06-30,00001,guidance,true\n2025-07-01,00001,guidance,true\n",
             ["3:1: date 2025-07-01 is after the reform: a file in pre-reform units holds days up to 2025-06-30"]),
            ("unknown-incident.csv", "start,locality,system,kind\n2024-07-01T08:00,99999,public_service_portal,outage\n",
             ["2:18: unknown locality \"99999\""]),
        ]
        for c in cases {
            let summary = try await ingestOld(store, dir, c.name, c.text)
            #expect(!summary.committed && summary.errors.map { "\($0.line):\($0.column): \($0.message)" } == c.errors, "\(c.name): \(summary.errors)")
        }
        #expect(try await Self.strings(store, """
            SELECT (SELECT COUNT(*) FROM applications_pre2025) + (SELECT COUNT(*) FROM incidents) + (SELECT COUNT(*) FROM readiness) || ''
            """) == ["0"], "nothing written")
    }

    /// A database of v1–v5 (incidents and readiness keyed without an old unit) keeps its rows when a
    /// newer Uptake opens it, and then takes a pre-reform row of the same key beside them.
    @Test(.enabled(if: enabled, reason))
    func aV5DatabaseKeepsItsIncidentsAndReadiness() async throws {
        let dir = TemporaryDirectory()
        let before = try await store(dir)
        let today = "start,end,locality,system,kind\n2024-07-01T08:00,2024-07-01T09:00,00097,public_service_portal,outage\n"
        var options = IngestOptions(now: "t")
        options.units = .current
        #expect(try await before.ingest(path: dir.write("today.csv", today), options: options).committed)
        #expect(try await before.ingest(path: dir.write("r.csv", "date,locality,criterion,value\n2024-07-01,00097,guidance,true\n"), options: options).committed)
        // Back to the tables v1 made, holding the same rows, as an older Uptake left them.
        func v1(_ table: String) throws -> String { try #require(PostgresSchema.v1.first { $0.contains("CREATE TABLE \(table) (") }) }
        let incidentColumns = "start, start_day, \"end\", end_day, locality_id, system, kind, errors, note, ingest_id"  // ids anew
        let readinessColumns = "locality_id, criterion, day, value, ingest_id"
        try await PostgresMigrationTests.execute(before, [
            "DROP TABLE applications_pre2025",
            "CREATE TABLE saved_incidents AS SELECT \(incidentColumns) FROM incidents", "DROP TABLE incidents", try v1("incidents"),
            "INSERT INTO incidents (\(incidentColumns)) SELECT * FROM saved_incidents", "DROP TABLE saved_incidents",
            "CREATE TABLE saved_readiness AS SELECT \(readinessColumns) FROM readiness", "DROP TABLE readiness", try v1("readiness"),
            "INSERT INTO readiness SELECT * FROM saved_readiness", "DROP TABLE saved_readiness",
            "DELETE FROM schema_migrations WHERE id = 'v6-pre-reform'",
        ])
        before.close()

        let after = try await PostgresStore(url: before.url)  // migrates
        defer { after.close() }
        #expect(try await Self.rows(after, "SELECT old_code, allocated::text FROM incidents") == ["", "false"])
        #expect(try await Self.rows(after, "SELECT old_code, value FROM readiness") == ["", "true"])
        let old = try await ingestOld(after, dir, "old.csv", "start,end,locality,system,kind\n2024-07-01T08:00,2024-07-01T09:00,00001,public_service_portal,outage\n")
        #expect(old.committed && old.inserted == 1, "\(old.errors)")
        #expect(try await Self.rows(after, "SELECT old_code FROM incidents ORDER BY old_code") == ["", "00001"], "a row each: the old code is in the key")
        let applications = try await ingestOld(after, dir, "a.csv", "date,locality,sector,received,received_online\n2024-07-01,00001,land,4,1\n")
        #expect(applications.committed && applications.inserted == 1, "the pre-reform table is made: \(applications.errors)")
    }

    /// Every column of every row of `sql`, as text, in order.
    static func rows(_ store: PostgresStore, _ sql: String) async throws -> [String] {
        try await store.withConnection { connection in
            var out: [String] = []
            let rows = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: store.logger)
            for try await row in rows {
                for cell in row { out.append(try cell.decode(String?.self) ?? "NULL") }
            }
            return out
        }
    }
}
