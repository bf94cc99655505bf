import Foundation
import Testing
import UptakeAnalysis
import UptakeCore
import UptakeDelivery
import UptakeSQLite
import UptakeStoreAPI
import UptakeTestSupport

/// Notifications wait in the database's outbox until their receiver accepts them: a failing
/// receiver and a restart lose nothing, and nothing is sent twice.
@Suite struct AlertOutboxTests {
    static let day = Day(iso: "2025-07-07")!

    static func firing(_ locality: String) -> AlertObservation {
        AlertObservation(rule: "Drop", locality: locality, name: "P\(locality)", province: locality, day: day, reading: .active, value: 1)
    }

    static func file(_ receivers: [AlertReceiver]) -> AlertRuleFile {
        AlertRuleFile(rules: [AlertRule(name: "Drop", watch: AlertWatch(), condition: AlertCondition(dropShare: 0.5), groupBy: ["province"])],
                      receivers: receivers)
    }

    /// Evaluates and commits as `alerts check` does (state and outbox in one transaction).
    static func check(_ store: any AlertStateStore, _ file: AlertRuleFile, _ obs: [AlertObservation]) async throws -> Int {
        let e = AlertEvaluator.evaluate(rules: file, observations: obs, book: try await store.alertBook(), asOf: day)
        let entries = AlertPayloads.outboxEntries(e.notifications, receivers: file.receivers)
        try await store.commit(e.book, outbox: entries)
        return entries.count
    }

    @Test func theOutboxSurvivesAFailingReceiverAndARestart() async throws {
        let dir = TemporaryDirectory()
        let path = dir.file("alerts.sqlite")
        let server = try LoopbackHTTPServer(status: 500)
        defer { server.stop() }
        let file = Self.file([AlertReceiver(name: "hook", kind: .webhook, target: server.url + "/hook")])
        do {
            let store = try SQLiteStore(path: path)
            #expect(try await Self.check(store, file, [Self.firing("79"), Self.firing("01")]) == 2)
            let report = try await AlertDelivery(state: store, attempts: 3, firstPause: .milliseconds(10)).deliver(receivers: file.receivers)
            #expect(report.delivered == 0 && report.failed == 1 && report.waiting == 2, "the receiver is given up for this run after 3 tries")
            #expect(server.requests.count == 3, "three attempts with backoff for the first entry, none for the second")
            #expect(try await store.outbox().map(\.attempts) == [1, 0])
        }
        // A restart: a new process opens the same database; the same day is checked again.
        server.answer(200)
        let store = try SQLiteStore(path: path)
        #expect(try await Self.check(store, file, [Self.firing("79"), Self.firing("01")]) == 0, "the same day again makes no new notification")
        let report = try await AlertDelivery(state: store, firstPause: .milliseconds(10)).deliver(receivers: file.receivers)
        #expect(report.delivered == 2 && report.waiting == 0)
        #expect(try await store.outbox().isEmpty)
        let accepted = server.requests.dropFirst(3)
        #expect(accepted.count == 2)
        let payloads = try accepted.map { try JSONDecoder().decode(AlertPayloads.Webhook.self, from: Data($0.body.utf8)) }
        #expect(payloads.map(\.groupLabels) == [["province": "01"], ["province": "79"]])
        #expect(payloads.allSatisfy { $0.version == "4" && $0.status == "firing" && $0.alerts.count == 1 && $0.receiver == "hook" })
        #expect(accepted.allSatisfy { $0.path == "/hook" && $0.method == "POST" })
        // Nothing left to send on a third run.
        #expect(try await AlertDelivery(state: store).deliver(receivers: file.receivers) == DeliveryReport())
    }

