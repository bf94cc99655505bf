import Foundation
import Testing
import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI

/// Issue 24, "alerts an official can live with": small communes roll up into their province, a
/// province hears once a day (Alertmanager's route, group_by, group_wait, group_interval) without
/// losing an alert, routes send alerts to receivers by label, and an alert firing only by
/// keep_firing_for is never first announced. Timelines replayed day by day, as in AlertTimelineTests.
@Suite struct AlertGroupingTests {
    static let monday = Day(iso: "2025-07-07")!

    static func rule(_ name: String, level: LocalityLevel = .commune, keep: Int = 0, labels: [String: String] = [:],
                     rollUp: AlertRollUpPolicy? = nil) -> AlertRule {
        AlertRule(name: name, watch: AlertWatch(level: level), condition: AlertCondition(anomaly: AnomalyMatch()), keepFiringForDays: keep,
                  labels: labels, annotations: ["summary": try! AlertTemplate("{{ name }}: {{ observed }} against {{ expected }}")],
                  groupBy: ["alertname"], rollUp: rollUp)
    }

    /// One reading: `volume` is what the place expects a working day.
    static func reading(_ rule: String, _ locality: String, province: String, day: Int, active: Bool, volume: Double = 50,
                        level: LocalityLevel = .commune) -> AlertObservation {
        let d = monday.advanced(by: day)
        return AlertObservation(rule: rule, locality: locality, name: "Xã \(locality)", level: level, province: province, day: d,
                                reading: active ? .active : .inactive, value: active ? 1 : volume, volume: volume,
                                provinceName: "Tỉnh \(province)")
    }

    static let route = AlertRoute(receiver: "console", groupBy: ["province"], groupWaitDays: 0, groupIntervalDays: 1)

    // MARK: Roll-up

    /// 12 of 27 episodes paged for small communes with nothing behind them: a commune expecting
    /// fewer than `min_expected` a day is not alerted alone; two such communes down the same day in
    /// one province make one province alert listing both.
    @Test func smallCommunesRollUpIntoOneProvinceAlert() {
        let file = AlertRuleFile(rules: [Self.rule("CommuneOfficeDown", rollUp: AlertRollUpPolicy(minExpected: 10, minCommunes: 2))])
        // Day 0: one small commune down alone. Day 1: two small ones, and a large one, down.
        let day0 = [Self.reading("CommuneOfficeDown", "26734", province: "79", day: 0, active: true, volume: 4),
                    Self.reading("CommuneOfficeDown", "26737", province: "79", day: 0, active: false, volume: 6)]
        let first = AlertEvaluator.evaluate(rules: file, observations: day0, book: AlertBook(), asOf: Self.monday)
        #expect(first.notifications.isEmpty, "a small commune alone pages nobody")
        #expect(first.book.alerts.values.allSatisfy { $0.status != .firing })
        let day1 = day0 + [Self.reading("CommuneOfficeDown", "26734", province: "79", day: 1, active: true, volume: 4),
                           Self.reading("CommuneOfficeDown", "26737", province: "79", day: 1, active: true, volume: 6),
                           Self.reading("CommuneOfficeDown", "26740", province: "79", day: 1, active: true, volume: 80)]
        let second = AlertEvaluator.evaluate(rules: file, observations: day1, book: first.book, asOf: Self.monday.advanced(by: 1))
        let alerts = second.notifications.flatMap(\.alerts)
        #expect(alerts.map { $0.labels["locality"] ?? "" }.sorted() == ["26740", "79"], "the large commune on its own, the small ones as their province")
        let rollUp = alerts.first { $0.labels["rolled_up"] == "communes" }
        #expect(rollUp?.labels["level"] == "province" && rollUp?.labels["name"] == "Tỉnh 79")
        #expect(rollUp?.annotations["communes"] == "Xã 26734 (26734); Xã 26737 (26737)")
    }

