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
    static func p(_ p: Double) -> String { p < 0.0001 ? "p < 0.0001" : String(format: "p = %.4f", p) }
    static func range(_ r: DayRange) -> String { r.first == r.last ? "\(r.first)" : "\(r.first)..\(r.last)" }

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
}
