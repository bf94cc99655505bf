import Foundation
import UptakeCore

/// Where an alert stands, as in Prometheus: `pending` (the condition holds, not yet for long
/// enough), `firing`, `resolved` (it fired and the condition has cleared), `inactive` (it was pending
/// and cleared before firing).
public enum AlertStatus: String, Sendable, Codable, CaseIterable {
    case pending, firing, resolved, inactive
}

/// What a rule's condition said about one series on one judged day.
public enum ConditionReading: String, Sendable, Codable {
    case active, inactive
}

/// One judged day of one alert: the reading and the day's value it was read from (kept so that a
/// revised value is recognised and noted).
public struct AlertReading: Sendable, Codable, Equatable {
    public var day: Day
    public var reading: ConditionReading
    /// The series' value that day (a count, or a rate).
    public var value: Double
    public init(day: Day, reading: ConditionReading, value: Double) {
        (self.day, self.reading, self.value) = (day, reading, value)
    }
}

/// A change of status, kept as the alert's history.
public struct AlertTransition: Sendable, Codable, Equatable {
    public var day: Day
    public var from: AlertStatus?
    public var to: AlertStatus
    public init(day: Day, from: AlertStatus?, to: AlertStatus) { (self.day, self.from, self.to) = (day, from, to) }
}

/// One alert: one rule applied to one series (a locality, and with a per-sector rule, a sector).
///
/// JSON keys: `fingerprint`, `rule`, `labels`, `annotations`, `status`, `active_since`, `firing_since`,
/// `last_active`, `resolved_on`, `readings`, `history`, `notes`.
public struct AlertRecord: Sendable, Codable, Equatable {
    /// Stable: a hash of the rule's name and the series' labels.
    public var fingerprint: String
    public var rule: String
    public var labels: [String: String]
    public var annotations: [String: String]
    public var status: AlertStatus
    /// The first active day of the current run of active days.
    public var activeSince: Day?
    /// The day the alert started firing (the day the run reached the rule's `for`).
    public var firingSince: Day?
    public var lastActive: Day?
    public var resolvedOn: Day?
    /// Judged days, oldest first (pruned to what the status still depends on).
    public var readings: [AlertReading]
    public var history: [AlertTransition]
    /// Revisions seen (a day's value changed after it was judged), newest last.
    public var notes: [String]

    enum CodingKeys: String, CodingKey {
        case fingerprint, rule, labels, annotations, status
        case activeSince = "active_since", firingSince = "firing_since", lastActive = "last_active", resolvedOn = "resolved_on"
        case readings, history, notes
    }

    public init(fingerprint: String, rule: String, labels: [String: String], annotations: [String: String] = [:], status: AlertStatus = .inactive,
                readings: [AlertReading] = [], history: [AlertTransition] = [], notes: [String] = []) {
        (self.fingerprint, self.rule, self.labels, self.annotations, self.status) = (fingerprint, rule, labels, annotations, status)
        (self.readings, self.history, self.notes) = (readings, history, notes)
    }
}

/// Matches an alert's label: `province=79`, `alertname!=X`, `sector=~"land.*"` is not supported (only = and !=).
public struct LabelMatcher: Sendable, Codable, Equatable, Hashable, CustomStringConvertible {
    public var name: String
    public var value: String
    public var isEqual: Bool

    public init(name: String, value: String, isEqual: Bool = true) { (self.name, self.value, self.isEqual) = (name, value, isEqual) }

    /// `name=value` or `name!=value`; `nil` for anything else.
    public init?(parsing text: String) {
        if let r = text.range(of: "!=") {
            self.init(name: String(text[..<r.lowerBound]), value: String(text[r.upperBound...]), isEqual: false)
        } else if let r = text.range(of: "=") {
            self.init(name: String(text[..<r.lowerBound]), value: String(text[r.upperBound...]))
        } else {
            return nil
        }
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
    }

    public func matches(_ labels: [String: String]) -> Bool { (labels[name] ?? "") == value ? isEqual : !isEqual }
    public var description: String { "\(name)\(isEqual ? "=" : "!=")\(value)" }
}

/// A silence: alerts whose labels match every matcher are not notified from `starts` up to (not
/// including) `ends`. Their state still changes; an alert still firing when the silence ends is
/// notified then.
public struct AlertSilence: Sendable, Codable, Equatable {
    public var id: String
    public var matchers: [LabelMatcher]
    public var starts: Day
    public var ends: Day
    public var comment: String
    public var createdBy: String?

    enum CodingKeys: String, CodingKey { case id, matchers, starts, ends, comment, createdBy = "created_by" }

    public init(id: String, matchers: [LabelMatcher], starts: Day, ends: Day, comment: String, createdBy: String? = nil) {
        (self.id, self.matchers, self.starts, self.ends, self.comment, self.createdBy) = (id, matchers, starts, ends, comment, createdBy)
    }

    public func isActive(on day: Day) -> Bool { day >= starts && day < ends }
    public func silences(_ labels: [String: String]) -> Bool { matchers.allSatisfy { $0.matches(labels) } }
}

/// Everything the alerting keeps between runs: the alerts, the silences, the keys of the
/// notifications already handed to the outbox (so that none is made twice) and the last day evaluated.
public struct AlertBook: Sendable, Codable, Equatable {
    public var alerts: [String: AlertRecord]
    public var silences: [AlertSilence]
    /// Keys of notifications already made (``AlertNotification/key``).
    public var notified: Set<String>
    public var lastEvaluated: Day?

    enum CodingKeys: String, CodingKey { case alerts, silences, notified, lastEvaluated = "last_evaluated" }

    public init(alerts: [String: AlertRecord] = [:], silences: [AlertSilence] = [], notified: Set<String> = [], lastEvaluated: Day? = nil) {
        (self.alerts, self.silences, self.notified, self.lastEvaluated) = (alerts, silences, notified, lastEvaluated)
    }
}