    @Test func rollUpIsReadFromTheRuleFileAndOnlyForCommuneRules() throws {
        let text = """
            rules:
              - name: CommuneOfficeDown
                watch: {metric: received, level: commune}
                condition: {anomaly: {kinds: [drop]}}
                roll_up: {min_expected: 10}
            """
        let file = try AlertRuleParser(file: "a.yaml").parse(text)
        #expect(file.rules.first?.rollUp == AlertRollUpPolicy(minExpected: 10, minCommunes: 2))
        #expect(file.rules.first?.explanation.contains("fewer than 10 a working day") == true)
        let province = text.replacingOccurrences(of: "level: commune", with: "level: province")
        #expect(throws: AlertRuleError.self) { try AlertRuleParser(file: "a.yaml").parse(province) }
    }

    // MARK: Grouping

    /// With the route's group_by [province], every rule's alerts of one province make one
    /// notification a day (the rules' own group_by was per alertname: one each). A second run the
    /// same day with a new alert is held by group_interval and goes out the next day listing every
    /// alert of the province: none is lost.
    @Test func aProvinceHearsOnceADayAndLosesNothing() {
        let file = AlertRuleFile(rules: [Self.rule("ProvinceDrop", level: .province), Self.rule("CommuneOfficeDown"), Self.rule("CommuneOnlineOutage")],
                                 receivers: [AlertReceiver(name: "console", kind: .stdout)], route: Self.route)
        var obs = [Self.reading("ProvinceDrop", "79", province: "79", day: 0, active: true, level: .province),
                   Self.reading("CommuneOfficeDown", "26734", province: "79", day: 0, active: true),
                   Self.reading("CommuneOnlineOutage", "26737", province: "79", day: 0, active: true),
                   Self.reading("CommuneOfficeDown", "00004", province: "01", day: 0, active: true)]
        let first = AlertEvaluator.evaluate(rules: file, observations: obs, book: AlertBook(), asOf: Self.monday)
        #expect(first.notifications.map { $0.groupLabels["province"] ?? "" } == ["01", "79"], "one notification per province")
        #expect(first.notifications.last?.alerts.count == 3 && first.notifications.allSatisfy { $0.receiver == "console" })
        // The same day again, with late data: a new commune of 79 is down.
        obs.append(Self.reading("CommuneOnlineOutage", "26740", province: "79", day: 0, active: true))
        let rerun = AlertEvaluator.evaluate(rules: file, observations: obs, book: first.book, asOf: Self.monday)
        #expect(rerun.notifications.isEmpty, "group_interval 1d: 79 has heard today")
        let next = obs.map { o -> AlertObservation in var o = o; o.day = Self.monday.advanced(by: 1); return o }
        let tomorrow = AlertEvaluator.evaluate(rules: file, observations: next, book: rerun.book, asOf: Self.monday.advanced(by: 1))
        #expect(tomorrow.notifications.count == 1)
        #expect(tomorrow.notifications.first?.alerts.map { $0.labels["locality"] ?? "" }.sorted() == ["26734", "26737", "26740", "79"],
                "the notification lists the whole province: the held alert and those it had heard of")
        let quiet = AlertEvaluator.evaluate(rules: file, observations: next.map { o in var o = o; o.day = Self.monday.advanced(by: 2); return o },
                                            book: tomorrow.book, asOf: Self.monday.advanced(by: 2))
        #expect(quiet.notifications.isEmpty, "nothing new: nothing sent")
    }

    /// group_wait: a new group's first notification waits that many days for others to join.
    @Test func groupWaitHoldsANewGroup() {
        var route = Self.route
        route.groupWaitDays = 1
        let file = AlertRuleFile(rules: [Self.rule("CommuneOfficeDown")], receivers: [AlertReceiver(name: "console", kind: .stdout)], route: route)
        let day0 = [Self.reading("CommuneOfficeDown", "26734", province: "79", day: 0, active: true)]
        let first = AlertEvaluator.evaluate(rules: file, observations: day0, book: AlertBook(), asOf: Self.monday)
        #expect(first.notifications.isEmpty)
        let day1 = day0 + [Self.reading("CommuneOfficeDown", "26734", province: "79", day: 1, active: true),
                           Self.reading("CommuneOfficeDown", "26737", province: "79", day: 1, active: true)]
        let second = AlertEvaluator.evaluate(rules: file, observations: day1, book: first.book, asOf: Self.monday.advanced(by: 1))
        #expect(second.notifications.map(\.alerts.count) == [2])
    }

    // MARK: Routes

    /// Alertmanager's route: the portal's alerts to its team (and, with continue, on to the
    /// catch-all), the rest to the console only.
    @Test func routesSendAlertsToReceiversByLabel() throws {
        let text = """
            rules:
              - name: CommuneOnlineOutage
                watch: {metric: received-online, level: commune}
                condition: {anomaly: {kinds: [drop]}}
                labels: {team: portal}
              - name: CommuneOfficeDown
                watch: {metric: received, level: commune}
                condition: {anomaly: {kinds: [drop]}}
                labels: {team: office}
            receivers:
              - {name: console, stdout: true}
              - {name: portal, webhook: "http://127.0.0.1:9/hook"}
            route:
              receiver: console
              group_by: [province]
              routes:
                - matchers: [team=portal]
                  receiver: portal
                  continue: true
                - receiver: console
            """
        let file = try AlertRuleParser(file: "a.yaml").parse(text)
        let obs = [Self.reading("CommuneOnlineOutage", "26734", province: "79", day: 0, active: true),
                   Self.reading("CommuneOfficeDown", "26737", province: "79", day: 0, active: true)]
        let e = AlertEvaluator.evaluate(rules: file, observations: obs, book: AlertBook(), asOf: Self.monday)
        let entries = AlertPayloads.outbox(e, rules: file, asOf: Self.monday, previous: nil)
        let portal = try entries.filter { $0.receiver == "portal" }.map { try JSONDecoder().decode(AlertPayloads.Webhook.self, from: Data($0.payload.utf8)) }
        let console = try entries.filter { $0.receiver == "console" }.map { try JSONDecoder().decode(AlertNotification.self, from: Data($0.payload.utf8)) }
        #expect(portal.map { $0.alerts.map { $0.labels["alertname"] ?? "" } } == [["CommuneOnlineOutage"]])
        #expect(console.map { $0.alerts.map { $0.labels["alertname"] ?? "" }.sorted() } == [["CommuneOfficeDown", "CommuneOnlineOutage"]])
        #expect(AlertRulesReportLines.route(file).count == 3)
        let unknown = text.replacingOccurrences(of: "receiver: portal\n", with: "receiver: nobody\n")
        #expect(throws: AlertRuleError.self) { try AlertRuleParser(file: "a.yaml").parse(unknown) }
    }

    // MARK: keep_firing_for does not announce

    /// A province's milder rule, inhibited while its sharper one fired, was first notified the day
    /// the drop ended (firing only by keep_firing_for): it must not be. Still active that day, it is news.
    @Test(arguments: [("aaa.....", false), ("aaaaaa..", true)])
    func anInhibitedRuleIsNotFirstNotifiedTheDayTheDropEnds(shift: String, notified: Bool) {
        let file = AlertRuleFile(rules: [AlertTimelineTests.rule("ProvinceDrop"), AlertTimelineTests.rule("ProvinceLevelShift", keep: 3)],
                                 inhibitRules: [InhibitRule(source: [LabelMatcher(name: "alertname", value: "ProvinceDrop")],
                                                            target: [LabelMatcher(name: "alertname", value: "ProvinceLevelShift")], equal: ["province"])])
        let run = AlertTimelineTests.replay(file, series: ["ProvinceDrop/79": "aaaa....", "ProvinceLevelShift/79": shift], track: "79")
        let shiftAlerts = run.notifications.flatMap(\.alerts).filter { $0.labels["alertname"] == "ProvinceLevelShift" }
        #expect(shiftAlerts.isEmpty == !notified, "\(shiftAlerts.map { "\($0.status)" })")
        if notified { #expect(run.notifications.first { $0.alerts.contains { $0.labels["alertname"] == "ProvinceLevelShift" } }?.day == Self.monday.advanced(by: 4)) }
    }
}

/// The route's lines of `uptake alerts test` (from the rule file's explanation).
enum AlertRulesReportLines {
    static func route(_ file: AlertRuleFile) -> [String] { file.route?.explanation ?? [] }
}
