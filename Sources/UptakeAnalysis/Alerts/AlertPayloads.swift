import Foundation
import UptakeCore
import UptakeStoreAPI

/// The bodies each kind of receiver gets, rendered when the notification is queued so that what
/// waits in the outbox is exactly what will be sent.
public enum AlertPayloads {
    /// Each notification for each of its receivers (the route's, or every receiver without a route),
    /// Alertmanager receivers included (``outbox(_:rules:asOf:previous:)`` is what a run queues).
    public static func outboxEntries(_ notifications: [AlertNotification], receivers: [AlertReceiver]) -> [OutboxEntry] {
        notifications.flatMap { n in
            receivers.filter { r in n.receiver.map { $0 == r.name } ?? true }.map { r in
                OutboxEntry(id: "\(r.name)|\(n.key)", receiver: r.name, payload: payload(n, for: r), created: n.day)
            }
        }
    }

    static func payload(_ n: AlertNotification, for r: AlertReceiver) -> String {
        var n = n
        for i in n.alerts.indices { n.alerts[i].annotations = AnnotationLanguage.resolved(n.alerts[i].annotations, for: r.language) }
        return switch r.kind {
        case .stdout, .file: json(n)
        case .webhook: json(webhook(n, receiver: r.name))
        case .alertmanager: json(alertmanagerAlerts(n))
        }
    }

    /// Alertmanager's webhook payload, version 4.
    public struct Webhook: Codable, Sendable, Equatable {
        public struct Alert: Codable, Sendable, Equatable {
            public var status: String
            public var labels: [String: String]
            public var annotations: [String: String]
            public var startsAt: String
            public var endsAt: String
            public var generatorURL: String
            public var fingerprint: String
        }
        public var version = "4"
        public var groupKey: String
        public var truncatedAlerts = 0
        public var status: String
        public var receiver: String
        public var groupLabels: [String: String]
        public var commonLabels: [String: String]
        public var commonAnnotations: [String: String]
        public var externalURL = ""
        public var alerts: [Alert]
    }

    static func webhook(_ n: AlertNotification, receiver: String) -> Webhook {
        let alerts = n.alerts.map {
            Webhook.Alert(status: $0.status == .firing ? "firing" : "resolved", labels: $0.labels, annotations: $0.annotations,
                          startsAt: rfc3339($0.startsAt), endsAt: $0.endsAt.map(rfc3339) ?? "0001-01-01T00:00:00Z",
                          generatorURL: "", fingerprint: $0.fingerprint)
        }
        return Webhook(groupKey: "{}:{\(n.groupKey)}", status: n.status == .firing ? "firing" : "resolved", receiver: receiver,
                       groupLabels: n.groupLabels, commonLabels: common(n.alerts.map(\.labels)), commonAnnotations: common(n.alerts.map(\.annotations)),
                       alerts: alerts)
    }

    /// One alert of Alertmanager's `POST /api/v2/alerts`.
    public struct PostableAlert: Codable, Sendable, Equatable {
        public var labels: [String: String]
        public var annotations: [String: String]
        public var startsAt: String
        public var endsAt: String
        public var generatorURL: String
    }

    /// Alertmanager resolves an alert by itself once its `endsAt` passes, so the alerts of a
    /// notification are pushed with an end ``AlertRuleFile/defaultAlertmanagerLapseDays`` days after the
    /// evaluation day, and every later run pushes them again (``outbox(_:rules:asOf:previous:)``).
    static func alertmanagerAlerts(_ n: AlertNotification, lapseDays: Int = AlertRuleFile.defaultAlertmanagerLapseDays) -> [PostableAlert] {
        n.alerts.map {
            PostableAlert(labels: $0.labels, annotations: $0.annotations, startsAt: rfc3339($0.startsAt),
                          endsAt: rfc3339($0.endsAt ?? n.day.advanced(by: lapseDays)), generatorURL: "")
        }
    }

    /// What one run queues: each notification for its receivers (the route's, or every receiver
    /// without a route), except Alertmanager receivers, which get one push per run instead: every
    /// alert routed to them that receivers may hear of (``AlertEvaluation/notifiable``), with its end
    /// moved to `asOf` + the file's `alertmanager_ends_after`, and the alerts resolved since the
    /// previous evaluated day, with their end at the day they resolved. Alertmanager deduplicates by
    /// labels and groups by its own route: a push of an alert it has notifies nobody again; it keeps
    /// the alert from lapsing while Uptake has it firing (Prometheus re-sends every evaluation the same way).
    public static func outbox(_ evaluation: AlertEvaluation, rules: AlertRuleFile, asOf: Day, previous: Day?) -> [OutboxEntry] {
        let others = rules.receivers.filter { $0.kind != .alertmanager }
        var entries = evaluation.notifications.flatMap { n in
            others.filter { r in n.receiver.map { $0 == r.name } ?? true }.map { r in
                OutboxEntry(id: "\(r.name)|\(n.key)", receiver: r.name, payload: payload(n, for: r), created: n.day)
            }
        }
        for r in rules.receivers where r.kind == .alertmanager {
            func routed(_ labels: [String: String]) -> Bool { rules.route.map { $0.destinations(labels).contains { $0.receiver == r.name } } ?? true }
            var alerts: [PostableAlert] = []
            for fp in evaluation.notifiable {
                guard let a = evaluation.book.alerts[fp], a.status == .firing, let since = a.firingSince, routed(a.labels) else { continue }
                alerts.append(PostableAlert(labels: a.labels, annotations: AnnotationLanguage.resolved(a.annotations, for: r.language), startsAt: rfc3339(since),
                                            endsAt: rfc3339(asOf.advanced(by: rules.alertmanagerLapseDays)), generatorURL: ""))
            }
            let notifiedFiring = Set(evaluation.book.notified.compactMap { key -> String? in
                let parts = key.split(separator: "|")
                return parts.count >= 3 && parts[2] == "firing" ? "\(parts[0])|\(parts[1])" : nil
            })
            for a in evaluation.book.alerts.values.sorted(by: { $0.fingerprint < $1.fingerprint }) {
                guard a.status == .resolved, let resolved = a.resolvedOn, let since = a.firingSince, resolved <= asOf,
                      previous.map({ resolved > $0 }) ?? (resolved.distance(to: asOf) < rules.revisionWindowDays),
                      notifiedFiring.contains("\(a.fingerprint)|\(since)"), routed(a.labels) else { continue }
                alerts.append(PostableAlert(labels: a.labels, annotations: AnnotationLanguage.resolved(a.annotations, for: r.language), startsAt: rfc3339(since),
                                            endsAt: rfc3339(resolved), generatorURL: ""))
            }
            guard !alerts.isEmpty else { continue }
            entries.append(OutboxEntry(id: "\(r.name)|push|\(asOf)", receiver: r.name, payload: json(alerts), created: asOf))
        }
        return entries
    }

    static func common(_ maps: [[String: String]]) -> [String: String] {
        guard var first = maps.first else { return [:] }
        for m in maps.dropFirst() { first = first.filter { m[$0.key] == $0.value } }
        return first
    }

    /// Midnight of the day in Vietnam (UTC+7).
    public static func rfc3339(_ day: Day) -> String { "\(day)T00:00:00+07:00" }

    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
