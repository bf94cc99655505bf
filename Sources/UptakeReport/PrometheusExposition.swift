import Foundation
import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI

/// The Prometheus text exposition format (version 0.0.4) of a ``LatestDaySnapshot``: gauges with
/// HELP and TYPE lines, label values escaped (backslash, double quote, newline).
public enum PrometheusExposition {
    public static func render(_ s: LatestDaySnapshot) -> String {
        var out = ""
        func family(_ name: String, _ help: String, _ samples: [Sample]) {
            out += "# HELP \(name) \(help)\n# TYPE \(name) gauge\n"
            for sample in samples {
                let labels = sample.labels.isEmpty ? "" : "{" + sample.labels.map { "\($0.0)=\"\(escape($0.1))\"" }.joined(separator: ",") + "}"
                out += "\(name)\(labels) \(number(sample.value))\n"
            }
        }
        family("uptake_latest_day_timestamp_seconds", "Midnight (Vietnam, UTC+7) of the latest day with data, as Unix time.",
               s.day.map { [Sample(labels: [], value: Self.unixTime($0))] } ?? [])
        let volumes: [(String, String, (CountSums) -> Int64)] = [
            ("uptake_received", "Applications received on the latest day, per province.", { $0.received }),
            ("uptake_received_online", "Applications submitted online on the latest day, per province.", { $0.receivedOnline }),
            ("uptake_resolved", "Applications resolved on the latest day, per province.", { $0.resolved }),
            ("uptake_resolved_online", "Applications whose result was returned online on the latest day, per province.", { $0.resolvedOnline }),
        ]
        for (name, help, value) in volumes {
            family(name, help, s.provinces.map { p in Sample(labels: province(p.locality), value: Double(value(p.sums))) })
        }
        family("uptake_rate", "Simple rates on the latest day, per province (ratios of sums; absent without a denominator).",
               s.provinces.flatMap { p in p.rates.map { r in Sample(labels: province(p.locality) + [("metric", r.metric.rawValue)], value: r.value) } })
        family("uptake_alert", "Alerts pending or firing (1), as Prometheus' ALERTS series.",
               s.alerts.map { a in
                   let labels = a.labels.filter { $0.key != "name" }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
                   return Sample(labels: labels + [("alertstate", a.status.rawValue)], value: 1)
               })
        var counts: [String: [AlertStatus: Int]] = [:]
        for a in s.alerts { counts[a.rule, default: [:]][a.status, default: 0] += 1 }
        var perRule: [Sample] = []
        for (rule, byState) in counts.sorted(by: { $0.key < $1.key }) {
            for state in [AlertStatus.pending, .firing] {
                perRule.append(Sample(labels: [("alertname", rule), ("alertstate", state.rawValue)], value: Double(byState[state] ?? 0)))
            }
        }
        family("uptake_alerts", "Alerts per rule and state.", perRule)
        family("uptake_alerts_last_evaluation_timestamp_seconds", "Midnight (Vietnam) of the last day the alert rules were evaluated.",
               s.lastEvaluated.map { [Sample(labels: [], value: Self.unixTime($0))] } ?? [])
        return out
    }

    struct Sample {
        var labels: [(String, String)]
        var value: Double
    }

    static func unixTime(_ day: Day) -> Double { Double(day.number * 86_400 - 7 * 3600) }

    static func province(_ l: Locality) -> [(String, String)] { [("province", l.code), ("name", l.name)] }

    static func escape(_ v: String) -> String {
        v.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
    }

    static func number(_ x: Double) -> String {
        if x.isNaN { return "NaN" }
        if x.isInfinite { return x > 0 ? "+Inf" : "-Inf" }
        return x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
    }
}
