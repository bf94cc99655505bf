import Foundation
import Testing
import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI

/// Issue 23: `alerts check` and `alerts backtest` as typed questions. Through the API a check is a
/// read-only evaluation; only the CLI's morning run records.
@Suite struct AlertQuestionTests {
    @Test func theShippedRulesAreTheDatasetsFile() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../datasets/alerts.yaml")
        #expect(AlertRuleFile.shippedText == (try String(contentsOf: url, encoding: .utf8)), "copy datasets/alerts.yaml into ShippedAlertRules.swift")
        #expect(try AlertRuleFile.shipped().rules.count == 9)
    }

    @Test func theQuestionsDecodeFromTheirParametersOnly() throws {
        #expect(ParameterDecoder.parameters(of: AlertsCheckQuestion.self) == ["as-of"])
        #expect(ParameterDecoder.parameters(of: AlertsBacktestQuestion.self) == ["from", "to"])
        let check = try ParameterDecoder.decode(AlertsCheckQuestion.self, from: [("as-of", "2025-07-14")])
        #expect(check.asOf == DayText(.date(Day(iso: "2025-07-14")!)) && !check.records, "a request never records")
        #expect(try ParameterDecoder.decode(AlertsCheckQuestion.self, from: []).day(today: Day(iso: "2025-07-15")!) == Day(iso: "2025-07-14"))
        #expect(throws: QueryError.self) { try ParameterDecoder.decode(AlertsCheckQuestion.self, from: [("rules", "/etc/passwd")]) }
        let backtest = try ParameterDecoder.decode(AlertsBacktestQuestion.self, from: [("from", "2025-07-20"), ("to", "2025-07-01")])
        #expect(throws: QueryError("--from must not be after --to")) { try backtest.validate(ParameterSpelling(prefix: "--")) }
        #expect(throws: QueryError.self) { try AlertsBacktestQuestion(from: Day(iso: "2024-01-01")!, to: Day(iso: "2025-07-01")!).validate(.query) }
    }

    /// The same outage as AlertCheckTests: a read-only check says it fires and stores nothing; the
    /// recording one stores the state and queues the notification.
    @Test func aCheckThatDoesNotRecordLeavesTheStateAlone() async throws {
        let outage = Day(iso: "2025-07-14")!...Day(iso: "2025-07-16")!
        let store = await AnomalyTests.store(communes: 1, plant: { _, day, y in outage.contains(day) ? 0 : y })
        let state = InMemoryAlertStateStore()
        let context = AnswerContext(store: store, calendar: .vietnam, today: { Day(iso: "2025-07-15")! },
                                    alerting: AlertSetup(rules: AlertCheckTests.rules, state: state))
        let dry = try await AlertsCheckQuestion().answer(context)
        #expect(dry.result.asOf == outage.lowerBound && dry.firing.count == 1 && dry.result.evaluation.notifications.count == 1)
        #expect(dry.notes().last == "1 notification (a read-only evaluation: nothing stored, queued or sent)")
        #expect(try await state.alertBook() == AlertBook() && state.outbox().isEmpty)
        let run = try await AlertsCheckQuestion(records: true).answer(context)
        #expect(run.firing == dry.firing && state.outbox().count == 1)
        #expect(run.notes(delivery: ["1 delivered, 0 waiting in the outbox"]).last == "1 notification; 1 delivered, 0 waiting in the outbox")
    }

    @Test func withoutRulesTheQuestionsAreRefused() async throws {
        let context = AnswerContext(store: InMemoryStore(localities: []), calendar: .vietnam, today: { Day(iso: "2025-07-15")! })
        await #expect(throws: QueryError.self) { try await AlertsCheckQuestion().answer(context) }
    }
}
