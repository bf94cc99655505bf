import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import UptakeTestSupport

/// `uptake serve` as a user runs it: it answers on its port, and SIGTERM stops it cleanly (exit 0)
/// through swift-service-lifecycle's graceful shutdown.
@Suite struct ServeCommandTests {
    @Test func serveAnswersAndStopsOnSIGTERM() async throws {
        let fixture = try ServerFixture()
        let port = try LoopbackHTTPServer.freePort()
        let process = try fixture.cli.start(["serve", "--port", String(port)], in: fixture.dir.path)
        defer { if process.isRunning { process.terminate() } }
        var status: Int?
        for _ in 0..<300 where status == nil {  // up to 30 s: a loaded CI machine starts the debug build slowly
            try await Task.sleep(for: .milliseconds(100))
            let url = try #require(URL(string: "http://127.0.0.1:\(port)/api/v1/localities?level=province"))
            if let (_, response) = try? await URLSession.shared.data(from: url) { status = (response as? HTTPURLResponse)?.statusCode }
        }
        #expect(status == 200)
        kill(process.processIdentifier, SIGTERM)
        let exitStatus = try await ChildProcess.waitForExit(process, limit: .seconds(30))
        #expect(process.terminationReason == .exit && exitStatus == 0, "stopped by SIGTERM with \(process.terminationStatus)")
    }
}
