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
    /// What the place is expected to handle a working day: the covering anomaly's expected count per
    /// day (else the day's count) for a volume, the day's denominator for a rate. A roll-up reads it.
    public var volume: Double?
    /// The province's name (for a commune), so that a roll-up alert can name its province.
    public var provinceName: String?
    /// For a province's roll-up (``AlertRollUp``): the small communes active that day.
    public var rolledUp: [RolledUpCommune]

    public init(rule: String, locality: String, name: String = "", level: LocalityLevel = .province, province: String? = nil, sector: Sector? = nil,
                day: Day, reading: ConditionReading, value: Double, anomaly: Anomaly? = nil, volume: Double? = nil, provinceName: String? = nil,
                rolledUp: [RolledUpCommune] = []) {
        (self.rule, self.locality, self.name, self.level, self.province, self.sector) = (rule, locality, name, level, province, sector)
        (self.day, self.reading, self.value, self.anomaly) = (day, reading, value, anomaly)
        (self.volume, self.provinceName, self.rolledUp) = (volume, provinceName, rolledUp)
    }

    /// The labels Uptake sets on every alert.
    var labels: [String: String] {
        var l = ["alertname": rule, "locality": locality, "name": name, "level": level.rawValue]
        if let province { l["province"] = province }
        if let sector { l["sector"] = sector.name }
        if isRollUp { l["rolled_up"] = "communes" }
        return l
    }

    /// Whether this is a province's roll-up reading (active or not).
    public var isRollUp = false
}

/// A small commune counted in its province's roll-up on one day.
public struct RolledUpCommune: Sendable, Equatable {
    public var code: String
    public var name: String
    /// The covering anomaly's observed and expected values (counts or rates), when there is one.
    public var observed: Double?
    public var expected: Double?
    public var start: Day?

