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

    /// Alertmanager resolves an alert by itself once its `endsAt` passes, so a firing alert is pushed
    /// with an end two days after the evaluation day (it lapses if the daily runs stop) and renewed by
    /// every later run: see ``renewals(_:previous:asOf:receivers:)``.
    static func alertmanagerAlerts(_ n: AlertNotification) -> [PostableAlert] {
        n.alerts.map {
            PostableAlert(labels: $0.labels, annotations: $0.annotations, startsAt: rfc3339($0.startsAt),
                          endsAt: rfc3339($0.endsAt ?? n.day.advanced(by: 2)), generatorURL: "")
        }
    }

    /// One entry per Alertmanager receiver re-pushing every alert still firing (not silenced, not
    /// inhibited, not already in this run's notifications) with its end moved to `asOf` + 2 days.
    /// Alertmanager deduplicates alerts by their labels, so a renewal notifies nobody; it only keeps
    /// the alert from lapsing while Uptake still has it firing. Made once per evaluation day: a run
    /// of a day not after `previous` (the day evaluated before this run) renews nothing.
    public static func renewals(_ evaluation: AlertEvaluation, previous: Day?, asOf: Day, receivers: [AlertReceiver]) -> [OutboxEntry] {
        guard previous.map({ $0 < asOf }) ?? true else { return [] }
        let notified = Set(evaluation.notifications.flatMap { $0.alerts.map(\.fingerprint) })
        let held = evaluation.silenced.union(evaluation.inhibited).union(notified)
        let alerts = evaluation.firing.filter { !held.contains($0) }.compactMap { evaluation.book.alerts[$0] }.compactMap { r -> PostableAlert? in
            guard r.status == .firing, let since = r.firingSince else { return nil }
            return PostableAlert(labels: r.labels, annotations: r.annotations, startsAt: rfc3339(since),
                                 endsAt: rfc3339(asOf.advanced(by: 2)), generatorURL: "")
        }
        guard !alerts.isEmpty else { return [] }
        return receivers.filter { $0.kind == .alertmanager }.map {
            OutboxEntry(id: "\($0.name)|renew|\(asOf)", receiver: $0.name, payload: json(alerts), created: asOf)
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
