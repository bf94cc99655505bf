import Foundation
import Testing
import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI

/// Rule files: the bundled one reads as intended; each mistake is reported at its line and column.
@Suite struct AlertRuleParserTests {
    static func parse(_ text: String) throws(AlertRuleError) -> AlertRuleFile { try AlertRuleParser(file: "r.yaml").parse(text) }

    static func error(_ text: String) -> AlertRuleError? {
        do throws(AlertRuleError) { _ = try parse(text); return nil } catch { return error }
    }

    @Test func theBundledRulesRead() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../datasets/alerts.yaml")
        let file = try AlertRuleParser(file: "alerts.yaml").parse(String(contentsOf: url, encoding: .utf8))
        #expect(file.rules.map(\.name) == ["ProvinceReceiptsDrop", "ProvinceOutage", "ProvinceLevelShift", "CommuneOfficeDown", "CommuneLevelShift",
                                               "ProvinceOnlineOutage", "OnlineSubmissionCollapse", "CommuneOnlineOutage", "CommuneOnlineShareCollapse"])
        let commune = try #require(file.rule(named: "CommuneOfficeDown"))
        #expect(commune.watch == AlertWatch(metric: .received, level: .commune))
        #expect(commune.condition == AlertCondition(anomaly: AnomalyMatch(kinds: [.drop, .levelShift], minSeverity: .major), dropShare: 0.6))
        #expect(commune.keepFiringForDays == 1 && commune.forDays == 1 && commune.groupBy == ["province"])
        func inhibit(_ source: String, _ target: String, _ equal: String = "province") -> InhibitRule {
            InhibitRule(source: [LabelMatcher(name: "alertname", value: source)], target: [LabelMatcher(name: "alertname", value: target)], equal: [equal])
        }
        #expect(file.inhibitRules.prefix(3) == [inhibit("ProvinceOutage", "CommuneOfficeDown"), inhibit("ProvinceReceiptsDrop", "ProvinceLevelShift"),
                                                inhibit("ProvinceOutage", "ProvinceLevelShift")])
        #expect(file.inhibitRules.contains(inhibit("CommuneOfficeDown", "CommuneOnlineOutage", "locality")), "an office dark says more than its online channel")
        // Issue 24: online submissions and the online share are watched at both levels, as receipts are.
        for metric in [Metric.received, .receivedOnline, .onlineSubmission] {
            for level in [LocalityLevel.province, .commune] {
                #expect(file.rules.contains { $0.watch.metric == metric && $0.watch.level == level }, "\(metric.rawValue) at \(level.rawValue)")
            }
        }
        #expect(file.rules.filter { $0.watch.level == .commune }.allSatisfy { $0.rollUp == AlertRollUpPolicy(minExpected: 5, minCommunes: 2) })
        #expect(file.route == AlertRoute(receiver: "console", groupBy: ["province"], groupWaitDays: 0, groupIntervalDays: 1))
        #expect(file.alertmanagerLapseDays == 4)
        let shift = try #require(file.rule(named: "ProvinceLevelShift"))
        #expect(shift.condition == AlertCondition(anomaly: AnomalyMatch(kinds: [.levelShift, .drop], minSeverity: .major), dropShare: 0.1))
        #expect(shift.forDays == 2 && shift.keepFiringForDays == 3)
        #expect(file.receivers == [AlertReceiver(name: "console", kind: .stdout)])
        #expect(file.revisionWindowDays == 7)
        #expect(commune.explanation.contains("Fires on the first such day; keeps firing for 1 judged day after the condition clears."))
    }

    static let good = """
        rules:
          - name: Drop
            watch: {metric: received, level: province}
            condition:
              drop_percent: 30
            for: 2d
        """

    @Test func aMinimalRuleTakesTheDefaults() throws {
        let rule = try #require(try Self.parse(Self.good).rules.first)
        #expect(rule.condition.anomaly == nil && rule.condition.dropShare == 0.3)
        #expect(rule.forDays == 2 && rule.keepFiringForDays == 0 && rule.groupBy == ["alertname"] && rule.line == 2)
    }

    @Test(arguments: [
        (good.replacingOccurrences(of: "for: 2d", with: "for: 2h"), 6, 10, "for: \"2h\" is not a duration from 1 day to 366 days"),
        // Issue 22: these crashed (an overflow in 7 × n, an allocation of 2^63 days); a duration has a range.
        (good.replacingOccurrences(of: "for: 2d", with: "for: 2000000000000000000w"), 6, 10, "for: \"2000000000000000000w\" is not a duration from 1 day to 366 days"),
        (good.replacingOccurrences(of: "for: 2d", with: "for: 367d"), 6, 10, "for: \"367d\" is not a duration from 1 day to 366 days"),
        (good + "\nevaluation:\n  revision_window: 9223372036854775807d", 8, 20, "revision_window: \"9223372036854775807d\" is not a duration from 1 day to 366 days"),
        (good.replacingOccurrences(of: "metric: received", with: "metric: recieved"), 3, 21, "unknown metric \"recieved\""),
        (good.replacingOccurrences(of: "for: 2d", with: "fore: 2d"), 6, 5, "unknown key \"fore\" in a rule"),
        (good.replacingOccurrences(of: "drop_percent: 30", with: "drop_percent: 130"), 5, 21, "drop_percent must be a number from 0 to 100"),
        (good.replacingOccurrences(of: "drop_percent: 30", with: "rate_below: 0.2"), 5, 19, "rate_below needs a rate metric; received is a volume"),
        (good.replacingOccurrences(of: "drop_percent: 30", with: "anomaly: {kinds: [dorp]}"), 5, 25, "unknown anomaly kind \"dorp\""),
        (good + "\n    annotations: {summary: \"{{ nmae }} fell\"}", 7, 28, "annotation summary: unknown placeholder {{ nmae }}"),
        (good + "\n  - name: Drop\n    watch: {}\n    condition: {drop_percent: 5}", 7, 5, "a second rule named Drop (the first is at line 2)"),
        ("rules:\n  - name: [x\n", 3, 1, "not valid YAML"),
        ("rules: []\n", 1, 8, "the rules list is empty"),
        (good + "\ninhibit_rules:\n  - source_matchers: [alertname]\n    target_matchers: [a=b]", 8, 23, "\"alertname\" is not a matcher"),
        (good + "\nreceivers:\n  - name: am\n    alertmanager: localhost:9093", 9, 19, "\"localhost:9093\" is not an http(s) URL"),
    ])
    func mistakesArePointedAt(text: String, line: Int, column: Int, reason: String) throws {
        let e = try #require(Self.error(text))
        #expect(e.line == line && e.column == column, "\(e.message)")
        #expect(e.reason.hasPrefix(reason), "\(e.reason)")
        #expect(e.code == .invalidInput && e.message.hasPrefix("r.yaml:\(line):\(column): "))
    }

    @Test func templatesRenderTheirPlaceholders() throws {
        let t = try AlertTemplate("{{ name }} ({{ .locality }}): {{$labels.drop_percent}}% down")
        #expect(t.render(["name": "Huế", "locality": "46", "drop_percent": "62"]) == "Huế (46): 62% down")
    }
}
