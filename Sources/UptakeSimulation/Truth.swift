import UptakeCore

/// What a planted event looks like in the data, in the anomaly vocabulary of the contract.
public enum PlantedKind: String, Codable, Sendable, CaseIterable {
    case drop
    case levelShift = "level_shift"
    case rateDrop = "rate_drop"
    case lowOutlier = "low_outlier"
}

/// Why a planted event happened, in the root-cause vocabulary of the contract.
public enum PlantedCause: String, Codable, Sendable, CaseIterable {
    case oneStopErrors = "one_stop_errors"
    case softwareInstability = "software_instability"
    case civilStatusUnlinked = "civil_status_unlinked"
    case missingDigitalSignature = "missing_digital_signature"
    case supportStaffShortage = "support_staff_shortage"
}

/// One planted event: a row of `truth.json`.
///
/// ```json
/// {"id":"outage-01","kind":"drop","cause":"one_stop_errors","locality":"01273","sector":null,
///  "metric":"received","start":"2025-03-11","end":"2025-03-12","description":"…"}
/// ```
public struct TruthEvent: Codable, Sendable, Hashable {
    public var id: String
    public var kind: PlantedKind
    public var cause: PlantedCause
    /// A commune or province code.
    public var locality: String
    /// The one sector affected, or `nil` for all.
    public var sector: Sector?
    /// The metric the event moves most (an extension of the contract's fields).
    public var metric: Metric
    public var start: Day
    public var end: Day
    public var description: String

    public init(id: String, kind: PlantedKind, cause: PlantedCause, locality: String, sector: Sector?, metric: Metric,
                start: Day, end: Day, description: String) {
        (self.id, self.kind, self.cause, self.locality, self.sector) = (id, kind, cause, locality, sector)
        (self.metric, self.start, self.end, self.description) = (metric, start, end, description)
    }

    enum CodingKeys: String, CodingKey { case id, kind, cause, locality, sector, metric, start, end, description }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(cause, forKey: .cause)
        try c.encode(locality, forKey: .locality)
        try c.encode(sector, forKey: .sector)  // explicit null for "all sectors"
        try c.encode(metric, forKey: .metric)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(description, forKey: .description)
    }
}
