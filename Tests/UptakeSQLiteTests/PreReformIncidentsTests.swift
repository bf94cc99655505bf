import Foundation
import Testing
import UptakeCore
import UptakeStoreAPI
import UptakeSQLite
import UptakeIngest
import UptakeTestSupport

/// Incidents and readiness filed in pre-reform units (issue 26) are stored against today's units,
/// with the old code kept and divided units' rows marked allocated; the store's readers (which
/// explanations and alerts use) then find them in today's units.
@Suite struct PreReformIncidentsTests {
    static let datasets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("datasets")

    /// A store with today's 34 provinces and 3,321 communes, as `uptake init` loads them.
    func store() throws -> (SQLiteStore, TemporaryDirectory) {
        let dir = TemporaryDirectory()
        let store = try SQLiteStore(path: dir.file("test.sqlite"))
        let localities = Self.datasets.appendingPathComponent("vn-localities-2025.csv").path
        let summary = try store.ingestNow(path: localities, options: .todaysUnits(now: "2025-08-01T00:00:00Z", kind: .localities), progress: nil)
        try #require(summary.committed, "datasets/vn-localities-2025.csv loads")
        return (store, dir)
    }

    func ingestOld(_ store: SQLiteStore, _ dir: TemporaryDirectory, _ name: String, _ text: String) throws -> IngestSummary {
        var options = IngestOptions(now: "2025-08-01T00:00:00Z")
        options.units = .pre2025
        return try store.ingestNow(path: dir.write(name, text), options: options, progress: nil)
    }

    /// 00001 and 00037 both went whole into 00097 (a row each, same start); 00007 was divided between
    /// 00025 and 00008 (a row in each, allocated); 760 is old District 1 and 74 old Bình Dương, both
    /// now in province 79; the last row is nationwide.
    static let incidents = """
        start,end,locality,system,kind
        2024-07-01T08:00,2024-07-01T09:00,00001,public_service_portal,outage
        2024-07-01T08:00,2024-07-01T09:00,00037,public_service_portal,outage
        2024-07-02T08:00,,00007,public_service_portal,outage
        2024-07-03T08:00,2024-07-03T10:00,760,public_service_portal,outage
        2024-07-04T08:00,2024-07-04T10:00,74,public_service_portal,outage
        2024-07-05T08:00,2024-07-05T10:00,,public_service_portal,outage

        """

    @Test func incidentsGoToTodaysUnitsKeepingTheOldCode() async throws {
        let (store, dir) = try store()
        let first = try ingestOld(store, dir, "incidents.csv", Self.incidents)
        #expect(first.committed && first.rows == 6 && (first.inserted, first.revised, first.unchanged) == (7, 0, 0), "\(first.errors)")
        let stored = try store.query(sql: """
            SELECT COALESCE(l.code, ''), i.old_code, i.allocated FROM incidents i LEFT JOIN localities l ON l.id = i.locality_id
            ORDER BY i.start, l.code
            """).rows
        #expect(stored == [["00097", "00001", "0"], ["00097", "00037", "0"], ["00008", "00007", "1"], ["00025", "00007", "1"],
                           ["79", "760", "0"], ["79", "74", "0"], ["", "", "0"]])
        let again = try ingestOld(store, dir, "incidents-again.csv", Self.incidents)
        #expect((again.inserted, again.revised, again.unchanged) == (0, 0, 7), "the old code is part of the key")

        let july = DayRange(first: Day(valid: 2024, 7, 1), last: Day(valid: 2024, 7, 31))
        let ngocHa = try await store.incidents(IncidentQuery(scope: .locality("00008", descendants: false), range: july))
        #expect(ngocHa.map { $0.locality ?? "nation" } == ["00008", "nation"], "the divided unit's incident and the nationwide one")
        let hcmc = try await store.incidents(IncidentQuery(scope: .locality("79", descendants: true), range: july))
        #expect(hcmc.map(\.start.text) == ["2024-07-03T08:00", "2024-07-04T08:00", "2024-07-05T08:00"])
    }

    @Test func readinessGoesToTodaysUnits() async throws {
        let (store, dir) = try store()
        let summary = try ingestOld(store, dir, "readiness.csv", """
            date,locality,criterion,value
            2025-03-01,00007,digital_signature,true
            2025-03-01,00001,digital_signature,false
            2025-03-01,00037,digital_signature,true
            2025-03-01,00001,reported_status,green
            2025-03-01,00037,reported_status,red
            2025-03-01,00067,reported_status,yellow

            """)
        #expect(summary.committed && summary.inserted == 7, "\(summary.errors)")
        let hanoi = try await store.readiness(asOf: Day(valid: 2025, 6, 30), scope: .province("01"))
        let values = Dictionary(uniqueKeysWithValues: hanoi.map { ($0.locality.code, $0.values[.digitalSignature]) })
        // 00001, 00037 and 00067 all went into 00097: it is as ready as the least ready of them.
        #expect(values["00008"] == .flag(true) && values["00025"] == .flag(true) && values["00097"] == .flag(false))
        let colours = Dictionary(uniqueKeysWithValues: hanoi.map { ($0.locality.code, $0.values[.reportedStatus]) })
        #expect(colours["00097"] == .colour(.red))
        #expect(try store.query(sql: "SELECT l.code, r.old_code, r.allocated FROM readiness r JOIN localities l ON l.id = r.locality_id WHERE r.criterion = 'digital_signature' ORDER BY l.code, r.old_code").rows
                == [["00008", "00007", "1"], ["00025", "00007", "1"], ["00097", "00001", "0"], ["00097", "00037", "0"]])
    }

    /// A row dated after the reform, or naming a code no old unit had, is refused where it stands.
    @Test func afterTheReformAndUnknownCodesAreRefused() throws {
        let (store, dir) = try store()
        let late = try ingestOld(store, dir, "late.csv", "locality,start,system,kind\n00001,2025-07-01T08:00,public_service_portal,outage\n")
        #expect(!late.committed && late.errors.map { "\($0.line):\($0.column)" } == ["2:7"], "the start field's first character: \(late.errors)")
        #expect(late.errors.first?.message == "start 2025-07-01 is after the reform: a file in pre-reform units holds days up to 2025-06-30")
        let late2 = try ingestOld(store, dir, "late2.csv", "date,locality,criterion,value\n2025-07-01,00001,guidance,true\n")
        #expect(!late2.committed && late2.errors.map { "\($0.line):\($0.column)" } == ["2:1"])
        let unknown = try ingestOld(store, dir, "unknown.csv", "start,locality,system,kind\n2024-07-01T08:00,99999,public_service_portal,outage\n")
        #expect(!unknown.committed && unknown.errors.first?.message == "unknown locality \"99999\"")
        #expect(try store.query(sql: "SELECT COUNT(*) FROM incidents").rows == [["0"]])
    }
}
