import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import UptakeTestSupport

/// What is kept beside the data, on PostgreSQL through the CLI: `tokens`, `serve` (POST
/// /api/v1/ingest with a token), `alerts` (their state across runs) and `export prometheus`; and
/// the commands that stay SQLite-only refuse a postgres:// URL with exit 2.
@Suite struct PostgresServeTests {
    static let enabled = PostgresTestCluster.unavailableReason == nil
    static let why = Comment(rawValue: PostgresTestCluster.unavailableReason ?? "")

    @Test(.enabled(if: enabled, why))
    func tokensServeAndExportWorkOnPostgreSQL() async throws {
        let dir = TemporaryDirectory()
        let url = try PostgresTestCluster.shared.get().createDatabase()
        let cli = CLIRunner(environment: ["UPTAKE_DB": url])
        #expect(try cli.run(["init"], in: dir.path).status == 0)
        let added = try cli.run(["tokens", "add", "--name", "Sở KH&CN Hà Nội", "--scope", "ingest:01"], in: dir.path)
        try #require(added.status == 0, "\(added.stderr)")
        let secret = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let listed = try cli.run(["tokens", "list", "--format", "csv"], in: dir.path)
        #expect(listed.stdout.contains(",Sở KH&CN Hà Nội,ingest:01,") && !listed.stdout.contains(secret), "\(listed.stdout)")

        let port = try LoopbackHTTPServer.freePort()
        let server = try cli.start(["serve", "--port", String(port)], in: dir.path)
        defer { if server.isRunning { server.terminate() } }
        let base = "http://127.0.0.1:\(port)/api/v1"
        var up = false
        for _ in 0..<300 where !up {  // up to 30 s: a loaded machine starts the debug build slowly
            try await Task.sleep(for: .milliseconds(100))
            if let (_, response) = try? await URLSession.shared.data(from: try #require(URL(string: base + "/localities?level=province"))) {
                up = (response as? HTTPURLResponse)?.statusCode == 200
            }
        }
        #expect(up, "serve --db postgres:// answers")
        func post(_ body: String, bearer: String) async throws -> Int {
            var request = URLRequest(url: try #require(URL(string: base + "/ingest")))
            request.httpMethod = "POST"
            request.setValue("text/csv", forHTTPHeaderField: "Content-Type")
            request.setValue("Bearer \(bearer)", forHTTPHeaderField: "Authorization")
            request.httpBody = Data(body.utf8)
            let (_, response) = try await URLSession.shared.data(for: request)
            return (response as? HTTPURLResponse)?.statusCode ?? 0
        }
        let august = "date,locality,sector,received,received_online\n2025-08-01,00004,land,10,4\n2025-08-01,00008,land,8,2\n"
        #expect(try await post(august, bearer: "upt_" + String(repeating: "0", count: 64)) == 401)
        #expect(try await post(august.replacingOccurrences(of: "00008", with: "16171"), bearer: secret) == 403, "Thanh Hóa is outside ingest:01")
        #expect(try await post(august, bearer: secret) == 200)
        kill(server.processIdentifier, SIGTERM)
        #expect(try await ChildProcess.waitForExit(server, limit: .seconds(30)) == 0)

        let rates = try cli.run(["rates", "--metric", "received", "--locality", "01", "--period", "2025-08-01", "--format", "csv"], in: dir.path)
        #expect(rates.stdout.contains(",2025-08-01,2025-08-01,18,"), "the two rows the server took: \(rates.stdout)")
        let prometheus = try cli.run(["export", "prometheus", "--out", "-"], in: dir.path)
        #expect(prometheus.status == 0, "\(prometheus.stderr)")
        #expect(prometheus.stdout.contains("province=\"01\""), "\(prometheus.stdout.prefix(400))")

        let revoke = try cli.run(["tokens", "revoke", try #require(listed.stdout.split(separator: "\n").dropFirst().first?.split(separator: ",").first.map(String.init))], in: dir.path)
        #expect(revoke.status == 0, "\(revoke.stderr)")
        #expect(try cli.run(["tokens", "revoke", "upt_none"], in: dir.path).status == 2)
    }

    /// Ba Đình at about 100 a working day, then 5 a day from 16 June 2025: the alert fires once and
    /// its state (stored in PostgreSQL) keeps a second run from notifying again.
    @Test(.enabled(if: enabled, why))
    func alertsKeepTheirStateInPostgreSQL() throws {
        let dir = TemporaryDirectory()
        let cli = CLIRunner(environment: ["UPTAKE_DB": try PostgresTestCluster.shared.get().createDatabase()])
        #expect(try cli.run(["init"], in: dir.path).status == 0)
        var csv = "date,locality,sector,received,received_online\n"
        let first = try #require(DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"), year: 2025, month: 3, day: 3).date)
        let format = DateFormatter()
        format.dateFormat = "yyyy-MM-dd"
        format.timeZone = TimeZone(identifier: "UTC")
        for i in 0..<108 {
            let day = format.string(from: first.addingTimeInterval(Double(i) * 86_400))
            var received = i % 7 >= 5 ? 8 : 100 + (i * 37) % 21 - 10
            if day >= "2025-06-16" { received = 5 }
            csv += "\(day),00004,land,\(received),\(received / 2)\n"
        }
        dir.write("a.csv", csv)
        #expect(try cli.run(["ingest", "--units", "current", "a.csv"], in: dir.path).status == 0)
        dir.write("rules.yaml", """
            rules:
              - name: ProvinceDrop
                watch: {metric: received, level: province, provinces: ["01"]}
                condition:
                  anomaly: {kinds: [drop, level_shift], min_severity: major}
                  drop_percent: 50
                group_by: [province]
            receivers:
              - name: log
                file: alerts.ndjson
            """)
        let check = ["alerts", "check", "--rules", "rules.yaml", "--format", "csv", "--as-of"]
        let firing = try cli.run(check + ["2025-06-16"], in: dir.path)
        #expect(firing.status == 3, "\(firing.stderr)")
        #expect(try cli.run(check + ["2025-06-16"], in: dir.path).status == 3, "still firing")
        let lines = try String(contentsOfFile: dir.file("alerts.ndjson"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1, "notified once: the second run read the state back from PostgreSQL")
        let list = try cli.run(["alerts", "list", "--format", "csv"], in: dir.path)
        #expect(list.stdout.contains("firing") && list.stdout.contains("ProvinceDrop"), "\(list.stdout)")
    }

    @Test func sqliteOnlyCommandsRefuseAPostgreSQLURL() throws {
        let dir = TemporaryDirectory()
        let url = "postgres://uptake:secret@127.0.0.1:1/none"  // never reached: refused before connecting
        let sql = try CLIRunner().run(["sql", "select 1", "--db", url], in: dir.path)
        #expect(sql.status == 2)
        #expect(sql.stderr.contains("this command needs a SQLite database; postgres://uptake@127.0.0.1:1/none is PostgreSQL"), "\(sql.stderr)")
        #expect(!sql.stderr.contains("secret"), "the password is never printed")
    }
}
