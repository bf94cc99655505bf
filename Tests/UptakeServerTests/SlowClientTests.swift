import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Synchronization
import Testing
import UptakeCore
import UptakeServer
import UptakeSQLite
import UptakeTestSupport

/// Clients that hold connections: a body trickled a byte at a time (which the idle timeout never
/// sees, each byte being a body part) is answered 408 and closed after the request timeout, and
/// connections past the cap wait instead of taking every descriptor.
@Suite struct SlowClientTests {
    static func application(_ fixture: ServerFixture, port: Int = 0, requestTimeout: Duration = .seconds(1), maxConnections: Int = 64) throws -> some ApplicationProtocol {
        var configuration = ServerConfiguration(host: "127.0.0.1", port: port, today: { Day(iso: "2025-08-15") ?? Day(number: 0) })
        configuration.idleTimeout = .seconds(30)  // never the reason for a close here
        configuration.requestTimeout = requestTimeout
        configuration.maxConnections = maxConnections
        return buildApplication(configuration: configuration, store: try SQLiteStore(path: fixture.db))
    }

    static func head(_ lines: String...) -> [UInt8] {
        Array((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
    }

    /// Headers promising a megabyte, then a byte every 200 ms: the server answers 408 with a problem
    /// and closes the connection, having written nothing.
    @Test func aTrickledBodyIsAnswered408AndClosed() async throws {
        let fixture = try ServerFixture()
        let token = try AuthTests.token(fixture, scope: "ingest:*")
        try await Self.application(fixture).test(.live) { client in
            let port = try #require(client.port)
            let head = Self.head("POST /api/v1/ingest HTTP/1.1", "Host: localhost", "Authorization: Bearer \(token)",
                                 "Content-Type: text/csv", "Content-Length: 1000000")
            let outcome = try await RawClient.exchange(port: port, patience: .seconds(60)) { outbound in
                try await outbound.write(ByteBuffer(bytes: head))
                try await RawClient.trickle(Array("date,locality,sector,received\n".utf8) + Array(repeating: UInt8(ascii: "1"), count: 300),
                                            pause: .milliseconds(200), to: outbound)
            }
            #expect(outcome.closedByServer, "the connection stayed open: \(outcome.received)")
            #expect(outcome.received.hasPrefix("HTTP/1.1 408 Request Timeout\r\n"), "\(outcome.received)")
            #expect(outcome.received.lowercased().contains("\r\nx-content-type-options: nosniff\r\n"), "the security headers too")
            let body = try #require(outcome.received.components(separatedBy: "\r\n\r\n").dropFirst().first, "\(outcome.received)")
            let problem = try JSONDecoder().decode(Problem.self, from: Data(body.utf8))
            #expect(problem.code == "request_timeout" && problem.status == 408)
            #expect(problem.detail == "the request did not arrive whole within 1 s")
        }
        #expect(try await IngestEndpointTests.lastDay(fixture) == "2025-07-31", "nothing written")
    }

    /// Without a token the answer (401) comes before the request timeout; the body still trickling,
    /// the connection is closed after the timeout rather than drained forever. The timeout is 5 s, not
    /// 1: in CI, with every suite running at once, the 401 once took 1.6 s and lost the race to a
    /// 408 (the 60 s trickle still outlasts it twelvefold).
    @Test func aBodyTrickledAfterTheAnswerIsCutOff() async throws {
        let fixture = try ServerFixture()
        try await Self.application(fixture, requestTimeout: .seconds(5)).test(.live) { client in
            let port = try #require(client.port)
            let head = Self.head("POST /api/v1/ingest HTTP/1.1", "Host: localhost", "Content-Type: text/csv", "Content-Length: 1000000")
            let outcome = try await RawClient.exchange(port: port, patience: .seconds(60)) { outbound in
                try await outbound.write(ByteBuffer(bytes: head))
                try await RawClient.trickle(Array(repeating: UInt8(ascii: "x"), count: 300), pause: .milliseconds(200), to: outbound)
            }
            #expect(outcome.closedByServer, "the connection stayed open")
            #expect(outcome.received.hasPrefix("HTTP/1.1 401 Unauthorized\r\n"), "\(outcome.received)")
            #expect(!outcome.received.contains("408"), "one answer only: \(outcome.received)")
        }
    }

    /// A body that arrives in time is read whole: the deadline does not cut ordinary uploads.
    @Test func aBodyInTimeIsIngested() async throws {
        let fixture = try ServerFixture()
        let token = try AuthTests.token(fixture, scope: "ingest:*")
        try await Self.application(fixture, requestTimeout: .seconds(30)).test(.live) { client in
            let csv = "date,locality,sector,received,received_online,resolved,resolved_online\n2025-08-01,00004,land,10,5,9,4\n"
            let response = try await client.execute(uri: "/api/v1/ingest", method: .post,
                                                    headers: [.authorization: "Bearer \(token)", .contentType: "text/csv"], body: ByteBuffer(string: csv))
            #expect(response.status == .ok, "\(response.body.text)")
        }
        #expect(try await IngestEndpointTests.lastDay(fixture) == "2025-08-01")
    }

    /// With a cap of two, two open connections make a third wait (it is not answered while they
    /// stay); when one closes, the third is answered. The application runs as `serve` runs it, not
    /// under `test(.live)`: HummingbirdTesting 2.28.1 rebuilds the configuration without the cap.
    @Test func connectionsPastTheCapWaitForOneToClose() async throws {
        let fixture = try ServerFixture()
        let port = try LoopbackHTTPServer.freePort()
        let app = try Self.application(fixture, port: port, maxConnections: 2)
        let uri = "/api/v1/localities?level=province"
        func client() -> TestClient {
            let client = TestClient(host: "127.0.0.1", port: port, configuration: .init(timeout: .seconds(60)))
            client.connect()
            return client
        }
        func get(_ client: TestClient) async throws -> HTTPResponse.Status {
            let response = try await client.execute(TestClient.Request(uri, method: .get, authority: "localhost", headers: [.connection: "keep-alive"]))
            return response.status
        }
        try await withThrowingTaskGroup(of: Void.self) { server in
            server.addTask { try await app.run() }
            // The first holder waits for the server to listen (bounded: 30 s).
            var first: TestClient?
            for _ in 0..<300 where first == nil {
                let candidate = client()
                if (try? await get(candidate)) == .ok { first = candidate } else { try? await candidate.shutdown(); try await Task.sleep(for: .milliseconds(100)) }
            }
            let holder = try #require(first, "the server did not start")
            let second = client()
            #expect(try await get(second) == .ok)
            let waiting = client()
            final class Answer: Sendable { let status = Mutex<HTTPResponse.Status?>(nil) }
            let answer = Answer()
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    let status = try await get(waiting)
                    answer.status.withLock { $0 = status }
                }
                try await Task.sleep(for: .seconds(1))
                #expect(answer.status.withLock { $0 } == nil, "answered past the cap of 2 connections")
                try await holder.shutdown()
                try await group.waitForAll()
            }
            #expect(answer.status.withLock { $0 } == .ok)
            try await second.shutdown()
            try await waiting.shutdown()
            server.cancelAll()
        }
    }
}
