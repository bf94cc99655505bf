import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import UptakeCore
import UptakeServer
import UptakeSQLite
import UptakeTestSupport

/// Reads open or behind tokens of scope `read` (`--read-token-required`), and the read-only SQL
/// endpoint behind a token of scope `sql` with a time limit: writes refused, long statements stopped.
@Suite struct AuthTests {
    static func token(_ fixture: ServerFixture, scope: String) throws -> String {
        let out = try fixture.cli.run(["tokens", "add", "--name", "Phân tích \(scope)", "--scope", scope], in: fixture.dir.path)
        try #require(out.status == 0, "\(out.stderr)")
        return out.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func application(_ fixture: ServerFixture, readTokenRequired: Bool = false, sqlTimeLimit: Double = 10, sqlMaxRows: Int = 100_000) throws -> some ApplicationProtocol {
        var configuration = ServerConfiguration(host: "127.0.0.1", port: 0, today: { Day(iso: "2025-08-15") ?? Day(number: 0) })
        configuration.readTokenRequired = readTokenRequired
        configuration.sqlTimeLimit = sqlTimeLimit
        configuration.sqlMaxRows = sqlMaxRows
        return buildApplication(configuration: configuration, store: try SQLiteStore(path: fixture.db))
    }

    @Test func readsNeedAReadTokenWhenConfigured() async throws {
        let fixture = try ServerFixture()
        let reader = try Self.token(fixture, scope: "read"), uploader = try Self.token(fixture, scope: "ingest:01")
        let expected = try fixture.cliJSON(["rates", "--period", "2025-07"])
        try await application(fixture, readTokenRequired: true).test(.live) { client in
            let uri = "/api/v1/rates?period=2025-07"
            let missing = try await client.execute(uri: uri, method: .get) { $0 }
            #expect(missing.status == .unauthorized && missing.headers[.wwwAuthenticate] == "Bearer")
            #expect(try AbuseTests.problem(missing).code == "unauthorised")
            let wrongScope = try await client.execute(uri: uri, method: .get, headers: [.authorization: "Bearer \(uploader)"]) { $0 }
            #expect(wrongScope.status == .forbidden)
            #expect(try AbuseTests.problem(wrongScope).detail.hasSuffix("has no read scope: it may not read"))
            let read = try await client.execute(uri: uri, method: .get, headers: [.authorization: "Bearer \(reader)"]) { $0 }
            #expect(read.status == .ok && read.body.text == expected)
            // A browser: the dashboard asks for a password (Basic), the token being the password.
            let page = try await client.execute(uri: "/?period=2025-07", method: .get) { $0 }
            #expect(page.status == .unauthorized && page.headers[.wwwAuthenticate] == "Basic realm=\"Uptake\", charset=\"UTF-8\"")
            let basic = Data("analyst:\(reader)".utf8).base64EncodedString()
            #expect(try await client.execute(uri: "/?period=2025-07", method: .get, headers: [.authorization: "Basic \(basic)"]) { $0.status } == .ok)
            #expect(try await client.execute(uri: "/metrics", method: .get) { $0.status } == .unauthorized)
            #expect(try await client.execute(uri: "/metrics", method: .get, headers: [.authorization: "Bearer \(reader)"]) { $0.status } == .ok)
        }
        // Open by default: the same request without a token.
        try await application(fixture).test(.live) { client in
            let open = try await client.execute(uri: "/api/v1/rates?period=2025-07", method: .get) { $0.body.text }
            #expect(open == expected)
        }
    }

    static func sql(_ client: some TestClientProtocol, _ body: String, bearer: String?) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let bearer { headers[.authorization] = "Bearer \(bearer)" }
        return try await client.execute(uri: "/api/v1/sql", method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    /// The answer is `uptake sql --format json`'s; no token 401, another scope 403, a write 403 with
    /// nothing changed, too many rows 403.
    @Test func sqlNeedsItsScopeAndOnlyReads() async throws {
        let fixture = try ServerFixture()
        let analyst = try Self.token(fixture, scope: "sql"), reader = try Self.token(fixture, scope: "read")
        let statement = "select code, name from localities where level = 'province' order by code limit 3"
        let expected = try fixture.cliJSON(["sql", statement])
        try await application(fixture, sqlMaxRows: 3).test(.live) { client in
            let body = #"{"sql": "\#(statement)"}"#
            #expect(try await Self.sql(client, body, bearer: nil).status == .unauthorized)
            #expect(try await Self.sql(client, body, bearer: reader).status == .forbidden)
            let ok = try await Self.sql(client, body, bearer: analyst)
            #expect(ok.status == .ok, "\(ok.body.text)")
            #expect(ok.body.text == expected)
            for write in ["delete from localities", "update api_tokens set revoked = 0", "attach database '/tmp/x.sqlite' as x", "pragma user_version = 9"] {
                let refused = try await Self.sql(client, #"{"sql": "\#(write)"}"#, bearer: analyst)
                #expect(refused.status == .forbidden, "\(write): \(refused.body.text)")
                #expect(try AbuseTests.problem(refused).code == "refused", "\(write)")
            }
            let many = try await Self.sql(client, #"{"sql": "select code from localities"}"#, bearer: analyst)
            #expect(many.status == .forbidden)
            #expect(try AbuseTests.problem(many).detail == "the result has more than 3 rows")
        }
        let count = try fixture.cli.run(["sql", "select count(*) from localities where level = 'province'", "--format", "csv"], in: fixture.dir.path)
        #expect(count.stdout.hasSuffix("\n34\n"), "nothing deleted: \(count.stdout)")
    }

    /// A statement past its time limit is interrupted (400, the CLI's message naming the limit) and
    /// the server answers other requests while it runs: it runs on a thread of its own. The message
    /// is the evidence that the limit stopped it; no stopwatch (a loaded machine breaks any bound).
    @Test func sqlStopsAtTheTimeLimit() async throws {
        let fixture = try ServerFixture()
        let analyst = try Self.token(fixture, scope: "sql")
        let endless = "with recursive n(i) as (select 1 union all select i + 1 from n) select count(*) from n"
        try await application(fixture, sqlTimeLimit: 5).test(.live) { client in
            async let stopped = Self.sql(client, #"{"sql": "\#(endless)", "time_limit": 1}"#, bearer: analyst)
            try await Task.sleep(for: .milliseconds(200))
            let meanwhile = try await client.execute(uri: "/api/v1/localities?level=province", method: .get) { $0.status }
            let response = try await stopped
            #expect(meanwhile == .ok)
            #expect(response.status == .badRequest, "\(response.body.text)")
            #expect(try AbuseTests.problem(response).detail == "query stopped: it ran longer than 1 s")
        }
    }
}
