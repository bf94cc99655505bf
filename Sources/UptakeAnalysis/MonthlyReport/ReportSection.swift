import UptakeCore

/// Why a part of the report has nothing to show: data, not prose (UptakeReport words it).
public enum SectionGap: String, Sendable, Codable, Equatable {
    /// No applications in the period for the report's scope.
    case noData = "no_data"
    /// No applications in the baseline period.
    case noBaselineData = "no_baseline_data"
    /// No readiness rows on or before the period's end.
    case noReadiness = "no_readiness"
    /// Fewer than two units with data to set against each other.
    case tooFewUnits = "too_few_units"
    /// Looked for and none found (no anomalies, no green unit below the nation).
    case noneFound = "none_found"
    /// The computation failed for this part (the rest of the report stands).
    case failed
}

/// One part of the report: its content, or the reason it has none. JSON: `{"status": "present",
/// "content": …}` or `{"status": "missing", "gap": "no_data"}`.
public enum ReportSection<Content: Sendable & Codable & Equatable>: Sendable, Codable, Equatable {
    case present(Content)
    case missing(SectionGap)

    public var content: Content? {
        if case .present(let c) = self { return c }
        return nil
    }

    enum CodingKeys: String, CodingKey { case status, content, gap }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if try c.decode(String.self, forKey: .status) == "present" {
            self = .present(try c.decode(Content.self, forKey: .content))
        } else {
            self = .missing(try c.decode(SectionGap.self, forKey: .gap))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .present(let content):
            try c.encode("present", forKey: .status)
            try c.encode(content, forKey: .content)
        case .missing(let gap):
            try c.encode("missing", forKey: .status)
            try c.encode(gap, forKey: .gap)
        }
    }
}
