import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import UptakeCore
import UptakeServer
import UptakeSQLite
import UptakeTestSupport

/// Answers are kept until the data change: an ingest by another process on the same file (the CLI)
/// or through the server makes the next request compute afresh, never serve the old answer.
@Suite struct CacheTests {
    /// SQLite's data version moves when another process commits, and only then.
    @Test func theDataVersionMovesWithACommitElsewhere() async throws {
        let fixture = try ServerFixture()
        let store = try SQLiteStore(path: fixture.db)
        let before = try await store.dataVersion()
        #expect(try await store.dataVersion() == before, "reading changes nothing")
        _ = try await store.applicationsSpan()
        #expect(try await store.dataVersion() == before)
        _ = fixture.dir.write("august.csv", "date,locality,sector,received,received_online\n2025-08-01,00004,land,10,4\n")
        let ingest = try fixture.cli.start(["ingest", "--units", "current", "august.csv"], in: fixture.dir.path)
        #expect(try await ChildProcess.waitForExit(ingest, limit: .seconds(30)) == 0)
        #expect(try await store.dataVersion() > before)
    }

    /// The same question twice (its parameters in another order) gets the same bytes; after a CLI
    /// ingest in another process, the new answer, as the CLI gives it.
    @Test func answersFollowAnIngestByAnotherProcess() async throws {
        let fixture = try ServerFixture()
        let august = ["rates", "--metric", "received", "--level", "province", "--period", "2025-08"]
        let empty = try fixture.cliJSON(august)
        try await fixture.application().test(.live) { client in
            let first = try await client.execute(uri: "/api/v1/rates?metric=received&level=province&period=2025-08", method: .get) { $0.body.text }
            #expect(first == empty)
            let reordered = try await client.execute(uri: "/api/v1/rates?period=2025-08&level=province&metric=received", method: .get) { $0.body.text }
            #expect(reordered == first)

            _ = fixture.dir.write("august.csv", "date,locality,sector,received,received_online\n2025-08-01,00004,land,10,4\n2025-08-01,16171,land,7,1\n")
            let ingest = try fixture.cli.start(["ingest", "--units", "current", "august.csv"], in: fixture.dir.path)
            #expect(try await ChildProcess.waitForExit(ingest, limit: .seconds(30)) == 0)
            let expected = try fixture.cliJSON(august)
            #expect(expected != empty, "the ingest changed the answer")
            let after = try await client.execute(uri: "/api/v1/rates?metric=received&level=province&period=2025-08", method: .get) { $0.body.text }
            #expect(after == expected, "the kept answer was dropped when the data changed")
        }
    }

    /// Many requests for one question at once all get the answer (they share one computation).
    @Test func concurrentRequestsShareOneAnswer() async throws {
        let fixture = try ServerFixture()
        let expected = try fixture.cliJSON(["trend", "--metric", "received", "--locality", "01", "--period", "2025-07"])
        try await fixture.application().test(.live) { client in
            let bodies = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<16 {
                    group.addTask {
                        try await client.execute(uri: "/api/v1/trend?metric=received&locality=01&period=2025-07", method: .get) { $0.body.text }
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(bodies.count == 16 && bodies.allSatisfy { $0 == expected })
        }
    }
}
