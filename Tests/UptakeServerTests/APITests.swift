import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import UptakeServer
import UptakeTestSupport

/// The JSON API against the CLI on one database: the same question gives the same bytes; bad
/// questions give problem+json with the CLI's code and message; unknown paths 404.
@Suite struct APITests {
    /// datasets/alerts.yaml, the rules the server evaluates when started with none.
    static let shippedRules = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../datasets/alerts.yaml").standardized.path

    /// Each endpoint answers what its command writes with --format json, byte for byte.
    @Test func endpointsAnswerAsTheCommandsDo() async throws {
        let fixture = try ServerFixture()
        let cases: [(String, [String])] = [
            ("/api/v1/rates?metric=online-submission&level=province&period=2025-07",
             ["rates", "--metric", "online-submission", "--level", "province", "--period", "2025-07"]),
            ("/api/v1/rates?metric=online-result&locality=ha%20noi&by=week&from=2025-06-02&to=2025-07-27&rank=true",
             ["rates", "--metric", "online-result", "--locality", "ha noi", "--by", "week", "--from", "2025-06-02", "--to", "2025-07-27", "--rank"]),
            ("/api/v1/rates?parent=01&by=sector&interval=jeffreys&confidence=0.9",
             ["rates", "--parent", "01", "--by", "sector", "--interval", "jeffreys", "--confidence", "0.9"]),
            ("/api/v1/rates?period=last-month&as-of=2025-08-03", ["rates", "--period", "last-month", "--as-of", "2025-08-03"]),
            ("/api/v1/localities?parent=01", ["localities", "--parent", "01"]),
            ("/api/v1/trend?metric=received&locality=01&period=2025-07", ["trend", "--metric", "received", "--locality", "01", "--period", "2025-07"]),
            ("/api/v1/compare?level=commune&parent=01&period=2025-07", ["compare", "--level", "commune", "--parent", "01", "--period", "2025-07"]),
            ("/api/v1/status?period=2025-07", ["status", "--period", "2025-07"]),
            ("/api/v1/anomalies?level=commune&period=2025-07", ["anomalies", "--level", "commune", "--period", "2025-07"]),
            ("/api/v1/explain?locality=01&period=2025-07", ["explain", "--locality", "01", "--period", "2025-07"]),
            ("/api/v1/readiness", ["readiness"]),
            ("/api/v1/alerts", ["alerts", "list"]),
            // Every analytical command has its endpoint, with every option the command has.
            ("/api/v1/lagging?level=commune&parent=01&period=2025-07&fdr=0.1", ["lagging", "--level", "commune", "--parent", "01", "--period", "2025-07", "--fdr", "0.1"]),
            ("/api/v1/gap?locality=01&versus=38&period=2025-07&top=3", ["gap", "--locality", "01", "--versus", "38", "--period", "2025-07", "--top", "3"]),
            ("/api/v1/forecast?metric=received&locality=00004&history-to=2025-07-20&until=2025-08-10",
             ["forecast", "--metric", "received", "--locality", "00004", "--history-to", "2025-07-20", "--until", "2025-08-10"]),
            ("/api/v1/forecast?metric=online-submission&level=commune&parent=01&until=2025-08-15&window=56&sector=land",
             ["forecast", "--metric", "online-submission", "--level", "commune", "--parent", "01", "--until", "2025-08-15", "--window", "56", "--sector", "land"]),
            ("/api/v1/rates?period=2025-07&with=incidents,readiness", ["rates", "--period", "2025-07", "--with", "incidents,readiness"]),
            ("/api/v1/trend?locality=01&period=2025-07&by=sector&with=incidents", ["trend", "--locality", "01", "--period", "2025-07", "--by", "sector", "--with", "incidents"]),
            ("/api/v1/compare?metric=received&locality=01&by=sector&period=2025-07&baseline=2025-06&with=incidents",
             ["compare", "--metric", "received", "--locality", "01", "--by", "sector", "--period", "2025-07", "--baseline", "2025-06", "--with", "incidents"]),
            ("/api/v1/compare?period=this-month&baseline=last-month&as-of=2025-07-20&locality=01&decompose=true&top=2&level=commune",
             ["compare", "--period", "this-month", "--baseline", "last-month", "--as-of", "2025-07-20", "--locality", "01", "--decompose", "--top", "2", "--level", "commune"]),
            ("/api/v1/status?level=commune&parent=01&colour=computed&as-of=2025-07-31&red-after-days=10",
             ["status", "--level", "commune", "--parent", "01", "--colour", "computed", "--as-of", "2025-07-31", "--red-after-days", "10"]),
            ("/api/v1/anomalies?locality=01&period=2025-07&by-sector=true&direction=both", ["anomalies", "--locality", "01", "--period", "2025-07", "--by-sector", "--direction", "both"]),
            ("/api/v1/explain?locality=01&metric=received&period=2025-07&baseline=2025-06&top=3",
             ["explain", "--locality", "01", "--metric", "received", "--period", "2025-07", "--baseline", "2025-06", "--top", "3"]),
            ("/api/v1/readiness?level=commune&parent=01&criteria=guidance,digital_signature&as-of=2025-07-31",
             ["readiness", "--level", "commune", "--parent", "01", "--criteria", "guidance,digital_signature", "--as-of", "2025-07-31"]),
            ("/api/v1/tasks?as-of=2025-07-31&by=group&locality=01", ["tasks", "--as-of", "2025-07-31", "--by", "group", "--locality", "01"]),
            ("/api/v1/targets?metric=online-submission&locality=01&as-of=2025-08-15", ["targets", "--metric", "online-submission", "--locality", "01", "--as-of", "2025-08-15"]),
            // The server evaluates the shipped rules, read-only: `alerts check --dry-run` with them.
            ("/api/v1/alerts/check?as-of=2025-07-31", ["alerts", "check", "--dry-run", "--as-of", "2025-07-31", "--rules", Self.shippedRules]),
            ("/api/v1/alerts/backtest?from=2025-07-01&to=2025-07-10",
             ["alerts", "backtest", "--rules", Self.shippedRules, "--from", "2025-07-01", "--to", "2025-07-10"]),
        ]
        // No analytical endpoint is left out of the comparison above.
        let asked = Set(cases.map { $0.0.dropFirst("/api/v1/".count).prefix { $0 != "?" } }.map(String.init))
            .union(["report"])  // writes a file, not stdout: reportAnswersAsTheCommandWrites
        #expect(asked == Set(Endpoint.all.map(\.name)), "endpoints never compared with their command: \(Set(Endpoint.all.map(\.name)).subtracting(asked))")
        // Plan tasks, so that the tasks endpoint has some to list.
        _ = fixture.dir.write("tasks.csv", """
            date,id,plan,group,title,owner,due,status,completed,evidence
            2025-07-01,KH02-1.1,02-KH/BCĐTW,institutions,Quy chế,01,2025-07-15,in_progress,,
            2025-07-01,KH02-2.1,02-KH/BCĐTW,resources,Tập huấn,38,2025-07-10,not_started,,
            2025-07-20,KH02-1.1,02-KH/BCĐTW,institutions,Quy chế,01,2025-07-15,done,2025-07-18,Quyết định số 1/QĐ-UBND

            """)
        let tasks = try fixture.cli.run(["ingest", "--units", "current", "tasks.csv"], in: fixture.dir.path)
        try #require(tasks.status == 0, "uptake ingest tasks.csv: \(tasks.stderr)")
        try await fixture.application().test(.live) { client in
            for (uri, arguments) in cases {
                let expected = try fixture.cliJSON(arguments)
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri): \(response.body.text)")
                    #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                    #expect(response.body.text == expected, "\(uri) differs from uptake \(arguments.joined(separator: " "))")
                }
            }
        }
    }

    /// The report's endpoint answers what `uptake report --out F.json` writes, byte for byte. Through
    /// the router, not a socket: with every suite running on 2 cores the report took longer than the
    /// live test client's fixed 20 s read timeout (CI, session 15).
    @Test func reportAnswersAsTheCommandWrites() async throws {
        let fixture = try ServerFixture()
        let run = try fixture.cli.run(["report", "--period", "2025-07", "--baseline", "2025-06", "--locality", "01", "--out", "r.json"], in: fixture.dir.path)
        try #require(run.status == 0, "uptake report: \(run.stderr)")
        let expected = try String(contentsOfFile: fixture.dir.path + "/r.json", encoding: .utf8)
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/api/v1/report?period=2025-07&baseline=2025-06&locality=01", method: .get) { response in
                #expect(response.status == .ok, "\(response.body.text)")
                #expect(response.body.text == expected)
                #expect(response.body.text.contains("\"explanations\""))
            }
        }
    }

    /// The same code and message as the CLI's `error: …` line, as problem+json with its HTTP status.
    @Test func errorsAreProblemsWithTheCLIsWords() async throws {
        let fixture = try ServerFixture()
        let ambiguous = try fixture.cli.run(["rates", "--locality", "Ba Dinh", "--period", "2025-07"], in: fixture.dir.path)
        #expect(ambiguous.status == 2)
        try await fixture.application().test(.live) { client in
            try await client.execute(uri: "/api/v1/rates?locality=Ba%20Dinh&period=2025-07", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(response.headers[.contentType] == "application/problem+json")
                let problem = try JSONDecoder().decode(Problem.self, from: Data(response.body.text.utf8))
                #expect(problem.code == "invalid_query")
                #expect(problem.status == 400)
                #expect(ambiguous.stderr == "error: \(problem.detail)\n  hint: \(problem.hint ?? "")\n")
                #expect(problem.requestID != nil && problem.requestID == response.headers[HTTPField.Name("X-Request-Id")!])
            }
            let refused: [(String, HTTPResponse.Status, String, String)] = [
                ("/api/v1/rates?metric=speed", .badRequest, "invalid_query", "invalid metric \"speed\": expected received, received-online"),
                ("/api/v1/rates?period=2025-13", .badRequest, "invalid_query", "invalid period \"2025-13\": expected 2025, 2025-Q3"),
                ("/api/v1/rates?from=2025-07-01", .badRequest, "invalid_query", "from and to go together"),
                ("/api/v1/rates?sector=Land", .badRequest, "invalid_query", "invalid sector \"Land\""),
                ("/api/v1/rates?sector=tax", .badRequest, "invalid_query", "unknown sector \"tax\": the database has civil_status, land"),
                ("/api/v1/rates?confidence=1.5", .badRequest, "invalid_query", "confidence must lie strictly between 0 and 1, e.g. 0.95"),
                ("/api/v1/rates?period=2025-07&period=2025-06", .badRequest, "invalid_query", "parameter \"period\" given twice"),
                ("/api/v1/rates?format=csv", .badRequest, "invalid_query", "unknown parameter \"format\""),
                ("/api/v1/rates?rank=maybe", .badRequest, "invalid_query", "invalid rank \"maybe\": expected true or false"),
                ("/api/v1/localities?parent=99", .notFound, "not_found", "unknown locality \"99\""),
                ("/api/v1/explain", .badRequest, "invalid_query", "give locality (a code, a name or VN) or anomaly ID"),
                // Found by schemathesis: a criterion named twice stopped the server (two columns of one name).
                ("/api/v1/readiness?criteria=guidance,digital_signature,guidance", .badRequest, "invalid_query", "criteria names guidance twice"),
                ("/api/v1/nothing", .notFound, "not_found", "no such resource"),
                ("/api/v1/rates/../../etc/passwd", .notFound, "not_found", "no such resource"),
                ("/localities/99999999", .notFound, "not_found", "unknown locality \"99999999\": no code or name matches"),
            ]
            for (uri, status, code, detail) in refused {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == status, "\(uri)")
                    #expect(response.headers[.contentType] == "application/problem+json", "\(uri)")
                    let problem = try JSONDecoder().decode(Problem.self, from: Data(response.body.text.utf8))
                    #expect(problem.code == code, "\(uri)")
                    #expect(problem.detail.hasPrefix(detail), "\(uri): \(problem.detail)")
                }
            }
            try await client.execute(uri: "/api/v1/rates", method: .post) { response in
                #expect(response.status == .methodNotAllowed)
            }
        }
    }

    /// A query decodes as a form sends it; a malformed escape or bytes that are not UTF-8 leave the
    /// text as it came (the parameter's check then refuses it by name).
    @Test func queriesDecodeAsFormsEncode() {
        let pairs = QueryParameters.pairs("locality=H%C3%A0+N%E1%BB%99i&period=2025-07&sector=land%2Ccivil_status&x=%zz+1&y=%FF&z=&w")
        #expect(pairs.map(\.0) == ["locality", "period", "sector", "x", "y", "z", "w"])
        #expect(pairs.map(\.1) == ["Hà Nội", "2025-07", "land,civil_status", "%zz 1", "%FF", "", ""])
        #expect(QueryParameters.pairs("a=50%25").first?.1 == "50%" && QueryParameters.pairs("a=%4").first?.1 == "%4")
    }

    /// The CLI and the server word a shared check the same, but for the option's dashes.
    @Test func theCLISaysTheSameWithDashes() throws {
        let fixture = try ServerFixture()
        let out = try fixture.cli.run(["rates", "--from", "2025-07-01"], in: fixture.dir.path)
        #expect(out.status == 64)
        #expect(out.stderr.hasPrefix("Error: --from and --to go together\n"))
    }
}
