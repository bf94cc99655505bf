import Foundation
import Testing
import UptakeAnalysis
import UptakeCore
import UptakeReport
import UptakeStoreAPI

/// The textfile for node_exporter: every line obeys the exposition format's grammar (promtool is
/// not available here, so the grammar is checked line by line), values and escapes are right.
@Suite struct PrometheusExpositionTests {
    /// Checks text format 0.0.4: `# HELP name text`, `# TYPE name type`, or `name{l="v",...} value`;
    /// a TYPE line before its samples, each family once. Returns the samples as (name, labels, value).
    static func parse(_ text: String) throws -> [(String, [String: String], Double)] {
        struct Bad: Error, CustomStringConvertible { var description: String }
        let name = "[a-zA-Z_:][a-zA-Z0-9_:]*"
        var typed = Set<String>(), samples: [(String, [String: String], Double)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            let l = String(line)
            if l.hasPrefix("# HELP ") {
                guard l.wholeMatch(of: try Regex("# HELP \(name) .*")) != nil else { throw Bad(description: "bad HELP: \(l)") }
            } else if l.hasPrefix("# TYPE ") {
                guard let m = l.wholeMatch(of: try Regex("# TYPE (\(name)) (counter|gauge|histogram|summary|untyped)")),
                      let n = m.output[1].substring else { throw Bad(description: "bad TYPE: \(l)") }
                guard typed.insert(String(n)).inserted else { throw Bad(description: "family typed twice: \(n)") }
            } else {
                let labelValue = #""(?:[^"\\\n]|\\\\|\\"|\\n)*""#
                let pattern = "(\(name))(?:\\{((?:[a-zA-Z_][a-zA-Z0-9_]*=\(labelValue))(?:,[a-zA-Z_][a-zA-Z0-9_]*=\(labelValue))*)?\\})? ([-+]?(?:[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|Inf|NaN))"
                guard let m = l.wholeMatch(of: try Regex(pattern)), let n = m.output[1].substring, let v = m.output[3].substring else {
                    throw Bad(description: "bad sample: \(l)")
                }
                guard typed.contains(String(n)) else { throw Bad(description: "sample before its TYPE: \(l)") }
                var labels: [String: String] = [:]
                if let body = m.output[2].substring {
                    for pair in body.matches(of: try Regex("([a-zA-Z_][a-zA-Z0-9_]*)=(\(labelValue))")) {
                        guard let k = pair.output[1].substring, let raw = pair.output[2].substring else { continue }
                        labels[String(k)] = String(raw.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
                    }
                }
                samples.append((String(n), labels, Double(v) ?? .nan))
            }
        }
        return samples
    }

    static let day = Day(iso: "2025-07-15")!

    static var snapshot: LatestDaySnapshot {
        var sums = CountSums()
        (sums.rows, sums.received, sums.receivedOnline, sums.resolved, sums.resolvedOnline, sums.resolvedWithOnline) = (10, 400, 100, 300, 30, 300)
        let alert = AlertRecord(fingerprint: "f1", rule: "ProvinceOutage", labels: ["alertname": "ProvinceOutage", "locality": "79", "province": "79",
                                                                                  "name": "Hồ Chí Minh", "note": "say \"hi\"\nthere"], status: .firing)
        return LatestDaySnapshot(day: day, provinces: [.init(locality: Locality(code: "79", parentCode: nil, level: .province, name: "Hồ Chí Minh"), sums: sums,
                                                              rates: [(.onlineSubmission, 0.25), (.onlineResult, 0.1)])],
                                 alerts: [alert], lastEvaluated: day)
    }

    @Test func everyLineFollowsTheExpositionGrammar() throws {
        let text = PrometheusExposition.render(Self.snapshot)
        let samples = try Self.parse(text)
        func value(_ n: String, _ l: [String: String]) -> Double? { samples.first { s in s.0 == n && l.allSatisfy { s.1[$0.key] == $0.value } }?.2 }
        #expect(value("uptake_received", ["province": "79", "name": "Hồ Chí Minh"]) == 400)
        #expect(value("uptake_resolved_online", ["province": "79"]) == 30)
        #expect(value("uptake_rate", ["province": "79", "metric": "online-submission"]) == 0.25)
        #expect(value("uptake_alert", ["alertname": "ProvinceOutage", "alertstate": "firing", "note": "say \"hi\"\\nthere"]) == 1)
        #expect(value("uptake_alerts", ["alertname": "ProvinceOutage", "alertstate": "pending"]) == 0)
        // 2025-07-15 00:00 in Vietnam is 2025-07-14 17:00 UTC.
        #expect(value("uptake_latest_day_timestamp_seconds", [:]) == 1_752_512_400)
        #expect(text.contains(#"note="say \"hi\"\nthere""#), "quotes and newlines escaped")
    }

    @Test func theGrammarCheckRejectsBrokenLines() {
        for bad in ["uptake_x 1\n", "# TYPE uptake_x gauge\nuptake_x{a=\"b} 1\n", "# TYPE uptake_x gauge\nuptake_x{a=\"b\"} one\n",
                    "# TYPE uptake_x gauge\n# TYPE uptake_x gauge\n", "# TYPE 1x gauge\n"] {
            #expect(throws: (any Error).self, "\(bad)") { try Self.parse(bad) }
        }
    }
}
