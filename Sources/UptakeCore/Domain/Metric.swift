/// What an analyst asks for: a volume (a sum) or an indicator (a ratio of sums).
public enum Metric: String, Codable, Sendable, CaseIterable {
    case received
    case receivedOnline = "received-online"
    case resolved
    case resolvedOnline = "resolved-online"
    case onlineSubmission = "online-submission"
    case onlineResult = "online-result"
    case sync
    case onTime = "on-time"
    /// Decision 766/QĐ-TTg, indicator 3.3: the online-submission rate times the sync rate.
    case onlineSubmission766 = "online-submission-766"

    public var isRate: Bool {
        switch self {
        case .received, .receivedOnline, .resolved, .resolvedOnline: false
        default: true
        }
    }

    public var summary: String {
        switch self {
        case .received: "applications received"
        case .receivedOnline: "applications submitted online"
        case .resolved: "applications resolved"
        case .resolvedOnline: "applications whose result was returned online"
        case .onlineSubmission: "online-submission rate: received_online / received"
        case .onlineResult: "online-result rate: resolved_online / resolved"
        case .sync: "sync rate: synced / received"
        case .onTime: "on-time rate: on_time / resolved"
        case .onlineSubmission766: "Decision 766/QĐ-TTg indicator 3.3: online-submission rate × sync rate"
        }
    }

    /// The numerator and denominator of a simple ratio, or of a volume (denominator `nil`).
    /// `online-submission-766` is a product of two ratios and has no single fraction: `nil`.
    public func fraction(_ s: CountSums) -> (numerator: Int64, denominator: Int64?)? {
        switch self {
        case .received: (s.received, nil)
        case .receivedOnline: (s.receivedOnline, nil)
        case .resolved: (s.resolved, nil)
        case .resolvedOnline: (s.resolvedOnline, nil)
        case .onlineSubmission: (s.receivedOnline, s.received)
        case .onlineResult: (s.resolvedOnline, s.resolvedWithOnline)
        case .sync: (s.synced, s.receivedWithSync)
        case .onTime: (s.onTime, s.resolvedWithOnTime)
        case .onlineSubmission766: nil
        }
    }

    /// The value of the metric over `s`: a count for volumes, a proportion in [0, 1] for rates;
    /// `nil` when a rate's denominator is zero (no data, which is not 0%).
    public func value(_ s: CountSums) -> Double? {
        if self == .onlineSubmission766 {
            guard let a = Metric.onlineSubmission.value(s), let b = Metric.sync.value(s) else { return nil }
            return a * b
        }
        guard let f = fraction(s) else { return nil }
        guard let d = f.denominator else { return Double(f.numerator) }
        return d > 0 ? Double(f.numerator) / Double(d) : nil
    }
}
