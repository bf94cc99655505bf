import Foundation
import Testing
import UptakeTestSupport

/// Issue 27: `uptake` links no network library; what needs one (`serve`, a postgres:// database, `alerts check`,
/// `tokens add`) it hands, with the same arguments, to `uptake-net` beside it.
@Suite struct NetworkHandoverCLITests {
    let cli = CLIRunner()

    @Test func tokensAddIsRunByUptakeNetAndTheTokenIsStoredInTheSameFile() throws {
        let dir = TemporaryDirectory()
        #expect(try cli.run(["init"], in: dir.path).status == 0)
        let added = try cli.run(["tokens", "add", "--name", "Cao Bằng", "--scope", "read"], in: dir.path)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.hasPrefix("upt_") && added.stdout.count == 69, "the secret, once: \(added.stdout)")
        let listed = try cli.run(["tokens", "list", "--format", "csv"], in: dir.path)
        #expect(listed.stdout.contains("Cao Bằng,read"), "\(listed.stdout)")
    }

    @Test func withoutUptakeNetTheCommandSaysWhatIsMissingAndWritesNothing() throws {
        let dir = TemporaryDirectory()
        #expect(try cli.run(["init"], in: dir.path).status == 0)
        let alone = TemporaryDirectory()
        try FileManager.default.copyItem(atPath: cli.executable, toPath: alone.file("uptake"))
        let lonely = CLIRunner(executable: alone.file("uptake"))
        let before = try Data(contentsOf: URL(fileURLWithPath: dir.file("uptake.sqlite")))

        let served = try lonely.run(["serve", "--port", "0"], in: dir.path)
        #expect(served.status == 2)
        #expect(served.stderr.contains("error: uptake serve needs uptake-net, which could not be run from \(alone.file("uptake-net"))"), "\(served.stderr)")
        #expect(served.stderr.contains("hint: install uptake-net beside uptake"))
        let token = try lonely.run(["tokens", "add", "--name", "x", "--scope", "read"], in: dir.path)
        #expect(token.status == 2 && token.stdout.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir.file("uptake.sqlite"))) == before)

        // What needs no network still runs alone.
        let listed = try lonely.run(["tokens", "list", "--format", "csv"], in: dir.path)
        #expect(listed.status == 0, "\(listed.stderr)")
    }

    /// Before, the pool retried for about a minute (66 s measured) and then said only that its circuit breaker had tripped.
    @Test func aPostgreSQLServerThatIsNotThereIsNamedWithTheReason() throws {
        let port = try LoopbackHTTPServer.freePort()  // nothing listens there
        let url = "postgres://uptake@127.0.0.1:\(port)/uptake"
        let dir = TemporaryDirectory()
        let out = try cli.run(["rates", "--metric", "received", "--level", "province", "--period", "2025-07", "--db", url], in: dir.path)
        #expect(out.status == 2 && out.stdout.isEmpty)
        #expect(out.stderr.hasPrefix("error: cannot reach PostgreSQL at \(url): "), "\(out.stderr)")
        #expect(out.stderr.contains("Connection refused"))
        #expect(out.stderr.contains("hint: check that the server runs and accepts this user (pg_isready -h 127.0.0.1 -p \(port))"))
    }

    @Test func uptakeNetAnswersTheQuestionsUptakeDoes() throws {
        let dir = try cli.twoMonthsOfCaoBang()
        let question = ["compare", "--period", "2025-07", "--baseline", "2025-06", "--locality", "04", "--format", "json"]
        let lean = try cli.run(question, in: dir.path), full = try cli.sibling("uptake-net").run(question, in: dir.path)
        #expect(lean.status == 0 && full.status == 0)
        #expect(lean.stdout == full.stdout && !lean.stdout.isEmpty)
    }
}
