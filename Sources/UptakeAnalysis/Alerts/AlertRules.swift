import Foundation
import UptakeCore
import UptakeStoreAPI

/// A rule file: rules, inhibitions, receivers and the route to them (see datasets/alerts.yaml for an example).
public struct AlertRuleFile: Sendable, Equatable {
    public var rules: [AlertRule]
    public var inhibitRules: [InhibitRule]
    public var receivers: [AlertReceiver]
    /// Judged days re-read on every run (late and revised data within it is re-evaluated).
    public var revisionWindowDays: Int
    /// Alertmanager's `route:` tree: which receiver gets which alerts, grouped how. `nil` (a file
    /// without `route:`): every receiver gets every notification, grouped by each rule's `group_by`,
    /// one notification per group and run listing the alerts that changed.
    public var route: AlertRoute?
    /// How long after the evaluation day an alert pushed to Alertmanager stays firing there unless a
    /// later run pushes it again (its `endsAt`): every run re-pushes every firing alert.
    public var alertmanagerLapseDays: Int

    /// The default lapse: a run every day may miss a weekend's runs (and one more) before
    /// Alertmanager resolves an alert Uptake still has firing.
    public static let defaultAlertmanagerLapseDays = 4

    public init(rules: [AlertRule], inhibitRules: [InhibitRule] = [], receivers: [AlertReceiver] = [], revisionWindowDays: Int = 7,
                route: AlertRoute? = nil, alertmanagerLapseDays: Int = AlertRuleFile.defaultAlertmanagerLapseDays) {
        (self.rules, self.inhibitRules, self.receivers, self.revisionWindowDays) = (rules, inhibitRules, receivers, revisionWindowDays)
        (self.route, self.alertmanagerLapseDays) = (route, alertmanagerLapseDays)
    }

    public func rule(named name: String) -> AlertRule? { rules.first { $0.name == name } }
}

/// What a rule watches: one metric's daily series at one level, optionally within some provinces
/// and per sector.
public struct AlertWatch: Sendable, Hashable {
    public var metric: Metric
    public var level: LocalityLevel
    /// Province codes the rule is limited to; `nil`: everywhere.
    public var provinces: [String]?
    public var bySector: Bool

    public init(metric: Metric = .received, level: LocalityLevel = .province, provinces: [String]? = nil, bySector: Bool = false) {
        (self.metric, self.level, self.provinces, self.bySector) = (metric, level, provinces, bySector)
    }

    /// The units of the store's selection this watch covers.
    var units: UnitSelection {
        switch (level, provinces) {
        case (.nation, _): .nation
        case (.province, nil): .provinces
        case (.province, let codes?): .localities(codes)
        case (.commune, nil): .communes(parentCode: nil)
        case (.commune, let codes?): codes.count == 1 ? .communes(parentCode: codes[0]) : .communes(parentCode: nil)
        }
    }
}

/// Which anomalies from `uptake anomalies` count.
public struct AnomalyMatch: Sendable, Equatable {
    public var kinds: Set<AnomalyKind>
    public var minSeverity: AnomalySeverity
    public var minScore: Double?

    public init(kinds: Set<AnomalyKind> = [.drop, .levelShift], minSeverity: AnomalySeverity = .minor, minScore: Double? = nil) {
        (self.kinds, self.minSeverity, self.minScore) = (kinds, minSeverity, minScore)
    }

    func matches(_ a: Anomaly) -> Bool {
        kinds.contains(a.kind) && a.severity >= minSeverity && (minScore.map { a.score >= $0 } ?? true)
    }
}

/// A rule's condition on one judged day; every part given must hold.
public struct AlertCondition: Sendable, Equatable {
    /// An anomaly of these kinds and severity covers the day.
    public var anomaly: AnomalyMatch?
    /// The covering anomaly's observed value is at least this share below its expected value (0.5: 50%).
    public var dropShare: Double?
    /// The day's rate is below this (a rate metric).
    public var rateBelow: Double?

    public init(anomaly: AnomalyMatch? = nil, dropShare: Double? = nil, rateBelow: Double? = nil) {
        (self.anomaly, self.dropShare, self.rateBelow) = (anomaly, dropShare, rateBelow)
    }

