import UptakeCore
import UptakeStoreAPI

/// What one rule's condition said about one series on one judged day, with what the annotations need.
public struct AlertObservation: Sendable, Equatable {
    public var rule: String
    public var locality: String
    public var name: String
    public var level: LocalityLevel
    /// The province (the locality itself for a province; `nil` for the nation).
    public var province: String?
    public var sector: Sector?
    public var day: Day
    public var reading: ConditionReading
    /// The metric's value that day.
    public var value: Double
    /// The anomaly covering the day, when the rule reads anomalies and one does.
    public var anomaly: Anomaly?

    public init(rule: String, locality: String, name: String = "", level: LocalityLevel = .province, province: String? = nil, sector: Sector? = nil,
                day: Day, reading: ConditionReading, value: Double, anomaly: Anomaly? = nil) {
        (self.rule, self.locality, self.name, self.level, self.province, self.sector) = (rule, locality, name, level, province, sector)
        (self.day, self.reading, self.value, self.anomaly) = (day, reading, value, anomaly)
    }

    /// The labels Uptake sets on every alert.
    var labels: [String: String] {
        var l = ["alertname": rule, "locality": locality, "name": name, "level": level.rawValue]
        if let province { l["province"] = province }
        if let sector { l["sector"] = sector.name }
        return l
    }
}

/// One alert in a notification, shaped like Alertmanager's.
public struct NotifiedAlert: Sendable, Codable, Equatable {
    public var status: AlertStatus
    public var fingerprint: String
    public var labels: [String: String]
    public var annotations: [String: String]
    /// The first day it fired.
    public var startsAt: Day
    /// The day it resolved, for a resolved alert.
    public var endsAt: Day?

    enum CodingKeys: String, CodingKey { case status, fingerprint, labels, annotations, startsAt = "starts_at", endsAt = "ends_at" }
}

/// One notification: the alerts of one group that changed in one run.
///
/// JSON keys: `key`, `day`, `group_key`, `group_labels`, `status` (firing when any alert fires),
/// `alerts`.
public struct AlertNotification: Sendable, Codable, Equatable {
    /// Unique: the group, the day and the alerts' own keys.
    public var key: String
    public var day: Day
    public var groupKey: String
    public var groupLabels: [String: String]
    public var status: AlertStatus
    public var alerts: [NotifiedAlert]

    enum CodingKeys: String, CodingKey { case key, day, groupKey = "group_key", groupLabels = "group_labels", status, alerts }
}

/// The outcome of one evaluation.
public struct AlertEvaluation: Sendable {
    public var book: AlertBook
    public var notifications: [AlertNotification]
    /// Fingerprints of alerts firing now, and of those not notified because a silence or an
    /// inhibition holds them.
    public var firing: [String]
    public var silenced: Set<String>
    public var inhibited: Set<String>
    /// Revisions and late data seen in this run.
    public var notes: [String]
}

/// The alerting engine: a pure function of the rules, the day's observations, the stored state and
/// the evaluation day. Running it twice with the same input gives the same state and no second
/// notification (the notified keys are part of the state).
///
/// A day without data for a series (no row stored) gives no observation: it neither counts toward
/// `for` nor resets it, and does not advance `keep_firing_for`. Weekends and holidays are not judged
/// at all. A day judged earlier whose value has changed is judged again and the change is noted.
public enum AlertEvaluator {
    /// Readings older than this many days before the evaluation day are dropped (with their history kept).
    static let keptDays = 180

