import Testing
import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI

/// Prometheus-style timelines: a series of judged days (a = condition active, . = inactive,
/// _ = no data) evaluated one day after another → the alert's status after each day
/// (P pending, F firing, R resolved, - none or inactive) and the days a notification went out.
@Suite struct AlertTimelineTests {
    static let monday = Day(iso: "2025-07-07")!

    static func rule(_ name: String = "Drop", for f: Int = 1, keep: Int = 0, repeatEvery: Int? = nil, groupBy: [String] = ["province"],
                     level: LocalityLevel = .province) -> AlertRule {
        AlertRule(name: name, watch: AlertWatch(level: level), condition: AlertCondition(anomaly: AnomalyMatch()), forDays: f,
                  keepFiringForDays: keep, repeatIntervalDays: repeatEvery, annotations: ["summary": try! AlertTemplate("{{ name }} down")],
                  groupBy: groupBy)
    }

    static func observation(_ rule: String, _ locality: String, _ day: Day, _ c: Character, province: String? = nil, level: LocalityLevel = .province) -> AlertObservation? {
        guard c != "_" else { return nil }
        return AlertObservation(rule: rule, locality: locality, name: "Place \(locality)", level: level, province: province ?? locality,
                                day: day, reading: c == "a" ? .active : .inactive, value: c == "a" ? 3 : 30)
    }

    struct Run {
        var states = ""
        var notifiedDays: [Int] = []
        var notifications: [AlertNotification] = []
        var book = AlertBook()
    }

    /// Evaluates day by day; each day's observations are that day's reading (and the file's window
    /// re-reads the previous days as they were).
    static func replay(_ file: AlertRuleFile, series: [String: String], book: AlertBook = AlertBook(), track: String,
                       silences: [AlertSilence] = []) -> Run {
        var run = Run(book: book)
        run.book.silences += silences
        let length = series.values.map(\.count).max() ?? 0
        for i in 0..<length {
            let day = monday.advanced(by: i)
            var obs: [AlertObservation] = []
            for (key, s) in series {
                let parts = key.split(separator: "/").map(String.init)  // rule/locality[/province]
                let chars = Array(s)
                let level: LocalityLevel = parts.count > 2 ? .commune : .province
                for j in max(0, i - file.revisionWindowDays + 1)...i where j < chars.count {
                    if let o = observation(parts[0], parts[1], monday.advanced(by: j), chars[j], province: parts.count > 2 ? parts[2] : nil, level: level) { obs.append(o) }
                }
            }
            let e = AlertEvaluator.evaluate(rules: file, observations: obs, book: run.book, asOf: day)
            run.book = e.book
            if !e.notifications.isEmpty { run.notifiedDays.append(i) }
            run.notifications += e.notifications
            let record = e.book.alerts.values.first { $0.labels["locality"] == track }
            let mark: Character = switch record?.status {
            case .pending: "P"
            case .firing: "F"
            case .resolved: "R"
            default: "-"
            }
            run.states.append(mark)
        }
        return run
    }

    @Test func forNeedsConsecutiveJudgedDays() {
        let file = AlertRuleFile(rules: [Self.rule(for: 3)])
        let run = Self.replay(file, series: ["Drop/79": "aa.aaa..."], track: "79")
        #expect(run.states == "PP-PPFRRR")
        #expect(run.notifiedDays == [5, 6], "firing on day 5, resolved on day 6")
    }

    @Test func aMissingDayNeitherCountsNorResets() {
        let file = AlertRuleFile(rules: [Self.rule(for: 3, keep: 1)])
        let run = Self.replay(file, series: ["Drop/79": "aa_a__.._."], track: "79")
        #expect(run.states == "PPPFFFFRRR", "the missing day 2 leaves it pending; missing days 4-5 do not use up keep_firing_for")
    }

    @Test func keepFiringForBridgesShortGaps() {
        let file = AlertRuleFile(rules: [Self.rule(keep: 2)])
        let run = Self.replay(file, series: ["Drop/79": "a..a...a"], track: "79")
        #expect(run.states == "FFFFFFRF")
        #expect(run.notifiedDays == [0, 6, 7], "one firing for the first episode, its resolution, then a new episode")
        #expect(run.notifications.map(\.status) == [.firing, .resolved, .firing])
    }

    @Test func sameDayTwiceChangesNothingAndNotifiesNobody() {
        let file = AlertRuleFile(rules: [Self.rule()])
        let obs = [Self.observation("Drop", "79", Self.monday, "a")!]
        let first = AlertEvaluator.evaluate(rules: file, observations: obs, book: AlertBook(), asOf: Self.monday)
        let second = AlertEvaluator.evaluate(rules: file, observations: obs, book: first.book, asOf: Self.monday)
        #expect(first.notifications.count == 1)
        #expect(second.notifications.isEmpty)
        #expect(second.book == first.book)
    }

    @Test func repeatSuppressionAndRepeatInterval() {
        let once = Self.replay(AlertRuleFile(rules: [Self.rule()]), series: ["Drop/79": "aaaaaaaa"], track: "79")
        #expect(once.notifiedDays == [0], "a firing alert is notified once, not every day")
        let weekly = Self.replay(AlertRuleFile(rules: [Self.rule(repeatEvery: 3)]), series: ["Drop/79": "aaaaaaaa"], track: "79")
        #expect(weekly.notifiedDays == [0, 3, 6])
    }