    /// Whether the condition needs the anomaly scan (a drop share is read from the anomaly).
    var needsAnomalies: Bool { anomaly != nil || dropShare != nil }
}

/// One alerting rule, as a Prometheus user expects it: a condition, `for`, `keep_firing_for`,
/// labels, annotations (templates), `group_by`.
public struct AlertRule: Sendable, Equatable {
    public var name: String
    public var watch: AlertWatch
    public var condition: AlertCondition
    /// Consecutive judged days the condition must hold before the alert fires (1: the first day).
    public var forDays: Int
    /// Judged days an alert keeps firing after its condition cleared (0: resolves at once).
    public var keepFiringForDays: Int
    /// Notify again after this many days of firing (`nil`: once per firing).
    public var repeatIntervalDays: Int?
    public var labels: [String: String]
    public var annotations: [String: AlertTemplate]
    /// Labels whose values group notifications: one notification per group and run.
    public var groupBy: [String]
    /// Where the rule starts in its file.
    public var line: Int
    /// For a commune rule: communes expecting fewer than this many a day are judged together in
    /// their province (``AlertRollUp``); `nil`: every commune on its own.
    public var rollUp: AlertRollUpPolicy?

    public init(name: String, watch: AlertWatch, condition: AlertCondition, forDays: Int = 1, keepFiringForDays: Int = 0,
                repeatIntervalDays: Int? = nil, labels: [String: String] = [:], annotations: [String: AlertTemplate] = [:],
                groupBy: [String] = ["alertname"], line: Int = 0, rollUp: AlertRollUpPolicy? = nil) {
        (self.name, self.watch, self.condition, self.forDays, self.keepFiringForDays) = (name, watch, condition, forDays, keepFiringForDays)
        (self.repeatIntervalDays, self.labels, self.annotations, self.groupBy, self.line) = (repeatIntervalDays, labels, annotations, groupBy, line)
        self.rollUp = rollUp
    }
}

/// A commune rule's roll-up (`roll_up: {min_expected: 20, min_communes: 2}`): a commune whose
/// expected volume is below `minExpected` a working day (the covering anomaly's expected count per
/// day; for a rate, the day's denominator) is not alerted on its own. Its active days count toward
/// one alert of its province (label `rolled_up=communes`), active on a day when at least
/// `minCommunes` such communes of the province are; the alert lists them (annotation `communes`).
/// At a few applications a day a commune's ordinary variation reaches "major" drops: alone, such a
/// commune paged for nothing; several at once in one province are news.
public struct AlertRollUpPolicy: Sendable, Equatable {
    public var minExpected: Double
    public var minCommunes: Int

    public init(minExpected: Double, minCommunes: Int = 2) { (self.minExpected, self.minCommunes) = (minExpected, max(1, minCommunes)) }
}

/// A node of Alertmanager's routing tree (`route:` in the rule file). An alert enters at the root
/// and goes down to the first child whose matchers all match (every matching child with
/// `continue: true`), as deep as it can; the deepest nodes reached deliver it. Unset fields
/// (receiver, group_by, group_wait, group_interval) are inherited from the parent.
///
/// Grouping, in days (Uptake runs once a day): the alerts of one node with the same values of
/// `group_by` make one group; a group's first notification waits `group_wait` days after its first
/// alert fired (others may join it), and a group notifies again only `group_interval` days after
/// its last notification. A notification lists every alert of the group that fires (and those
/// just resolved), so holding it back loses nothing.
public struct AlertRoute: Sendable, Equatable {
    public var receiver: String?
    public var matchers: [LabelMatcher]
    public var groupBy: [String]?
    public var groupWaitDays: Int?
    public var groupIntervalDays: Int?
    public var continueMatching: Bool
    public var routes: [AlertRoute]

    public init(receiver: String? = nil, matchers: [LabelMatcher] = [], groupBy: [String]? = nil, groupWaitDays: Int? = nil,
                groupIntervalDays: Int? = nil, continueMatching: Bool = false, routes: [AlertRoute] = []) {
        (self.receiver, self.matchers, self.groupBy, self.groupWaitDays) = (receiver, matchers, groupBy, groupWaitDays)
        (self.groupIntervalDays, self.continueMatching, self.routes) = (groupIntervalDays, continueMatching, routes)
    }