    public init(code: String, name: String, observed: Double? = nil, expected: Double? = nil, start: Day? = nil) {
        (self.code, self.name, self.observed, self.expected, self.start) = (code, name, observed, expected, start)
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
    /// The receiver the file's route sends it to; `nil` without a route (every receiver gets it).
    public var receiver: String?

    enum CodingKeys: String, CodingKey { case key, day, groupKey = "group_key", groupLabels = "group_labels", status, alerts, receiver }
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
    /// Fingerprints of the firing alerts receivers may hear of now: not silenced, not inhibited, and
    /// either active on their latest judged day or already notified in this episode (what is pushed
    /// to Alertmanager on every run).
    public var notifiable: [String] = []
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

    /// - Parameters:
    ///   - explanations: per alert fingerprint, `{{ explanation }}` in each language (`en`, `vi`).
    ///   - styles: how each language writes the values of its annotations (`summary_vi`); the plain
    ///     annotations, and a language without a style, use ``PlainAlertValues``.
    public static func evaluate(rules: AlertRuleFile, observations: [AlertObservation], book: AlertBook, asOf: Day,
                                explanations: [String: [String: String]] = [:], styles: [String: any AlertValueStyle] = [:]) -> AlertEvaluation {
        evaluate(rules: rules, rolledUp: AlertRollUp.apply(observations, rules: rules.rulesByName), book: book, asOf: asOf,
                 explanations: explanations, styles: styles)
    }

    /// The same, on observations the roll-up has already rewritten (``AlertCheck`` rolls up once for
    /// the explanations it asks and for this).
    static func evaluate(rules: AlertRuleFile, rolledUp: [AlertObservation], book: AlertBook, asOf: Day,
                         explanations: [String: [String: String]], styles: [String: any AlertValueStyle]) -> AlertEvaluation {
        var book = book
        var notes: [String] = []
        let rulesByName = rules.rulesByName
        let observations = relevant(rolledUp, book)
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
                var values = templateValues(o, rate: rule.watch.metric.isRate)
                // `since` is the episode's first active day, which stays put while it lasts; the day's
                // anomaly may be re-dated from one run to the next (HCMC read "since 07-02", then "07-03").
                if let start = r.activeSince, values["since"] != nil { values["since"] = .day(start) }
                r.annotations = annotations(rule, values, explanations: explanations[fp] ?? [:], styles: styles)
                if o.isRollUp, let communes = values["communes"] {
                    r.annotations["communes"] = PlainAlertValues().text(communes)
                    for (code, style) in styles where code != AnnotationLanguage.plain { r.annotations["communes_\(code)"] = style.text(communes) }
                }
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
        // Days a firing notification went out, per alert and destination ("fingerprint@path").
        var notifiedFiring: [String: [Day]] = [:]
        var groupLast: [String: Day] = [:]
        for key in book.notified {
            let parts = key.split(separator: "|", omittingEmptySubsequences: false)
            if parts.count >= 3, parts[0] == "group", let d = Day(iso: String(parts[parts.count - 1])) {
                let g = parts[1..<(parts.count - 1)].joined(separator: "|")
                if groupLast[g].map({ $0 < d }) ?? true { groupLast[g] = d }
            } else if parts.count >= 3, parts[2] == "firing", let d = Day(iso: String(parts[1])) {
                let path = parts.dropFirst(3).first { $0.hasPrefix("@") }.map { String($0.dropFirst()) } ?? ""
                notifiedFiring["\(parts[0])@\(path)", default: []].append(d)
            }
        }
        struct Group {
            var destination: AlertRoute.Destination
            var labels: [String: String]
            var changes: [(key: String, alert: NotifiedAlert, firingSince: Day)] = []
            var current: [NotifiedAlert] = []
            var announcedBefore = false
        }
        var groups: [String: Group] = [:]
        var notifiable: [String] = []
        for r in book.alerts.values.sorted(by: { $0.fingerprint < $1.fingerprint }) {
            guard let rule = rulesByName[r.rule], let since = r.firingSince else { continue }
            let destinations = rules.route?.destinations(r.labels)
                ?? [AlertRoute.Destination(path: "", receiver: "", groupBy: rule.groupBy, groupWaitDays: 0, groupIntervalDays: 0)]
            let episode = r.activeSince ?? since
            let unheld = r.status == .firing && !silenced.contains(r.fingerprint) && !inhibited.contains(r.fingerprint)
            // Firing only by keep_firing_for (its latest judged day inactive): it holds a notified
            // alert, it never announces one (an inhibited rule released the day its source's drop ended did).
            let activeNow = r.readings.last(where: { $0.day <= asOf })?.reading == .active
            var announced = false
            for d in destinations {
                let suffix = d.path.isEmpty ? "" : "|@\(d.path)"
                let sent = notifiedFiring["\(r.fingerprint)@\(d.path)", default: []]
                var key: String?
                var alert: NotifiedAlert?
                let firingAlert = NotifiedAlert(status: .firing, fingerprint: r.fingerprint, labels: r.labels, annotations: r.annotations, startsAt: since, endsAt: nil)
                let already = sent.contains { $0 >= episode && $0 <= asOf }
                if unheld {
                    var k = "\(r.fingerprint)|\(since)|firing\(suffix)"
                    if let every = rule.repeatIntervalDays { k += "|\(since.distance(to: asOf) / every)" }
                    if !book.notified.contains(k), (rule.repeatIntervalDays != nil && already) || (!already && activeNow) {
                        key = k
                        alert = firingAlert
                    }
                } else if r.status == .resolved, let resolved = r.resolvedOn, resolved <= asOf {
                    // A resolution is sent only to those who heard of the firing.
                    let k = "\(r.fingerprint)|\(since)|resolved\(suffix)"
                    let fired = sent.contains { $0 >= episode && $0 <= resolved }
                    if fired, !book.notified.contains(k) {
                        key = k
                        alert = NotifiedAlert(status: .resolved, fingerprint: r.fingerprint, labels: r.labels, annotations: r.annotations, startsAt: since, endsAt: resolved)
                    }
                }
                announced = announced || already || (unheld && activeNow)
                guard key != nil || (unheld && already) else { continue }
                let groupLabels = Dictionary(d.groupBy.map { ($0, r.labels[$0] ?? "") }, uniquingKeysWith: { a, _ in a })
                let labelKey = groupLabels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
                let groupKey = d.path.isEmpty ? labelKey : "\(d.path)|\(d.receiver)|\(labelKey)"
                var g = groups[groupKey] ?? Group(destination: d, labels: groupLabels)
                if let key, let alert {
                    g.changes.append((key, alert, since))
                } else {
                    g.current.append(firingAlert)
                    g.announcedBefore = true
                }
                groups[groupKey] = g
            }
            if unheld && announced { notifiable.append(r.fingerprint) }
        }
        var notifications: [AlertNotification] = []
        for (groupKey, g) in groups.sorted(by: { $0.key < $1.key }) where !g.changes.isEmpty {
            var alerts = g.changes.map(\.alert)
            if !g.destination.path.isEmpty {
                // group_interval: a group notifies again only that many days after its last notification.
                if let last = groupLast[groupKey], last.distance(to: asOf) < g.destination.groupIntervalDays { continue }
                // group_wait: a new group's first notification waits for others to join it.
                let firstFiring = g.changes.filter { $0.alert.status == .firing }.map(\.firingSince).min()
                if !g.announcedBefore, let first = firstFiring, first.distance(to: asOf) < g.destination.groupWaitDays { continue }
                // Alertmanager's notifications list the whole group: every alert firing, and those just resolved.
                alerts = (g.current + alerts).sorted { ($0.status.rawValue, $0.fingerprint) < ($1.status.rawValue, $1.fingerprint) }
                book.notified.insert("group|\(groupKey)|\(asOf)")
            }
            let keys = g.changes.map(\.key)
            book.notified.formUnion(keys)
            notifications.append(AlertNotification(key: "\(asOf)|\(groupKey)|\(fnv(keys.sorted().joined(separator: ";")))", day: asOf, groupKey: groupKey,
                                                   groupLabels: g.labels, status: alerts.contains { $0.status == .firing } ? .firing : .resolved,
                                                   alerts: alerts, receiver: g.destination.path.isEmpty ? nil : g.destination.receiver))
        }
        book.notified = book.notified.filter { key in
            let parts = key.split(separator: "|", omittingEmptySubsequences: false)
            guard let first = parts.first else { return false }
            if first == "group" { return parts.last.flatMap { Day(iso: String($0)) }.map { $0.distance(to: asOf) <= keptDays } ?? false }
            return book.alerts[String(first)] != nil
        }
        if book.lastEvaluated.map({ $0 < asOf }) ?? true { book.lastEvaluated = asOf }
        return AlertEvaluation(book: book, notifications: notifications, firing: firingRecords.map(\.fingerprint),
                               silenced: silenced, inhibited: inhibited, notes: notes, notifiable: notifiable)
    }

    /// The readings step 1 can keep: the active ones, and the inactive ones of a rule and place that
    /// has an alert or an active reading in this run. Any other inactive reading has no alert to go
    /// to, and none is made for it (an alert's labels hold its rule and place), so step 1 would skip
    /// it; left out here, it costs neither a fingerprint nor a place in the sort. On a national run
    /// that is nearly every reading: each commune judged on each day, a few of them active.
    static func relevant(_ observations: [AlertObservation], _ book: AlertBook) -> [AlertObservation] {
        struct Place: Hashable { var rule: String; var locality: String }
        var watched = Set(book.alerts.values.map { Place(rule: $0.labels["alertname"] ?? "", locality: $0.labels["locality"] ?? "") })
        for o in observations where o.reading == .active { watched.insert(Place(rule: o.rule, locality: o.locality)) }
        return observations.filter { $0.reading == .active || watched.contains(Place(rule: $0.rule, locality: $0.locality)) }
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

    /// Each annotation of the rule rendered in its own language (``AnnotationLanguage``): the plain
    /// ones with ``PlainAlertValues``, `summary_vi` with the Vietnamese style and explanation.
    static func annotations(_ rule: AlertRule, _ values: [String: AlertValue], explanations: [String: String],
                            styles: [String: any AlertValueStyle]) -> [String: String] {
        var out: [String: String] = [:]
        for (key, template) in rule.annotations {
            let language = AnnotationLanguage.split(key).language ?? AnnotationLanguage.plain
            let style = styles[language] ?? PlainAlertValues()
            var texts = values.mapValues(style.text)
            texts["explanation"] = explanations[language] ?? explanations[AnnotationLanguage.plain] ?? ""
            out[key] = template.render(texts)
        }
        return out
    }

    /// The placeholders' values, as data: counts, rates (a rate metric), days, kinds.
    static func templateValues(_ o: AlertObservation, rate: Bool) -> [String: AlertValue] {
        func shown(_ x: Double) -> AlertValue { rate ? .rate(x) : .count(x) }
        var v: [String: AlertValue] = ["alertname": .text(o.rule), "locality": .text(o.locality), "name": .text(o.name), "province": .text(o.province ?? ""),
                                       "level": .level(o.level), "sector": .sector(o.sector), "day": .day(o.day), "value": shown(o.value)]
        if let a = o.anomaly {
            v["kind"] = .kind(a.kind)
            v["severity"] = .severity(a.severity)
            v["score"] = .score(a.score.isFinite ? a.score : 999)
            v["observed"] = a.observed.map(shown) ?? .text("")
            v["expected"] = a.expected.map(shown) ?? .text("")
            if let obs = a.observed, let exp = a.expected, exp > 0 { v["drop_percent"] = .percent((1 - obs / exp) * 100) }
            v["since"] = .day(a.start)
            v["anomaly_id"] = .text(a.id)
            v["incidents"] = .count(Double(a.incidents.count))
        }
        if !o.rolledUp.isEmpty {
            // A province's roll-up: its small communes' anomalies, summed.
            let pairs = o.rolledUp.compactMap { c in c.observed.flatMap { obs in c.expected.map { (obs, $0) } } }
            let observed = pairs.map(\.0).reduce(0, +), expected = pairs.map(\.1).reduce(0, +)
            if !pairs.isEmpty {
                v["observed"] = shown(rate ? observed / Double(pairs.count) : observed)
                v["expected"] = shown(rate ? expected / Double(pairs.count) : expected)
                if expected > 0 { v["drop_percent"] = .percent((1 - observed / expected) * 100) }
            }
            if let start = o.rolledUp.compactMap(\.start).min() { v["since"] = .day(start) }
            v["communes"] = .communes(o.rolledUp, rate: rate)
            v["incidents"] = .count(0)
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
