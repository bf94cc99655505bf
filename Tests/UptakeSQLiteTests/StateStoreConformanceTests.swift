import Foundation
import Testing
import UptakeCore
import UptakePostgres
import UptakeSQLite
import UptakeStoreAPI
import UptakeTestSupport

/// What the server and the alerts keep beside the data (``TokenStore``, ``AlertStateStore``), checked
/// the same way on SQLite and on PostgreSQL (a throwaway cluster), against values written out here.
@Suite struct StateStoreConformanceTests {
    static let kinds = StoreConformanceTests.StoreKind.tested.filter { $0 != .memory }

    static func open(_ kind: StoreConformanceTests.StoreKind, _ dir: TemporaryDirectory) async throws -> any AlertStateStore & TokenStore {
        switch kind {
        case .postgres: try await PostgresStore(url: PostgresURL(PostgresTestCluster.shared.get().createDatabase()))
        case .sqlite, .memory: try SQLiteStore(path: dir.file("state.sqlite"))
        }
    }

    @Test(arguments: kinds)
    func tokensAreFoundByHashListedByCreationAndRevoked(kind: StoreConformanceTests.StoreKind) async throws {
        let dir = TemporaryDirectory()
        let store = try await Self.open(kind, dir)
        let hanoi = StoredToken(id: "upt_a1b2", name: "Sở Khoa học và Công nghệ Hà Nội", scopes: [.ingestProvince("01")],
                                secretHash: String(repeating: "a", count: 64), created: "2026-11-27T10:00:00Z")
        let national = StoredToken(id: "upt_c3d4", name: "national", scopes: [.ingestAll, .ingestProvince("04")],
                                   secretHash: String(repeating: "b", count: 64), created: "2026-11-26T09:00:00Z")
        try await store.addToken(hanoi)
        try await store.addToken(national)
        #expect(try await store.tokens() == [national, hanoi], "oldest first")
        #expect(try await store.token(secretHash: hanoi.secretHash) == hanoi, "name, scopes and all read back as written")
        #expect(try await store.token(secretHash: String(repeating: "c", count: 64)) == nil)

        #expect(try await store.revokeToken(id: "upt_a1b2"))
        #expect(try await store.revokeToken(id: "upt_none") == false, "no such token")
        var revoked = hanoi
        revoked.revoked = true
        #expect(try await store.token(secretHash: hanoi.secretHash) == revoked, "a revoked token is still found, marked revoked")
        #expect(try await store.tokens() == [national, revoked])

        let sameSecret = StoredToken(id: "upt_e5f6", name: "copy", scopes: [.ingestAll], secretHash: hanoi.secretHash, created: "2026-11-28T00:00:00Z")
        await #expect(throws: (any Error).self, "a second token with the same secret hash is refused") { try await store.addToken(sameSecret) }
        #expect(try await store.tokens().count == 2)
    }

    @Test(arguments: kinds)
    func theAlertStateAndOutboxRoundTrip(kind: StoreConformanceTests.StoreKind) async throws {
        let dir = TemporaryDirectory()
        let store = try await Self.open(kind, dir)
        #expect(try await store.alertBook() == AlertBook(), "empty before the first evaluation")

        let day = Day(iso: "2026-11-20")!
        var record = AlertRecord(fingerprint: "f79", rule: "Drop", labels: ["province": "79", "name": "Hồ Chí Minh"], annotations: ["summary": "drop"],
                                 status: .firing, readings: [AlertReading(day: day, reading: .active, value: 0.31)],
                                 history: [AlertTransition(day: day, from: .pending, to: .firing)], notes: ["revised 2026-11-19"])
        record.activeSince = day.advanced(by: -2)
        record.firingSince = day
        record.lastActive = day
        let silence = AlertSilence(id: "s1-2026-11-20", matchers: [LabelMatcher(name: "province", value: "01", isEqual: false)],
                                   starts: day, ends: day.advanced(by: 3), comment: "bảo trì", createdBy: "ops")
        let book = AlertBook(alerts: ["f79": record], silences: [silence], notified: ["f79|2026-11-20"], lastEvaluated: day)
        let first = OutboxEntry(id: "n1", receiver: "am", payload: #"{"a":1}"#, created: day)
        let second = OutboxEntry(id: "n2", receiver: "file", payload: "line", created: day)
        try await store.commit(book, outbox: [first, second])
        #expect(try await store.alertBook() == book)
        #expect(try await store.outbox() == [first, second])

        // The next evaluation replaces the state; an entry already queued stays as it was.
        var next = book
        next.alerts["f79"]?.status = .resolved
        next.silences = []
        next.lastEvaluated = day.advanced(by: 1)
        let third = OutboxEntry(id: "n3", receiver: "am", payload: "p3", created: day.advanced(by: 1))
        try await store.commit(next, outbox: [OutboxEntry(id: "n1", receiver: "am", payload: "changed", created: day), third])
        #expect(try await store.alertBook() == next)
        #expect(try await store.outbox() == [first, second, third])

        try await store.failed("n2", error: "connection refused")
        try await store.failed("n2", error: "timed out")
        try await store.delivered("n1")
        var failedTwice = second
        failedTwice.attempts = 2
        failedTwice.lastError = "timed out"
        #expect(try await store.outbox() == [failedTwice, third])
    }

    /// The server's answers are kept per data version: a commit from another connection of the same
    /// database (another process's ingest, here a second store) must give a new version.
    @Test(arguments: kinds)
    func aCommitElsewhereGivesANewDataVersion(kind: StoreConformanceTests.StoreKind) async throws {
        let dir = TemporaryDirectory()
        let reader: any DataVersioned, writer: any TokenStore
        switch kind {
        case .postgres:
            let url = try PostgresTestCluster.shared.get().createDatabase()
            let first = try await PostgresStore(url: PostgresURL(url))
            (reader, writer) = (first, try await PostgresStore(url: PostgresURL(url)))
        case .sqlite, .memory:
            let path = dir.file("state.sqlite")
            let first = try SQLiteStore(path: path)
            (reader, writer) = (first, try SQLiteStore(path: path))
        }
        let before = try await reader.dataVersion()
        if kind == .sqlite {
            #expect(try await reader.dataVersion() == before, "no commit, the same version")
        }
        try await writer.addToken(StoredToken(id: "upt_v1", name: "version", scopes: [.read], secretHash: String(repeating: "d", count: 64),
                                              created: "2026-11-28T00:00:00Z"))
        #expect(try await reader.dataVersion() != before, "a commit by another connection")
    }
}
