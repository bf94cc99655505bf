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

    /// Every duration and size of `serve` has a range, given in its help; a value outside it (a
    /// typo, an overflow: `--idle-timeout 1e300` once crashed the server) is refused before anything starts.
    @Test(arguments: [
        (["--idle-timeout", "1e300"], "--idle-timeout must lie between 1 and 3600 seconds"),
        (["--idle-timeout", "0"], "--idle-timeout must lie between 1 and 3600 seconds"),
        (["--idle-timeout", "nan"], "--idle-timeout must lie between 1 and 3600 seconds"),
        (["--request-timeout", "1e300"], "--request-timeout must lie between 1 and 3600 seconds"),
        (["--request-timeout=-5"], "--request-timeout must lie between 1 and 3600 seconds"),
        (["--sql-time-limit", "inf"], "--sql-time-limit must lie between 0.1 and 3600 seconds"),
        (["--sql-time-limit", "0.01"], "--sql-time-limit must lie between 0.1 and 3600 seconds"),
        (["--max-upload-mb", "0"], "--max-upload-mb must lie between 1 and 1024 (MiB)"),
        (["--max-upload-mb", "9007199254740993"], "--max-upload-mb must lie between 1 and 1024 (MiB)"),
        (["--max-connections", "0"], "--max-connections must lie between 1 and 65536"),
        (["--max-connections", "100000"], "--max-connections must lie between 1 and 65536"),
    ])
    func outOfRangeOptionsAreRefused(arguments: [String], message: String) throws {
        let dir = TemporaryDirectory()
        let out = try CLIRunner().run(["serve", "--port", "0"] + arguments, in: dir.path)
        #expect(out.status == 64, "\(arguments): \(out.stderr)")
        #expect(out.stderr.hasPrefix("Error: \(message)\n"), "\(arguments): \(out.stderr)")
    }

    @Test func helpGivesEachRange() throws {
        let dir = TemporaryDirectory()
        let help = try CLIRunner().run(["serve", "--help"], in: dir.path).stdout.split(separator: "\n").joined(separator: " ")
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        for range in ["in MiB (1-1024)", "after this many seconds (0.1-3600)", "for this many seconds (1-3600)", "after this many seconds (1-3600)",
                      "(1-65536; default 512, or half the open-file limit if lower)"] {
            #expect(help.contains(range), "\(range)")
        }
    }
}