    public static func evaluate(rules: AlertRuleFile, observations: [AlertObservation], book: AlertBook, asOf: Day,
                                explanations: [String: String] = [:]) -> AlertEvaluation {
        var book = book
        var notes: [String] = []
        let rulesByName = Dictionary(rules.rules.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        // 1. Merge the readings.
        var latest: [String: AlertObservation] = [:]
        for o in observations.sorted(by: { ($0.day, $0.rule, $0.locality) < ($1.day, $1.rule, $1.locality) }) {
            guard let rule = rulesByName[o.rule] else { continue }
            let labels = o.labels.merging(rule.labels) { a, _ in a }
            let fp = fingerprint(labels)
            if book.alerts[fp] == nil {
                guard o.reading == .active else { continue }
                book.alerts[fp] = AlertRecord(fingerprint: fp, rule: o.rule, labels: labels)
            }
            guard var record = book.alerts[fp] else { continue }
            let reading = AlertReading(day: o.day, reading: o.reading, value: o.value)
            if let i = record.readings.firstIndex(where: { $0.day == o.day }) {
                let old = record.readings[i]
                if abs(old.value - o.value) > 1e-9 * max(1, abs(old.value)) {
                    let note = "\(o.day): value revised from \(trimmed(old.value)) to \(trimmed(o.value))"
                        + (old.reading == o.reading ? "" : " (now \(o.reading.rawValue))")
                    record.notes.append(note)
                    notes.append("\(o.rule) \(o.locality)\(o.sector.map { " \($0.name)" } ?? ""): \(note)")
                }
                record.readings[i] = reading
            } else {
                record.readings.append(reading)
                record.readings.sort { $0.day < $1.day }
            }
            book.alerts[fp] = record
            if o.reading == .active, latest[fp].map({ $0.day <= o.day }) ?? true { latest[fp] = o }
        }
        // 2. Fold every alert's readings into its status.
        for (fp, record) in book.alerts {
            guard let rule = rulesByName[record.rule] else { continue }
            var r = fold(record, rule: rule, asOf: asOf)
            // Annotations describe the latest active day (a resolved alert keeps what it said).
            if let o = latest[fp] {
                var values = templateValues(o, rate: rule.watch.metric.isRate, explanation: explanations[fp])
                // `since` is the episode's first active day, which stays put while it lasts; the day's
                // anomaly may be re-dated from one run to the next (HCMC read "since 07-02", then "07-03").
                if let start = r.activeSince, values["since"] != nil { values["since"] = start.description }
                r.annotations = rule.annotations.mapValues { $0.render(values) }
            }
            book.alerts[fp] = r
        }
        book.alerts = book.alerts.filter { _, r in
            r.status != .inactive || r.readings.contains { $0.reading == .active && $0.day.distance(to: asOf) <= keptDays }
        }
        book.silences.removeAll { $0.ends.distance(to: asOf) > 30 }
        // 3. Silences and inhibitions, then notifications.
        let firingRecords = book.alerts.values.filter { $0.status == .firing }.sorted { $0.fingerprint < $1.fingerprint }
        let (silenced, inhibited) = AlertHolds.held(book, inhibitRules: rules.inhibitRules, on: asOf)
        var notifiedFiring: [String: [Day]] = [:]
        for key in book.notified {
            let parts = key.split(separator: "|")
            if parts.count >= 3, parts[2] == "firing", let d = Day(iso: parts[1]) { notifiedFiring[String(parts[0]), default: []].append(d) }
        }
        var groups: [String: (labels: [String: String], alerts: [NotifiedAlert], keys: [String])] = [:]
        for r in book.alerts.values.sorted(by: { $0.fingerprint < $1.fingerprint }) {
            guard let rule = rulesByName[r.rule], let since = r.firingSince else { continue }
            var key: String?
            var alert: NotifiedAlert?
            if r.status == .firing, !silenced.contains(r.fingerprint), !inhibited.contains(r.fingerprint) {
                // One notification per firing episode (a late reading can move its first day).
                let episode = r.activeSince ?? since
                let already = notifiedFiring[r.fingerprint, default: []].contains { $0 >= episode && $0 <= asOf }
                var k = "\(r.fingerprint)|\(since)|firing"
                if let every = rule.repeatIntervalDays { k += "|\(since.distance(to: asOf) / every)" }
                if !book.notified.contains(k), rule.repeatIntervalDays != nil || !already {
                    key = k
                    alert = NotifiedAlert(status: .firing, fingerprint: r.fingerprint, labels: r.labels, annotations: r.annotations, startsAt: since, endsAt: nil)
                }
            } else if r.status == .resolved, let resolved = r.resolvedOn, resolved <= asOf {
                // A resolution is sent only to those who heard of the firing.
                let k = "\(r.fingerprint)|\(since)|resolved"
                let episode = r.activeSince ?? since
                let fired = notifiedFiring[r.fingerprint, default: []].contains { $0 >= episode && $0 <= resolved }
                if fired, !book.notified.contains(k) {
                    key = k
                    alert = NotifiedAlert(status: .resolved, fingerprint: r.fingerprint, labels: r.labels, annotations: r.annotations, startsAt: since, endsAt: resolved)
                }
            }
            guard let key, let alert else { continue }
            let groupLabels = Dictionary(rule.groupBy.map { ($0, r.labels[$0] ?? "") }, uniquingKeysWith: { a, _ in a })
            let groupKey = groupLabels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
            groups[groupKey, default: (groupLabels, [], [])].alerts.append(alert)
            groups[groupKey]?.keys.append(key)
        }
        var notifications: [AlertNotification] = []
        for (groupKey, g) in groups.sorted(by: { $0.key < $1.key }) {
            book.notified.formUnion(g.keys)
            notifications.append(AlertNotification(key: "\(asOf)|\(groupKey)|\(fnv(g.keys.sorted().joined(separator: ";")))", day: asOf, groupKey: groupKey,
                                                   groupLabels: g.labels, status: g.alerts.contains { $0.status == .firing } ? .firing : .resolved,
                                                   alerts: g.alerts))
        }
        book.notified = book.notified.filter { key in
            guard let fp = key.split(separator: "|").first else { return false }
            return book.alerts[String(fp)] != nil
        }
        if book.lastEvaluated.map({ $0 < asOf }) ?? true { book.lastEvaluated = asOf }
        return AlertEvaluation(book: book, notifications: notifications, firing: firingRecords.map(\.fingerprint),
                               silenced: silenced, inhibited: inhibited, notes: notes)
    }

    /// Replays an alert's readings up to `asOf`: `for` consecutive active days make it fire;
    /// `keep_firing_for` inactive days after the last active one resolve it.
    static func fold(_ record: AlertRecord, rule: AlertRule, asOf: Day) -> AlertRecord {
        var r = record
        let cutoff = asOf.advanced(by: -keptDays)
        let dropped = r.readings.filter { $0.day < cutoff }
        r.readings.removeAll { $0.day < cutoff }
        let firstKept = r.readings.first?.day ?? asOf
        var history = record.history.filter { $0.day < firstKept && !dropped.isEmpty }
        var status: AlertStatus? = history.last?.to
        var run = 0, quiet = 0
        var activeSince: Day?, firingSince: Day? = record.history.last(where: { $0.to == .firing && $0.day < firstKept })?.day
        var lastActive: Day?, resolvedOn: Day?
        func move(_ to: AlertStatus, _ day: Day) {
            guard status != to else { return }
            history.append(AlertTransition(day: day, from: status, to: to))
            status = to
        }
        for reading in r.readings where reading.day <= asOf {
            if reading.reading == .active {
                if run == 0 && status != .firing { activeSince = reading.day }
                run += 1
                quiet = 0
                lastActive = reading.day
                if status == .firing {
                    continue
                } else if run >= rule.forDays {
                    firingSince = reading.day
                    resolvedOn = nil
                    move(.firing, reading.day)
                } else {
                    move(.pending, reading.day)
                }
            } else {
                run = 0
                quiet += 1
                if status == .firing {
                    if quiet > rule.keepFiringForDays {
                        resolvedOn = reading.day
                        move(.resolved, reading.day)
                    }
                } else if status == .pending {
                    move(.inactive, reading.day)
                }
            }
        }
        r.status = status ?? .inactive
        r.activeSince = activeSince
        r.firingSince = firingSince
        r.lastActive = lastActive
        r.resolvedOn = r.status == .resolved ? resolvedOn : nil
        r.history = history
        return r
    }

    static func isInhibited(_ target: AlertRecord, by firing: [AlertRecord], _ rules: [InhibitRule]) -> Bool {
        rules.contains { rule in
            rule.target.allSatisfy { $0.matches(target.labels) } && firing.contains { source in
                source.fingerprint != target.fingerprint && rule.source.allSatisfy { $0.matches(source.labels) }
                    && rule.equal.allSatisfy { (source.labels[$0] ?? "") == (target.labels[$0] ?? "") }
            }
        }
    }

    /// Counts as whole numbers, rates as percentages with one decimal.
    static func templateValues(_ o: AlertObservation, rate: Bool, explanation: String?) -> [String: String] {
        func shown(_ x: Double) -> String { rate ? String(format: "%.1f%%", x * 100) : String(format: "%.0f", x) }
        var v = ["alertname": o.rule, "locality": o.locality, "name": o.name, "province": o.province ?? "", "level": o.level.rawValue,
                 "sector": o.sector?.name ?? "all", "day": o.day.description, "value": shown(o.value), "explanation": explanation ?? ""]
        if let a = o.anomaly {
            v["kind"] = a.kind.rawValue
            v["severity"] = a.severity.rawValue
            v["score"] = String(format: "%.1f", a.score.isFinite ? a.score : 999)
            v["observed"] = a.observed.map(shown) ?? ""
            v["expected"] = a.expected.map(shown) ?? ""
            if let obs = a.observed, let exp = a.expected, exp > 0 { v["drop_percent"] = String(format: "%.0f", (1 - obs / exp) * 100) }
            v["since"] = a.start.description
            v["anomaly_id"] = a.id
            v["incidents"] = String(a.incidents.count)
        }
        return v
    }

    /// A stable hash of the labels (FNV-1a, as anomaly ids).
    static func fingerprint(_ labels: [String: String]) -> String {
        fnv(labels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\u{1}"))
    }

    static func fnv(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// A number without trailing zeros (counts as integers, rates with 4 decimals).
    static func trimmed(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(format: "%.4f", x)
    }
}

import Foundation
