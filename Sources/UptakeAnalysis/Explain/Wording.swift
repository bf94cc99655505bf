import Foundation
import UptakeCore

/// Numbers as an official would paste them: 32.7%, 0.74 points, 1,094 applications.
enum Say {
    static func percent(_ p: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f%%", p * 100) }
    static func points(_ d: Double) -> String { String(format: "%.2f points", abs(d) * 100) }
    static func signedPoints(_ d: Double) -> String { String(format: "%@%.2f points", d < 0 ? "−" : "+", abs(d) * 100) }
    static func count(_ x: Double) -> String {
        let i = Int64(x.rounded())
        let digits = String(i.magnitude)
        var out = ""
        for (n, c) in digits.enumerated() {
            if n > 0, (digits.count - n) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (i < 0 ? "−" : "") + out
    }
    static func decimal(_ x: Double, _ digits: Int = 1) -> String {
        let text = String(format: "%.\(digits)f", abs(x))
        let parts = text.split(separator: ".", maxSplits: 1)
        return (x < 0 ? "−" : "") + count(Double(parts[0]) ?? 0) + (parts.count > 1 ? "." + parts[1] : "")
    }
    static func p(_ p: Double) -> String { p < 0.0001 ? "p < 0.0001" : String(format: "p = %.4f", p) }
    static func range(_ r: DayRange) -> String { r.first == r.last ? "\(r.first)" : "\(r.first)..\(r.last)" }
    static func plural(_ n: Int, _ word: String) -> String { "\(count(Double(n))) \(word)\(n == 1 ? "" : "s")" }

    /// "61% lower (95% CI 55–66%)" for a ratio 0.39 with interval 0.34–0.45; an interval that
    /// crosses 1 is said in full: "7% lower (95% CI 38% lower to 12% higher)".
    static func ratioChange(_ r: Double, _ low: Double, _ high: Double) -> String {
        func side(_ x: Double) -> String {
            guard x.isFinite else { return "unbounded" }
            return x < 1 ? String(format: "%.0f%% lower", (1 - x) * 100) : String(format: "%.0f%% higher", (x - 1) * 100)
        }
        if low < 1, high > 1 { return "\(side(r)) (95% CI \(side(low)) to \(side(high)))" }
        if r < 1 {
            return String(format: "%.0f%% lower (95%% CI %.0f–%.0f%%)", (1 - r) * 100, (1 - high) * 100, (1 - low) * 100)
        }
        let hiText = high.isFinite ? String(format: "%.0f%%", (high - 1) * 100) : "∞"
        return String(format: "%.0f%% higher (95%% CI %.0f%%–%@)", (r - 1) * 100, (low - 1) * 100, hiText)
    }

    static func metricNoun(_ m: Metric) -> String {
        switch m {
        case .received: "applications received"
        case .receivedOnline: "online submissions"
        case .resolved: "applications resolved"
        case .resolvedOnline: "results returned online"
        case .onlineSubmission: "the online-submission rate"
        case .onlineResult: "the online-result rate"
        case .sync: "the sync rate"
        case .onTime: "the on-time rate"
        case .onlineSubmission766: "the 766 indicator"
        }
    }

    static func system(_ s: IncidentSystem) -> String {
        switch s {
        case .oneStop: "one-stop"
        case .publicServicePortal: "public-service-portal"
        case .civilStatus: "civil-status"
        case .digitalSignature: "digital-signature"
        case .network: "network"
        case .other: "software"
        }
    }
}
