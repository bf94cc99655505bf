import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import UptakeAnalysis
import UptakeCore
import UptakeDelivery
import UptakeStoreAPI
import UptakeTestSupport

/// A real Alertmanager (Debian's prometheus-alertmanager, installed by `make deps`) on loopback:
/// Uptake pushes two alerts of one province to `/api/v2/alerts`; Alertmanager groups them by
/// province and posts one webhook to a listener of the test.
@Suite(.serialized) struct AlertmanagerIntegrationTests {
    static let binary = ["/usr/bin/prometheus-alertmanager", "/usr/bin/alertmanager", "/usr/local/bin/alertmanager"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: binary != nil, "prometheus-alertmanager is not installed (make deps installs it): the Alertmanager integration test is skipped"))
    func alertmanagerGroupsPushedAlertsIntoOneWebhook() async throws {
        let binary = try #require(Self.binary)
        let hook = try LoopbackHTTPServer()
        defer { hook.stop() }
        let dir = TemporaryDirectory()
        let config = dir.write("alertmanager.yml", """
            route:
              receiver: uptake
              group_by: [province]
              group_wait: 1s
              group_interval: 1s
              repeat_interval: 1h
            receivers:
              - name: uptake
                webhook_configs:
                  - url: \(hook.url)/hook
                    send_resolved: true
            """)
        let port = try LoopbackHTTPServer.freePort()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--config.file=\(config)", "--storage.path=\(dir.file("data"))", "--web.listen-address=127.0.0.1:\(port)",
                             "--cluster.listen-address=", "--log.level=warn"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle(forWritingAtPath: dir.write("alertmanager.log", ""))
        try process.run()
        defer { process.terminate(); process.waitUntilExit() }
        let base = "http://127.0.0.1:\(port)"
        #expect(await Self.waitReady(base), "Alertmanager did not answer /-/ready within 20 s")

        // Two communes of province 79 fire today (Alertmanager ignores alerts that ended in the past).
        let today = Day(number: Int((Date().timeIntervalSince1970 + 7 * 3600) / 86_400))
        let rules = AlertRuleFile(rules: [AlertRule(name: "CommuneOfficeDown", watch: AlertWatch(level: .commune), condition: AlertCondition(dropShare: 0.6),
                                                    labels: ["severity": "page"], annotations: ["summary": try AlertTemplate("{{ name }} is down")],
                                                    groupBy: ["locality"])],
                                  receivers: [AlertReceiver(name: "am", kind: .alertmanager, target: base)])
        let observations = ["26734", "26737"].map {
            AlertObservation(rule: "CommuneOfficeDown", locality: $0, name: "Xã \($0)", level: .commune, province: "79", day: today, reading: .active, value: 2)
        }
        let state = InMemoryAlertStateStore()
        let e = AlertEvaluator.evaluate(rules: rules, observations: observations, book: state.alertBook(), asOf: today)
        #expect(e.notifications.count == 2, "Uptake's own grouping is by locality here: two pushes")
        state.commit(e.book, outbox: AlertPayloads.outboxEntries(e.notifications, receivers: rules.receivers))
        let delivery = try await AlertDelivery(state: state, firstPause: .milliseconds(200)).deliver(receivers: rules.receivers)
        #expect(delivery.delivered == 2 && delivery.waiting == 0, "\(delivery.errors)")

        // Alertmanager flushes a new group at once when its first alert started more than group_wait
        // ago (ours started at midnight), then every group_interval: the group's webhooks soon carry both.
        var payload: AlertPayloads.Webhook?
        for n in 1...20 {
            let received = await hook.waitFor(n, seconds: 20)
            guard received.count >= n else { break }
            let p = try JSONDecoder().decode(AlertPayloads.Webhook.self, from: Data(received[n - 1].body.utf8))
            #expect(received[n - 1].path == "/hook")
            #expect(p.groupLabels == ["province": "79"], "Alertmanager groups by province, whatever Uptake's own grouping")
            if p.alerts.count == 2 { payload = p; break }
        }
        let grouped = try #require(payload, "no webhook carried both alerts within 20 s")
        #expect(grouped.version == "4" && grouped.status == "firing" && grouped.receiver == "uptake")
        #expect(Set(grouped.alerts.map { $0.labels["locality"] ?? "" }) == ["26734", "26737"], "both alerts in one grouped webhook")
        #expect(grouped.commonLabels["alertname"] == "CommuneOfficeDown" && grouped.commonLabels["severity"] == "page")
        #expect(grouped.alerts.allSatisfy { $0.annotations["summary"]?.hasSuffix("is down") == true })

        // The next morning both still fire: no new notification, but the run's push moves their end in
        // Alertmanager to tomorrow + 4 days (alertmanager_ends_after), so they do not lapse while Uptake
        // has them firing, not even over a weekend without runs. Each run pushes again (issue 24).
        let tomorrow = today.advanced(by: 1)
        let next = AlertEvaluator.evaluate(rules: rules, observations: observations.map { var o = $0; o.day = tomorrow; return o },
                                           book: state.alertBook(), asOf: tomorrow)
        #expect(next.notifications.isEmpty && next.firing.count == 2)
        let pushes = AlertPayloads.outbox(next, rules: rules, asOf: tomorrow, previous: e.book.lastEvaluated)
        #expect(pushes.count == 1)
        state.commit(next.book, outbox: pushes)
        let renewed = try await AlertDelivery(state: state, firstPause: .milliseconds(200)).deliver(receivers: rules.receivers)
        #expect(renewed.delivered == 1, "\(renewed.errors)")
        let held = try await Self.activeAlerts(base)
        let expectedEnd = try #require(ISO8601DateFormatter().date(from: AlertPayloads.rfc3339(tomorrow.advanced(by: 4))))
        #expect(held.count == 2 && held.allSatisfy { $0.status == "active" }, "\(held)")
        #expect(held.allSatisfy { abs($0.endsAt.timeIntervalSince(expectedEnd)) < 1 }, "ends renewed to \(expectedEnd): \(held)")

        // A run two days later (a day's run skipped): pushed again, the end moved again.
        let later = tomorrow.advanced(by: 2)
        let third = AlertEvaluator.evaluate(rules: rules, observations: observations.map { var o = $0; o.day = later; return o },
                                            book: state.alertBook(), asOf: later)
        state.commit(third.book, outbox: AlertPayloads.outbox(third, rules: rules, asOf: later, previous: tomorrow))
        #expect(try await AlertDelivery(state: state, firstPause: .milliseconds(200)).deliver(receivers: rules.receivers).delivered == 1)
        let laterEnd = try #require(ISO8601DateFormatter().date(from: AlertPayloads.rfc3339(later.advanced(by: 4))))
        let again = try await Self.activeAlerts(base)
        #expect(again.count == 2 && again.allSatisfy { $0.status == "active" && abs($0.endsAt.timeIntervalSince(laterEnd)) < 1 }, "\(again)")
    }

    /// Alertmanager's own view: `GET /api/v2/alerts`, each alert's state and end.
    static func activeAlerts(_ base: String) async throws -> [(status: String, endsAt: Date)] {
        let url = try #require(URL(string: base + "/api/v2/alerts"))
        let data: Data = try await withCheckedThrowingContinuation { c in
            URLSession.shared.dataTask(with: url) { data, _, error in
                if let data { c.resume(returning: data) } else { c.resume(throwing: error ?? URLError(.badServerResponse)) }
            }.resume()
        }
        struct Alert: Decodable { struct Status: Decodable { var state: String }; var status: Status; var endsAt: String }
        let parser = ISO8601DateFormatter()
        parser.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return try JSONDecoder().decode([Alert].self, from: data).map { a in
            (a.status.state, parser.date(from: a.endsAt) ?? ISO8601DateFormatter().date(from: a.endsAt) ?? .distantPast)
        }
    }

    static func waitReady(_ base: String) async -> Bool {
        guard let url = URL(string: base + "/-/ready") else { return false }
        for _ in 0..<100 {
            let ok: Bool = await withCheckedContinuation { c in
                URLSession.shared.dataTask(with: url) { _, response, _ in c.resume(returning: (response as? HTTPURLResponse)?.statusCode == 200) }.resume()
            }
            if ok { return true }
            try? await Task.sleep(for: .milliseconds(200))
        }
        return false
    }
}