    /// Alertmanager resolves an alert once its `endsAt` passes: every run pushes every alert still
    /// firing with its end moved to the day + 4 (a weekend without runs does not resolve it), except
    /// what a silence holds; a re-run of the same day pushes again (issue 24: it was pushed once,
    /// then renewed once a day with an end two days on, which a skipped weekend let lapse).
    @Test func everyRunPushesEveryFiringAlertToAlertmanager() throws {
        let file = Self.file([AlertReceiver(name: "am", kind: .alertmanager, target: "http://127.0.0.1:9"), AlertReceiver(name: "console", kind: .stdout)])
        let day2 = Self.day.advanced(by: 1)
        func active(_ locality: String, _ day: Day) -> AlertObservation {
            AlertObservation(rule: "Drop", locality: locality, name: "P\(locality)", province: locality, day: day, reading: .active, value: 1)
        }
        func pushed(_ entries: [OutboxEntry]) throws -> [AlertPayloads.PostableAlert] {
            let push = try #require(entries.first { $0.receiver == "am" })
            return try JSONDecoder().decode([AlertPayloads.PostableAlert].self, from: Data(push.payload.utf8))
        }
        let first = AlertEvaluator.evaluate(rules: file, observations: [active("79", Self.day), active("01", Self.day)], book: AlertBook(), asOf: Self.day)
        #expect(first.notifications.count == 2)
        let firstEntries = AlertPayloads.outbox(first, rules: file, asOf: Self.day, previous: nil)
        #expect(firstEntries.map(\.receiver).sorted() == ["am", "console", "console"], "one push to Alertmanager, a notification per group elsewhere")
        #expect(try pushed(firstEntries).map(\.endsAt) == ["2025-07-11T00:00:00+07:00", "2025-07-11T00:00:00+07:00"])
        var book = first.book
        book.silences.append(AlertSilence(id: "s1", matchers: [LabelMatcher(name: "province", value: "01")], starts: day2, ends: day2.advanced(by: 3), comment: "migration"))
        let second = AlertEvaluator.evaluate(rules: file, observations: [active("79", day2), active("01", day2)], book: book, asOf: day2)
        #expect(second.notifications.isEmpty && second.firing.count == 2)
        let entries = AlertPayloads.outbox(second, rules: file, asOf: day2, previous: first.book.lastEvaluated)
        #expect(entries.map(\.receiver) == ["am"], "only Alertmanager forgets alerts")
        #expect(try pushed(entries).map { $0.labels["province"] } == ["79"], "the silenced province is not pushed")
        #expect(try pushed(entries).first?.startsAt == "2025-07-07T00:00:00+07:00" && pushed(entries).first?.endsAt == "2025-07-12T00:00:00+07:00")
        let again = AlertEvaluator.evaluate(rules: file, observations: [active("79", day2), active("01", day2)], book: second.book, asOf: day2)
        #expect(try pushed(AlertPayloads.outbox(again, rules: file, asOf: day2, previous: second.book.lastEvaluated)).count == 1, "a re-run pushes again")
    }

    @Test func aFileReceiverGetsOneJSONLinePerNotification() async throws {
        let dir = TemporaryDirectory()
        let out = dir.file("alerts.ndjson")
        let file = Self.file([AlertReceiver(name: "log", kind: .file, target: out)])
        let store = InMemoryAlertStateStore()
        _ = try await Self.check(store, file, [Self.firing("79"), Self.firing("01"), Self.firing("46")])
        let report = try await AlertDelivery(state: store).deliver(receivers: file.receivers)
        #expect(report.delivered == 3)
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        let notes = try lines.map { try JSONDecoder().decode(AlertNotification.self, from: Data($0.utf8)) }
        #expect(notes.map { $0.groupLabels["province"] ?? "" } == ["01", "46", "79"])
        #expect(notes.allSatisfy { $0.alerts.first?.labels["alertname"] == "Drop" && $0.day == Self.day })
    }

    @Test func theStateRoundTripsThroughSQLite() async throws {
        let dir = TemporaryDirectory()
        let store = try SQLiteStore(path: dir.file("a.sqlite"))
        var book = AlertEvaluator.evaluate(rules: Self.file([]), observations: [Self.firing("79")], book: AlertBook(), asOf: Self.day).book
        book.silences = [AlertSilence(id: "s1", matchers: [LabelMatcher(name: "province", value: "79")], starts: Self.day, ends: Self.day.advanced(by: 3), comment: "migration")]
        try await store.commit(book, outbox: [])
        #expect(try await store.alertBook() == book)
        let memory = InMemoryAlertStateStore()
        memory.commit(book, outbox: [])
        #expect(memory.alertBook() == book)
    }
}
