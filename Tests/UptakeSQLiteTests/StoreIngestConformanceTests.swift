import Foundation
import Testing
import UptakeCore
import UptakePostgres
import UptakeSQLite
import UptakeStoreAPI
import UptakeTestSupport
import UptakeIngest

/// The ingest's contract through the store protocol, the same for SQLite, PostgreSQL and memory: revisions
/// counted alike, all or nothing per file, an identical file changes nothing, duplicates found by
/// line, `--skip-invalid` writes the valid rows, and two ingests at once both land. Answers are read
/// back through `sums`, so the aggregates are checked too.
@Suite struct StoreIngestConformanceTests {
    typealias Kind = StoreConformanceTests.StoreKind
    static let kinds = Kind.tested

    /// A fresh store of `kind` with the sample localities loaded (ingest #1).
    static func make(_ kind: Kind, _ dir: TemporaryDirectory) async throws -> any IngestingStore {
        let store: any IngestingStore = switch kind {
        case .postgres: try await PostgresStore(url: PostgresURL(PostgresTestCluster.shared.get().createDatabase()))
        case .sqlite: try SQLiteStore(path: dir.file("test.sqlite"))
        case .memory: InMemoryStore()
        }
        let summary = try await store.ingest(path: dir.write("localities.csv", sampleLocalitiesCSV), options: IngestOptions.todaysUnits(now: "t"), progress: nil)
        #expect(summary.committed && summary.inserted == 5, "\(kind): the sample localities load")
        return store
    }

    static func ingest(_ store: any IngestingStore, _ dir: TemporaryDirectory, _ name: String, _ text: String, skipInvalid: Bool = false) async throws -> IngestSummary {
        try await store.ingest(path: dir.write(name, text), options: IngestOptions.todaysUnits(now: "t", skipInvalid: skipInvalid), progress: nil)
    }

    static func nation(_ store: any IngestingStore, _ period: String = "2025-07") async throws -> CountSums {
        try await store.sums(SumsQuery(units: .nation, range: DayRange(period: period)!, grain: .range))[0].sums
    }

    @Test(arguments: kinds)
    func revisionsReplaceAndAreCounted(kind: Kind) async throws {
        let dir = TemporaryDirectory()
        let store = try await Self.make(kind, dir)
        _ = try await Self.ingest(store, dir, "a.csv", header + "2025-07-01,00004,land,10,4,,,,\n2025-07-01,00008,land,10,4,,,,\n")
        let s = try await Self.ingest(store, dir, "b.csv", header + "2025-07-01,00004,land,10,4,,,,\n2025-07-01,00008,land,20,5,,,,\n2025-07-02,00008,land,1,1,,,,\n")
        #expect((s.inserted, s.revised, s.unchanged, s.committed) == (1, 1, 1, true), "\(kind)")
        let sums = try await Self.nation(store)
        #expect((sums.rows, sums.received, sums.receivedOnline) == (3, 31, 10), "\(kind): the aggregates follow the revision")
        let commune = try await store.sums(SumsQuery(units: .localities(["00008"]), range: DayRange(first: Day(iso: "2025-07-01")!, last: Day(iso: "2025-07-01")!), grain: .day))
        #expect(commune.map(\.sums.received) == [20], "\(kind): the raw row is replaced")
    }

    @Test(arguments: kinds)
    func anErrorOnTheLastLineLeavesTheStoreUnchanged(kind: Kind) async throws {
        let dir = TemporaryDirectory()
        let store = try await Self.make(kind, dir)
        _ = try await Self.ingest(store, dir, "a.csv", header + "2025-07-01,00004,land,10,4,,,,\n")
        let rows = (2...28).map { "2025-07-\(String(format: "%02d", $0)),00004,land,10,4,,,,\n" }.joined()
        let s = try await Self.ingest(store, dir, "b.csv", header + "2025-07-01,00004,land,99,4,,,,\n" + rows + "2025-07-29,00004,land,10,11,,,,\n")
        #expect(!s.committed && s.errorCount == 1, "\(kind)")
        #expect(s.errors.first?.line == 30 && s.errors.first?.message == "received_online (11) exceeds received (10)", "\(kind): \(s.errors)")
        let sums = try await Self.nation(store)
        #expect((sums.rows, sums.received) == (1, 10), "\(kind): nothing of the file was written")
        #expect(try await store.applicationsSpan().map { [$0.first, $0.last] } == [Day(iso: "2025-07-01")!, Day(iso: "2025-07-01")!], "\(kind)")
    }

    @Test(arguments: kinds)
    func anIdenticalFileChangesNothing(kind: Kind) async throws {
        let dir = TemporaryDirectory()
        let store = try await Self.make(kind, dir)
        let text = header + "2025-07-01,00004,land,10,4,,,,\n"
        let first = try await Self.ingest(store, dir, "a.csv", text)
        let again = try await Self.ingest(store, dir, "a.csv", text)
        #expect(first.committed && !again.committed, "\(kind)")
        #expect(again.identicalToIngest == 2, "\(kind)")
        #expect(first.sha256 == again.sha256 && first.sha256.count == 64, "\(kind)")
    }

