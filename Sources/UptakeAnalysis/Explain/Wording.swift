import Foundation
import UptakeCore

/// Names and days in the analysis's error messages (the results carry numbers and facts; their
/// words are UptakeReport's `EvidenceWording`).
enum Say {
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
