import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import NIOPosix
import Synchronization
import Testing
import UptakeCore
import UptakeServer
import UptakeSQLite

/// What a careless or hostile client gets: 405 with Allow for a method a path does not take, a
/// connection that trickles its headers dropped after the idle timeout while others are served,
/// malformed JSON and oversized bodies refused as problem+json, traversal paths 404.
@Suite struct AbuseTests {
    static func problem(_ response: TestResponse) throws -> Problem {
        #expect(response.headers[.contentType] == "application/problem+json")
        return try JSONDecoder().decode(Problem.self, from: Data(response.body.text.utf8))
    }

    @Test func undeclaredMethodsOnDeclaredPathsAre405WithAllow() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.live) { client in
            let cases: [(String, HTTPRequest.Method, String)] = [
                ("/api/v1/rates", .post, "GET, HEAD"), ("/api/v1/rates", .delete, "GET, HEAD"), ("/api/v1/ingest", .get, "POST"),
                ("/api/v1/sql", .put, "POST"), ("/metrics", .patch, "GET, HEAD"), ("/localities/01", .post, "GET, HEAD"), ("/", .options, "GET, HEAD"),
            ]
            for (path, method, allow) in cases {
                let response = try await client.execute(uri: path, method: method) { $0 }
                #expect(response.status == .methodNotAllowed, "\(method) \(path)")
                #expect(response.headers[.allow] == allow, "\(method) \(path)")
                let problem = try Self.problem(response)
                #expect(problem.code == "method_not_allowed" && problem.detail == "\(path) does not take \(method.rawValue)")
            }
            #expect(try await client.execute(uri: "/api/v1/rates", method: .head) { $0.status } == .ok, "HEAD goes with GET")
            #expect(try await client.execute(uri: "/api/v1/nothing", method: .post) { $0.status } == .notFound, "an unknown path stays 404")
        }
    }

    /// `..` and its encodings never leave the routes: there are no files to serve, and each is a 404.
    @Test func traversalPathsAreNotFound() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.live) { client in
            for path in ["/api/v1/rates/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/api/v1/%2E%2E/%2E%2E/etc/passwd",
                         "/localities/..%2F..%2F..%2Fetc%2Fpasswd", "/..%5c..%5cetc%5cpasswd", "/api/v1//..//..//etc/passwd"] {
                let response = try await client.execute(uri: path, method: .get) { $0 }
                #expect(response.status == .notFound, "\(path)")
                #expect(try Self.problem(response).code == "not_found", "\(path)")
                #expect(!response.body.text.contains("root:"), "\(path)")
            }
        }
    }

    /// Malformed JSON: the SQL endpoint says what is wrong (400); a JSON upload is an invalid input
    /// (422) and writes nothing.
    @Test func malformedJSONIsRefused() async throws {
        let fixture = try ServerFixture()
        let sql = try AuthTests.token(fixture, scope: "sql")
        let ingest = try AuthTests.token(fixture, scope: "ingest:*")
        try await fixture.application().test(.live) { client in
            let bodies: [(String, String)] = [
                (#"{"sql": "select 1""#, "the body is not a statement: it is not valid JSON"),
                (#"{"query": "select 1"}"#, "the body is not a statement: it has no \"sql\""),
                (#"{"sql": 42}"#, "the body is not a statement: \"sql\" has the wrong type"),
                (#"{"sql": "select 1", "time_limit": -1}"#, "time_limit must be a positive number of seconds"),
                ("\u{FF}\u{FE}garbage", "the body is not a statement: it is not valid JSON"),
            ]
            for (body, detail) in bodies {
                let response = try await client.execute(uri: "/api/v1/sql", method: .post,
                                                        headers: [.authorization: "Bearer \(sql)", .contentType: "application/json"], body: ByteBuffer(string: body))
                #expect(response.status == .badRequest, "\(body)")
                #expect(try Self.problem(response).detail == detail, "\(body)")
            }
            let upload = try await client.execute(uri: "/api/v1/ingest", method: .post,
                                                  headers: [.authorization: "Bearer \(ingest)", .contentType: "application/json"],
                                                  body: ByteBuffer(string: #"[{"date": "2025-08-01", "locality": "00004", "#))
            #expect(upload.status == .unprocessableContent, "\(upload.body.text)")
            #expect(try Self.problem(upload).code == "invalid_input")
        }
        #expect(try await IngestEndpointTests.lastDay(fixture) == "2025-07-31", "nothing written")
    }

    @Test func oversizedBodiesAre413() async throws {
        let fixture = try ServerFixture()
        let sql = try AuthTests.token(fixture, scope: "sql")
        try await fixture.application().test(.live) { client in
            let huge = #"{"sql": "select 1 -- "# + String(repeating: "x", count: 70_000) + #""}"#
            let response = try await client.execute(uri: "/api/v1/sql", method: .post,
                                                    headers: [.authorization: "Bearer \(sql)", .contentType: "application/json"], body: ByteBuffer(string: huge))
            #expect(response.status == .contentTooLarge)
            #expect(try Self.problem(response).code == "refused")
        }
    }

    /// A client that sends its request head a byte every 150 ms never completes it: the server closes
    /// the connection after its idle timeout (1 s here), and answers another client meanwhile.
    @Test func aTricklingClientIsDroppedWithoutBlockingOthers() async throws {
        let fixture = try ServerFixture()
        var configuration = ServerConfiguration(host: "127.0.0.1", port: 0, today: { Day(number: 0) })
        configuration.idleTimeout = .seconds(1)
        let app = buildApplication(configuration: configuration, store: try SQLiteStore(path: fixture.db))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            // The server's idle timer starts when it accepts the connection, so the clock starts
            // before connecting: on a loaded machine connect() can return hundreds of ms after the accept.
            let start = ContinuousClock.now
            let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton).connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
            }
            // About 8 s to send whole, never complete (no blank line): the server must not wait for it.
            let head = Array("GET /api/v1/localities HTTP/1.1\r\nX-Slow: ".utf8) + Array(repeating: UInt8(ascii: "a"), count: 14)
            enum Outcome: Sendable { case closed(Duration), sent, gaveUp }
            // What the body saw, kept outside it: closing a connection the server already closed may
            // itself throw (I/O on closed channel), which is the outcome this test wants, not a failure.
            let seen = Mutex<(closed: Duration?, answered: HTTPResponse.Status?)>((nil, nil))
            do {
                try await channel.executeThenClose { inbound, outbound in
                    try await withThrowingTaskGroup(of: Outcome.self) { group in
                        group.addTask {  // the server's side: ends (or fails) when it closes the connection
                            do { for try await _ in inbound {} } catch {}
                            return .closed(ContinuousClock.now - start)
                        }
                        group.addTask {
                            for byte in head {
                                do { try await outbound.write(ByteBuffer(bytes: [byte])) } catch { break }
                                try await Task.sleep(for: .milliseconds(150))
                            }
                            return .sent
                        }
                        group.addTask { try await Task.sleep(for: .seconds(12)); return .gaveUp }
                        // Meanwhile an ordinary client is answered at once.
                        let status = try await client.execute(uri: "/api/v1/localities?level=province", method: .get) { $0.status }
                        seen.withLock { $0.answered = status }
                        loop: while let outcome = try await group.next() {
                            switch outcome {
                            case .closed(let after): seen.withLock { $0.closed = after }; break loop
                            case .sent: continue  // the writer may notice the close first
                            case .gaveUp: break loop
                            }
                        }
                        group.cancelAll()
                    }
                }
            } catch let error as ChannelError where error == .ioOnClosedChannel || error == .alreadyClosed {}
            let (closedAfter, answered) = seen.withLock { ($0.closed, $0.answered) }
            #expect(answered == .ok)
            let closed = try #require(closedAfter, "the trickling connection was not closed")
            #expect(closed >= .milliseconds(900) && closed < .seconds(10), "closed after \(closed) (idle timeout 1 s; generous for a loaded machine)")
        }
    }
}
