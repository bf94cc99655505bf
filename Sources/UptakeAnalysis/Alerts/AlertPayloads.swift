import Foundation
import UptakeCore
import UptakeStoreAPI

/// The bodies each kind of receiver gets, rendered when the notification is queued so that what
/// waits in the outbox is exactly what will be sent.
public enum AlertPayloads {
    public static func outboxEntries(_ notifications: [AlertNotification], receivers: [AlertReceiver]) -> [OutboxEntry] {
        notifications.flatMap { n in
            receivers.map { r in
                OutboxEntry(id: "\(r.name)|\(n.key)", receiver: r.name, payload: payload(n, for: r), created: n.day)
            }
        }
    }

    static func payload(_ n: AlertNotification, for r: AlertReceiver) -> String {
        switch r.kind {
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

    /// A firing alert is pushed with an end two days after the evaluation day, so that it lapses if
    /// the runs stop. Known gap (issue 13): it is pushed once, not renewed by later runs, so an alert
    /// firing longer than two days shows as resolved in Alertmanager unless the rule sets
    /// `repeat_interval: 1d`; renewing every firing alert on each run is the fix.
    static func alertmanagerAlerts(_ n: AlertNotification) -> [PostableAlert] {
        n.alerts.map {
            PostableAlert(labels: $0.labels, annotations: $0.annotations, startsAt: rfc3339($0.startsAt),
                          endsAt: rfc3339($0.endsAt ?? n.day.advanced(by: 2)), generatorURL: "")
        }
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