    /// Where one alert goes: a receiver and how it is grouped there.
    public struct Destination: Sendable, Hashable {
        /// The node's position in the tree ("0", "0.1", …): groups of different nodes never merge.
        public var path: String
        public var receiver: String
        public var groupBy: [String]
        public var groupWaitDays: Int
        public var groupIntervalDays: Int
    }

    /// The destinations of an alert with these labels (the root's, when no child matches).
    public func destinations(_ labels: [String: String]) -> [Destination] {
        let root = Destination(path: "0", receiver: receiver ?? "", groupBy: groupBy ?? ["alertname"], groupWaitDays: groupWaitDays ?? 0,
                               groupIntervalDays: groupIntervalDays ?? 1)
        return descend(labels, inherited: root)
    }

    func descend(_ labels: [String: String], inherited: Destination) -> [Destination] {
        var out: [Destination] = []
        for (i, child) in routes.enumerated() where child.matchers.allSatisfy({ $0.matches(labels) }) {
            let d = Destination(path: "\(inherited.path).\(i)", receiver: child.receiver ?? inherited.receiver,
                                groupBy: child.groupBy ?? inherited.groupBy, groupWaitDays: child.groupWaitDays ?? inherited.groupWaitDays,
                                groupIntervalDays: child.groupIntervalDays ?? inherited.groupIntervalDays)
            out += child.descend(labels, inherited: d)
            if !child.continueMatching { break }
        }
        return out.isEmpty ? [inherited] : out
    }

    /// Every receiver named in the tree.
    var receiverNames: [String] { (receiver.map { [$0] } ?? []) + routes.flatMap(\.receiverNames) }
}

/// While an alert matching `source` fires, alerts matching `target` with the same values of the
/// `equal` labels are not notified (a province-wide outage silences its communes).
public struct InhibitRule: Sendable, Equatable {
    public var source: [LabelMatcher]
    public var target: [LabelMatcher]
    public var equal: [String]

    public init(source: [LabelMatcher], target: [LabelMatcher], equal: [String]) { (self.source, self.target, self.equal) = (source, target, equal) }
}

/// Where notifications go.
public struct AlertReceiver: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// One JSON line per notification on standard output.
        case stdout
        /// One JSON line per notification appended to a file (NDJSON).
        case file
        /// An HTTP POST of the Alertmanager webhook (version 4) payload.
        case webhook
        /// An HTTP POST of the alerts to an Alertmanager's `/api/v2/alerts`.
        case alertmanager
    }
    public var name: String
    public var kind: Kind
    /// The file's path or the URL; empty for stdout.
    public var target: String
    /// The language its readers read (`language: vi`): each annotation's text in that language under
    /// its plain name (``AnnotationLanguage``); `nil`: the plain annotations.
    public var language: String?

    public init(name: String, kind: Kind, target: String = "", language: String? = nil) {
        (self.name, self.kind, self.target, self.language) = (name, kind, target, language)
    }
}

/// A duration in whole days: `0d`, `2d`, `1w`, at most ``maximum`` (a year: one value a day is judged,
/// and a longer window or hold is a mistake, not a rule; it also keeps every sum of days far from overflow).
enum DayDuration {
    static let maximum = 366

    static func parse(_ text: String) -> Int? {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard let unit = t.last, let n = Int(t.dropLast()), n >= 0 else { return Int(t).flatMap { (0...maximum).contains($0) ? $0 : nil } }
        let days: Int
        switch unit {
        case "d": days = n
        case "w":
            let (product, overflow) = n.multipliedReportingOverflow(by: 7)
            guard !overflow else { return nil }
            days = product
        default: return nil
        }
        return days <= maximum ? days : nil
    }
}

extension AlertRuleFile {
    /// The rules by name (a repeated name: the first).
    var rulesByName: [String: AlertRule] { Dictionary(rules.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a }) }
}
