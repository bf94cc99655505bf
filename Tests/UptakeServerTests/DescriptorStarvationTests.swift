import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import NIOCore
import Testing
import UptakeTestSupport

/// The attack as a user meets it: `uptake serve` may open 128 files, and 130 clients each
/// promise a megabyte and send a byte a second. The server keeps answering: the connection cap (half
/// the descriptors) leaves it files to work with, and each slow client is cut off after the request
/// timeout, so an ordinary request, queued behind them, is answered.
@Suite struct DescriptorStarvationTests {
    @Test func slowClientsDoNotStarveTheServer() async throws {
        let fixture = try ServerFixture()
        let port = try LoopbackHTTPServer.freePort()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -n 128 && exec \"$0\" serve --port \(port) --request-timeout 2", fixture.cli.executable]
        process.currentDirectoryURL = URL(fileURLWithPath: fixture.dir.path)
        (process.standardOutput, process.standardError) = (FileHandle.nullDevice, FileHandle.nullDevice)
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let url = try #require(URL(string: "http://127.0.0.1:\(port)/api/v1/localities?level=province"))
        var started = false
        for _ in 0..<300 where !started {  // up to 30 s for a debug build to start on a loaded machine
            try await Task.sleep(for: .milliseconds(100))
            started = (try? await URLSession.shared.data(from: url)) != nil
        }
        try #require(started, "uptake serve did not start")

        let head = "POST /api/v1/ingest HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\nContent-Length: 1000000\r\n\r\n"
        let (closed, status) = try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<130 {
                group.addTask {
                    try await RawClient.exchange(port: port, patience: .seconds(120)) { outbound in
                        try await outbound.write(ByteBuffer(string: head))
                        try await RawClient.trickle(Array(repeating: UInt8(ascii: "x"), count: 120), pause: .seconds(1), to: outbound)
                    }.closedByServer
                }
            }
            try await Task.sleep(for: .seconds(1))  // the slow clients connect first
            // Half the slow clients' patience: answered while they still try, not after they leave.
            var request = URLRequest(url: url, timeoutInterval: 60)
            request.setValue("close", forHTTPHeaderField: "Connection")
            let status = ((try? await URLSession.shared.data(for: request))?.1 as? HTTPURLResponse)?.statusCode
            var closed = 0
            for try await wasClosed in group where wasClosed { closed += 1 }
            return (closed, status)
        }
        #expect(status == 200, "the ordinary request was not answered")
        #expect(closed == 130, "\(130 - closed) slow clients kept their connection")
        kill(process.processIdentifier, SIGTERM)
        _ = try await ChildProcess.waitForExit(process, limit: .seconds(30))
    }
}
