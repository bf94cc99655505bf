import Foundation
import Testing
import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI

/// `{{ since }}` is the episode's first active day and stays put while the episode lasts, even when
/// the detector re-dates the day's anomaly from one run to the next (issue 24: HCMC read "since
/// 07-02", then "since 07-03").
@Suite struct AlertSinceTests {
    static let rules = """
        rules:
          - name: Drop
            watch: {metric: received, level: province}
            condition:
              anomaly: {kinds: [drop]}
            annotations:
              summary: "{{ name }} down since {{ since }}"
        """

    /// An anomaly of Hồ Chí Minh City's receipts starting on `start`, as the detector writes it.
    static func anomaly(start: String, end: String) throws -> Anomaly {
        let json = """
            {"id": "a\(start)", "kind": "drop", "metric": "received", "locality": "79", "name": "Hồ Chí Minh", "level": "province",
             "province": null, "sector": null, "start": "\(start)", "end": "\(end)", "direction": "down", "score": 9, "severity": "major",
             "method": "nb", "observed": 100, "expected": 300, "low": 250, "high": 350, "p_value": 1e-9, "working_days": 1,
             "members": [], "incidents": []}
            """
        return try JSONDecoder().decode(Anomaly.self, from: Data(json.utf8))
    }

    static func observation(_ day: String, anomalyStart: String) throws -> AlertObservation {
        AlertObservation(rule: "Drop", locality: "79", name: "Hồ Chí Minh", province: "79", day: Day(iso: day)!, reading: .active, value: 100,
                         anomaly: try anomaly(start: anomalyStart, end: day))
    }

    @Test func sinceIsTheEpisodesFirstDayAndDoesNotMove() throws {
        let file = try AlertRuleParser(file: "r.yaml").parse(Self.rules)
        let first = [try Self.observation("2025-07-02", anomalyStart: "2025-07-02")]
        let day1 = AlertEvaluator.evaluate(rules: file, observations: first, book: AlertBook(), asOf: Day(iso: "2025-07-02")!)
        #expect(day1.book.alerts.values.first?.annotations["summary"] == "Hồ Chí Minh down since 2025-07-02")
        // The next run re-dates the day's anomaly to 3 July; the episode began on the 2nd.
        let second = first + [try Self.observation("2025-07-03", anomalyStart: "2025-07-03")]
        let day2 = AlertEvaluator.evaluate(rules: file, observations: second, book: day1.book, asOf: Day(iso: "2025-07-03")!)
        #expect(day2.book.alerts.values.first?.annotations["summary"] == "Hồ Chí Minh down since 2025-07-02")
    }
}