    @Test func inhibitionHoldsCommunesOfAnOutageProvince() {
        let file = AlertRuleFile(rules: [Self.rule("ProvinceDrop"), Self.rule("CommuneDrop", level: .commune)],
                                 inhibitRules: [InhibitRule(source: [LabelMatcher(name: "alertname", value: "ProvinceDrop")],
                                                            target: [LabelMatcher(name: "alertname", value: "CommuneDrop")], equal: ["province"])])
        let run = Self.replay(file, series: ["ProvinceDrop/79": "..aaa...", "CommuneDrop/26734/79": "aaaaa...", "CommuneDrop/00004/01": "..a....."],
                              track: "26734")
        #expect(run.states == "FFFFFRRR")
        let communeAlerts = run.notifications.flatMap(\.alerts).filter { $0.labels["alertname"] == "CommuneDrop" }
        #expect(communeAlerts.map { "\($0.labels["locality"] ?? "") \($0.status)" } == ["26734 firing", "00004 firing", "00004 resolved", "26734 resolved"],
                "26734 notified before its province fired, then held; 00004 (another province) not inhibited; 26734's resolution goes out")
        #expect(run.notifications.first { $0.day == Self.monday.advanced(by: 2) && $0.groupLabels["province"] == "79" }.map { $0.alerts.map { $0.labels["alertname"] ?? "" } } == ["ProvinceDrop"],
                "the day 79 fires, its still-firing commune is not repeated")
        #expect(run.notifications.allSatisfy { n in n.alerts.allSatisfy { $0.labels["province"] == n.groupLabels["province"] } })
    }

    @Test func inhibitionFromTheStartSendsNothingForTheCommune() {
        let file = AlertRuleFile(rules: [Self.rule("ProvinceDrop"), Self.rule("CommuneDrop", level: .commune)],
                                 inhibitRules: [InhibitRule(source: [LabelMatcher(name: "alertname", value: "ProvinceDrop")],
                                                            target: [LabelMatcher(name: "alertname", value: "CommuneDrop")], equal: ["province"])])
        let run = Self.replay(file, series: ["ProvinceDrop/79": "aaa....", "CommuneDrop/26734/79": "aa....."], track: "26734")
        #expect(run.notifications.flatMap(\.alerts).allSatisfy { $0.labels["alertname"] == "ProvinceDrop" },
                "the commune fired only while its province did: never notified, so no resolution either")
    }

    @Test func aSilenceHoldsNotificationsUntilItExpires() {
        let silence = AlertSilence(id: "s1", matchers: [LabelMatcher(name: "province", value: "79")], starts: Self.monday,
                                   ends: Self.monday.advanced(by: 3), comment: "portal migration")
        let run = Self.replay(AlertRuleFile(rules: [Self.rule()]), series: ["Drop/79": "aaaaaa..", "Drop/01": "a......."], track: "79",
                              silences: [silence])
        #expect(run.states == "FFFFFFRR")
        let held = run.notifications.flatMap(\.alerts).filter { $0.labels["locality"] == "79" }
        #expect(run.notifications.first { $0.alerts.contains { $0.labels["locality"] == "79" } }?.day == Self.monday.advanced(by: 3),
                "79 is notified the day the silence ends, still firing")
        #expect(held.map(\.status) == [.firing, .resolved])
        #expect(run.notifiedDays.first == 0, "01 is not silenced")
    }

    @Test func groupingMakesOneNotificationPerProvinceAndDay() {
        let file = AlertRuleFile(rules: [Self.rule("ProvinceDrop"), Self.rule("CommuneDrop", level: .commune)])
        let run = Self.replay(file, series: ["ProvinceDrop/79": "a.", "CommuneDrop/26734/79": "a.", "CommuneDrop/26737/79": "a.",
                                             "CommuneDrop/00004/01": "a."], track: "79")
        let firstDay = run.notifications.filter { $0.day == Self.monday }
        #expect(firstDay.count == 2, "province 79 (three alerts) and province 01 (one)")
        #expect(firstDay.first { $0.groupLabels["province"] == "79" }?.alerts.count == 3)
    }

    @Test func aRevisedDayIsReEvaluatedAndNoted() {
        let file = AlertRuleFile(rules: [Self.rule(for: 2)])
        var book = AlertBook()
        let d0 = Self.monday, d1 = d0.advanced(by: 1)
        book = AlertEvaluator.evaluate(rules: file, observations: [Self.observation("Drop", "79", d0, "a")!], book: book, asOf: d0).book
        let day1 = AlertEvaluator.evaluate(rules: file, observations: [Self.observation("Drop", "79", d0, "a")!, Self.observation("Drop", "79", d1, ".")!],
                                           book: book, asOf: d1)
        #expect(day1.book.alerts.values.first?.status == .inactive)
        // Day 1's file is revised: far fewer applications than first loaded, the condition now holds.
        let revised = AlertObservation(rule: "Drop", locality: "79", name: "Place 79", level: .province, province: "79", day: d1, reading: .active, value: 2)
        let again = AlertEvaluator.evaluate(rules: file, observations: [Self.observation("Drop", "79", d0, "a")!, revised], book: day1.book, asOf: d1)
        #expect(again.book.alerts.values.first?.status == .firing)
        #expect(again.notes.count == 1 && again.notes[0].contains("value revised from 30 to 2 (now active)"))
        #expect(again.notifications.count == 1)
    }
}
