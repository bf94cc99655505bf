import Testing
import UptakeAnalysis
import UptakeCore

/// The plain scan watches what the mission watches: receipts, online submissions and the online
/// share, so an online-system outage with paper continuing is found without asking for it.
@Suite struct AnomaliesQuestionTests {
    @Test func withoutAMetricTheWatchedMetricsAreScanned() throws {
        #expect(AnomaliesQuestion().metrics == [.received, .receivedOnline, .onlineSubmission])
        #expect(try ParameterDecoder.decode(AnomaliesQuestion.self, from: []).metrics == [.received, .receivedOnline, .onlineSubmission])
        #expect(try ParameterDecoder.decode(AnomaliesQuestion.self, from: [("metric", "watched")]).metric == .watched)
        // A peer's method judges counts: it watches the two counts.
        #expect(AnomaliesQuestion(method: .earsC1).metrics == [.received, .receivedOnline])
        #expect(AnomaliesQuestion(metric: .metric(.sync)).metrics == [.sync])
    }

    @Test func oneMetricKeepsItsChecks() {
        #expect(throws: QueryError.self) { try AnomaliesQuestion(metric: .metric(.onlineSubmission766)).validate(.query) }
        #expect(throws: QueryError.self) { try AnomaliesQuestion(metric: .metric(.sync), method: .robustZ).validate(.query) }
        #expect(throws: Never.self) { try AnomaliesQuestion(method: .robustZ).validate(.query) }
    }
}
