import Foundation
import Testing
import UptakeCore
import UptakeStoreAPI
import UptakeSQLite
import UptakeIngest
import UptakeTestSupport

let taskHeader = "date,id,plan,group,title,owner,due,status,completed,evidence\n"

/// The tasks input (data contract 1.7): recognised by its header, stored with revisions, read back
/// through `PlanTaskStore` the same way as the in-memory store gives them.
@Suite struct TaskIngestTests {
    static let first = taskHeader + """
        2025-07-01,KH02-1.1,02-KH/BCĐTW,institutions,Amend the decrees,Bộ Tư pháp,2025-06-30,in_progress,,
        2025-07-01,P04-1,02-KH/BCĐTW,resources,"Training, practical",04,2025-06-30,not_started,,
        2025-07-01,X-9,02-KH/BCĐTW,resources,,00004,2025-07-20,done,2025-07-01,https://example.org/qd-1

        """

    @Test func aTasksFileIsRecognisedAndStored() async throws {
        let fixture = try StoreFixture()
        let s = try fixture.ingest("tasks.csv", TaskIngestTests.first)
        #expect(s.kind == .tasks)
        #expect(s.committed)
        #expect((s.rows, s.inserted, s.revised, s.unchanged) == (3, 3, 0, 0))
        let records = try await fixture.store.taskRecords(through: nil)
        #expect(records.map(\.id) == ["KH02-1.1", "P04-1", "X-9"])
        #expect(records[0].owner == .agency("Bộ Tư pháp"))
        #expect(records[1].owner == .locality("04"))
        #expect(records[1].title == "Training, practical")
        #expect(records[2].completed == Day(iso: "2025-07-01"))
        #expect(records[2].evidence == "https://example.org/qd-1")
        #expect(records[0].title == "Amend the decrees" && records[0].status == .inProgress && records[0].completed == nil)
    }

    @Test func laterRecordsAreHistoryAndTheSameKeyIsARevision() async throws {
        let fixture = try StoreFixture()
        _ = try fixture.ingest("a.csv", TaskIngestTests.first)
        // A new date is a new record (history); the same (date, id) with other values a revision; unchanged stays.
        let s = try fixture.ingest("b.csv", taskHeader + """
            2025-07-01,KH02-1.1,02-KH/BCĐTW,institutions,Amend the decrees,Bộ Tư pháp,2025-06-30,in_progress,,
            2025-07-01,P04-1,02-KH/BCĐTW,resources,"Training, practical",04,2025-07-15,not_started,,
            2025-08-20,KH02-1.1,02-KH/BCĐTW,institutions,Amend the decrees,Bộ Tư pháp,2025-06-30,done,2025-08-20,Nghị định số 1/2025/NĐ-CP

            """)
        #expect((s.inserted, s.revised, s.unchanged) == (1, 1, 1))
        let all = try await fixture.store.taskRecords(through: nil)
        #expect(all.map { "\($0.id)@\($0.day)" } == ["KH02-1.1@2025-07-01", "KH02-1.1@2025-08-20", "P04-1@2025-07-01", "X-9@2025-07-01"])
        #expect(all[2].due == Day(iso: "2025-07-15"))
        let july = try await fixture.store.taskRecords(through: Day(iso: "2025-07-31"))
        #expect(july.count == 3)
    }

    @Test func jsonAndNDJSONCarryTheSameRecords() async throws {
        let fixture = try StoreFixture()
        let json = try fixture.ingest("t.json", #"[{"date":"2025-07-01","id":"A","plan":"P","group":"other","owner":"01","due":"2025-07-10","status":"in_progress","completed":null}]"#)
        let nd = try fixture.ingest("t.ndjson", #"{"date":"2025-07-02","id":"A","plan":"P","group":"other","owner":"01","due":"2025-07-10","status":"done","completed":"2025-07-02"}"# + "\n")
        #expect(json.kind == .tasks && nd.kind == .tasks)
        #expect(json.inserted == 1 && nd.inserted == 1)
        let records = try await fixture.store.taskRecords(through: nil)
        #expect(records.map(\.status) == [.inProgress, .done])
    }

    @Test func anInvalidRowWritesNothingAndSaysWhere() async throws {
        let fixture = try StoreFixture()
        let s = try fixture.ingest("bad.csv", TaskIngestTests.first + "2025-07-02,P04-1,02-KH/BCĐTW,resources,,04,2025-06-30,done,,\n")
        #expect(!s.committed)
        #expect(s.errors.map(\.located) == [fixture.dir.file("bad.csv") + ":5:55: a done task needs its completion date"])
        #expect(try fixture.count("tasks") == 0)
    }

    @Test func skipInvalidKeepsTheGoodRows() async throws {
        let fixture = try StoreFixture()
        let s = try fixture.ingest("bad.csv", TaskIngestTests.first + "2025-07-02,P04-1,02-KH/BCĐTW,resources,,04,2025-06-30,not_started,2025-07-01,\n",
                                   skipInvalid: true)
        #expect(s.committed && s.inserted == 3 && s.rejected == 1)
        #expect(s.errors.first?.message == "completed is given but the status is not_started")
    }

    /// The SQLite store and the in-memory store answer `taskRecords(through:)` alike.
    @Test func theStoresAgree() async throws {
        let fixture = try StoreFixture()
        _ = try fixture.ingest("a.csv", TaskIngestTests.first)
        let sqlite = try await fixture.store.taskRecords(through: nil)
        let memory = InMemoryStore()
        await memory.insert(tasks: sqlite.reversed())
        #expect(await memory.taskRecords(through: nil) == sqlite)
        #expect(await memory.taskRecords(through: Day(iso: "2025-06-30")) == [])
    }
}