    @Test(arguments: kinds)
    func aDuplicateKeyIsFoundAtItsLine(kind: Kind) async throws {
        let dir = TemporaryDirectory()
        let store = try await Self.make(kind, dir)
        var lines = ManyRowInsertTests.rows(300).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.insert(lines[10], at: 100)  // line 102 repeats line 12
        let s = try await Self.ingest(store, dir, "a.csv", header + lines.joined(separator: "\n"))
        #expect(!s.committed && s.errors.map(\.line) == [102], "\(kind)")
        #expect(s.errors.first?.message.hasPrefix("duplicate key (2025-01-04, 00008, land)") == true, "\(kind): \(s.errors)")
        #expect(try await store.applicationsSpan() == nil, "\(kind)")
    }

    @Test(arguments: kinds)
    func revisionsAmongManyRowsAreCounted(kind: Kind) async throws {
        let dir = TemporaryDirectory()
        let store = try await Self.make(kind, dir)
        let first = try await Self.ingest(store, dir, "a.csv", header + ManyRowInsertTests.rows(300))
        #expect(first.inserted == 300, "\(kind)")
        let second = try await Self.ingest(store, dir, "b.csv", header + ManyRowInsertTests.rows(330, changing: 150))
        #expect((second.inserted, second.revised, second.unchanged) == (30, 1, 299), "\(kind)")
        let sums = try await store.sums(SumsQuery(units: .nation, range: DayRange(first: Day(iso: "2025-01-01")!, last: Day(iso: "2025-04-30")!), grain: .range))
        #expect((sums[0].sums.rows, sums[0].sums.received) == (330, 330 * 10 + 89), "\(kind)")
    }

    @Test(arguments: kinds)
    func skipInvalidWritesTheValidRowsAndARejectFile(kind: Kind) async throws {
        let dir = TemporaryDirectory()
        let store = try await Self.make(kind, dir)
        let s = try await Self.ingest(store, dir, "a.csv", header + "2025-07-01,00004,land,10,4,,,,\n2025-07-02,00004,land,10,40,,,,\n2025-07-03,00004,land,1,1,,,,\n", skipInvalid: true)
        #expect(s.committed && (s.inserted, s.rejected) == (2, 1), "\(kind)")
        let rejects = try String(contentsOfFile: dir.file("a.csv.rejects.csv"), encoding: .utf8)
        #expect(rejects == "line,column,reason,record\n3,26,received_online (40) exceeds received (10),\"2025-07-02,00004,land,10,40,,,,\"\n", "\(kind)")
        #expect(try await Self.nation(store).received == 11, "\(kind)")
    }

    @Test(arguments: kinds)
    func jsonAndNDJSONLoadLikeCSV(kind: Kind) async throws {
        let dir = TemporaryDirectory()
        let store = try await Self.make(kind, dir)
        let json = try await Self.ingest(store, dir, "b.json", #"[{"date":"2025-07-02","locality":"00004","sector":"land","received":10,"received_online":4}]"#)
        let ndjson = try await Self.ingest(store, dir, "c.ndjson", #"{"date":"2025-07-03","locality":"00004","received":10,"received_online":4}"# + "\n")
        #expect(json.inserted == 1 && ndjson.inserted == 1, "\(kind)")
        #expect(try await store.sectors().map(\.name).sorted() == ["all", "land"], "\(kind)")
    }

    @Test(arguments: kinds)
    func aMovedCommuneNeedsAllowReparentAndMovesItsTotals(kind: Kind) async throws {
        let dir = TemporaryDirectory()
        let store = try await Self.make(kind, dir)
        _ = try await Self.ingest(store, dir, "a.csv", header + "2025-07-01,00004,land,10,4,,,,\n2025-07-01,01273,land,5,1,,,,\n")
        let moved = "code,parent_code,level,unit_type,name\n00004,04,commune,phuong,Ba Đình\n"
        let refused = try await Self.ingest(store, dir, "l.csv", moved)
        #expect(!refused.committed && refused.errors.first?.hint == LocalityDirectory.reparentHint, "\(kind): \(refused.errors)")
        var options = IngestOptions.todaysUnits(now: "t")
        options.allowReparent = true
        let accepted = try await store.ingest(path: dir.write("l2.csv", moved), options: options, progress: nil)
        #expect(accepted.committed && accepted.revised == 1, "\(kind): \(accepted.errors)")
        let provinces = try await store.sums(SumsQuery(units: .provinces, range: DayRange(period: "2025-07")!, grain: .range))
        #expect(provinces.map(\.sums.received) == [0, 15], "\(kind): the aggregates are rebuilt with the new tree")
    }

    /// Two ingests at once on two connections: the second waits for the first (no error, nothing lost).
    @Test(arguments: kinds)
    func twoIngestsAtOnceBothLand(kind: Kind) async throws {
        let dir = TemporaryDirectory()
        let store = try await Self.make(kind, dir)
        let rows = ManyRowInsertTests.rows(3000)
        let a = dir.write("a.csv", header + rows)
        let b = dir.write("b.csv", header + rows.replacingOccurrences(of: ",land,", with: ",civil_status,"))
        async let x = store.ingest(path: a, options: IngestOptions.todaysUnits(now: "t"), progress: nil)
        async let y = store.ingest(path: b, options: IngestOptions.todaysUnits(now: "t"), progress: nil)
        let (first, second) = try await (x, y)
        #expect(first.committed && second.committed && first.inserted == 3000 && second.inserted == 3000, "\(kind)")
        let sums = try await store.sums(SumsQuery(units: .nation, range: DayRange(first: Day(iso: "2025-01-01")!, last: Day(iso: "2027-12-31")!), grain: .range))
        #expect(sums[0].sums.rows == 6000 && sums[0].sums.received == 60000, "\(kind)")
    }
}
