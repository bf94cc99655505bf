import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import UptakeCore
import UptakeServer
import UptakeSQLite

/// What a statement of POST /api/v1/sql may cost the server: one whose client went away is
/// cancelled rather than left to run to the time limit, and one that would build a huge value is
/// refused rather than allocated.
@Suite struct SQLResourceTests {
    static let endless = "with recursive n(i) as (select 1 union all select i + 1 from n) select count(*) from n"

    /// The outcomes counted in /metrics so far (`uptake_sql_statements_total{outcome="…"}`).
    static func outcomes(_ client: some TestClientProtocol) async throws -> [String] {
        let text = try await client.execute(uri: "/metrics", method: .get) { $0.body.text }
        return text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("uptake_sql_statements_total{outcome=\"") else { return nil }
            return line.split(separator: "\"")[1].description
        }
    }

    /// A client sends an endless statement and closes the connection: the statement ends cancelled
    /// (the server's metrics say so), not stopped at the 30 s time limit.
    @Test func anAbandonedStatementIsCancelled() async throws {
        let fixture = try ServerFixture()
        let analyst = try AuthTests.token(fixture, scope: "sql")
        try await AuthTests().application(fixture, sqlTimeLimit: 30).test(.live) { client in
            let port = try #require(client.port)
            let body = #"{"sql": "\#(Self.endless)"}"#
            let request = "POST /api/v1/sql HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer \(analyst)\r\nContent-Type: application/json\r\n"
                + "Content-Length: \(body.utf8.count)\r\n\r\n\(body)"
            // Sends the statement, waits half a second and hangs up (the exchange gives up and closes).
            let outcome = try await RawClient.exchange(port: port, patience: .milliseconds(500)) { outbound in
                try await outbound.write(ByteBuffer(string: request))
            }
            #expect(!outcome.closedByServer && outcome.received.isEmpty, "the statement cannot have ended yet: \(outcome.received)")
            // Until the statement ends one way or the other (bounded past the time limit: 90 s).
            var ended: [String] = []
            for _ in 0..<180 where ended.isEmpty {
                try await Task.sleep(for: .milliseconds(500))
                ended = try await Self.outcomes(client)
            }
            #expect(ended == ["cancelled"], "the statement ended \(ended)")
        }
    }

    /// `printf('%.*c', 900000000, 'x')` would build a 900 MB string inside one call, where no time
    /// limit can stop it: the sandbox refuses values that large, and the answer is a 4xx problem.
    /// Its own client waits up to five minutes (the test framework's gives up after 20 s, which a
    /// loaded machine can pass while SQLite counts out the refused string).
    @Test func aHugeValueIsRefusedNotBuilt() async throws {
        let fixture = try ServerFixture()
        let analyst = try AuthTests.token(fixture, scope: "sql")
        try await AuthTests().application(fixture, sqlTimeLimit: 30).test(.live) { client in
            let patient = TestClient(host: "127.0.0.1", port: try #require(client.port), configuration: .init(timeout: .seconds(300)))
            patient.connect()
            let body = ByteBuffer(string: #"{"sql": "select length(printf('%.*c', 900000000, 'x'))"}"#)
            let response = try await patient.execute(TestClient.Request("/api/v1/sql", method: .post, authority: "localhost",
                                                                        headers: [.authorization: "Bearer \(analyst)", .contentType: "application/json"], body: body))
            try await patient.shutdown()
            #expect((400..<500).contains(response.status.code), "\(response.status): \(String(buffer: response.body ?? ByteBuffer()))")
            #expect(response.headers[.contentType] == "application/problem+json")
        }
    }
}
