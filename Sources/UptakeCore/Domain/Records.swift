/// The counts of one (date, locality, sector) row of the applications input.
/// Optional fields are `nil` when the input left them out.
public struct ApplicationCounts: Hashable, Sendable {
    public var received: Int64
    public var receivedOnline: Int64
    public var resolved: Int64?
    public var resolvedOnline: Int64?
    public var synced: Int64?
    public var onTime: Int64?

    public init(received: Int64, receivedOnline: Int64, resolved: Int64? = nil, resolvedOnline: Int64? = nil,
                synced: Int64? = nil, onTime: Int64? = nil) {
        self.received = received
        self.receivedOnline = receivedOnline
        self.resolved = resolved
        self.resolvedOnline = resolvedOnline
        self.synced = synced
        self.onTime = onTime
    }
}

/// One row of the applications input: the key (date, locality, sector) and its counts.
public struct ApplicationRecord: Hashable, Sendable {
    public var day: Day
    public var locality: String
    public var sector: Sector
    public var counts: ApplicationCounts

    public init(day: Day, locality: String, sector: Sector, counts: ApplicationCounts) {
        self.day = day
        self.locality = locality
        self.sector = sector
        self.counts = counts
    }
}

/// A point in time that may be a bare date (the whole day) or an ISO 8601 datetime.
public struct Instant: Hashable, Sendable, Codable, CustomStringConvertible {
    public let day: Day
    /// The text as given, kept so that datetimes survive a round trip.
    public let text: String
    public init(day: Day, text: String) { self.day = day; self.text = text }
    public var description: String { text }
}

public enum IncidentSystem: String, Codable, Sendable, CaseIterable {
    case oneStop = "one_stop"
    case publicServicePortal = "public_service_portal"
    case civilStatus = "civil_status"
    case digitalSignature = "digital_signature"
    case network
    case other
}

public enum IncidentKind: String, Codable, Sendable, CaseIterable {
    case outage, error, degraded, maintenance
}

/// Evidence of technical trouble: one row of the incidents input.
public struct IncidentRecord: Hashable, Sendable {
    public var start: Instant
    public var end: Instant?
    /// `nil`: nationwide; a province code covers its communes.
    public var locality: String?
    public var system: IncidentSystem
    public var kind: IncidentKind
    public var errors: Int64?
    public var note: String?

    public init(start: Instant, end: Instant?, locality: String?, system: IncidentSystem, kind: IncidentKind,
                errors: Int64? = nil, note: String? = nil) {
        self.start = start
        self.end = end
        self.locality = locality
        self.system = system
        self.kind = kind
        self.errors = errors
        self.note = note
    }
}

public enum ReadinessCriterion: String, Codable, Sendable, CaseIterable {
    case civilStatusLinked = "civil_status_linked"
    case digitalSignature = "digital_signature"
    case digitalCertificate = "digital_certificate"
    case onlineMeetings = "online_meetings"
    case digitalDevices = "digital_devices"
    case supportStaff = "support_staff"
    case standardProcedures = "standard_procedures"
    case guidance
    /// A one-stop reception facility (bộ phận một cửa) equipped to receive applications.
    case oneStopFacility = "one_stop_facility"
    case reportedStatus = "reported_status"

    /// Every criterion that is a yes/no flag (all but `reported_status`), in declaration order.
    public static var flags: [ReadinessCriterion] { allCases.filter { $0 != .reportedStatus } }

    /// The criteria a commune must all meet for "the basic requirements" by default: the four the KH02
    /// report names as exceeding 90% (online meetings, digital devices, digital signature and
    /// certificate) and the support staff and one-stop facility that carry the rest of the shortfall
    /// (1,981 of 3,321 communes meet all six; see `datasets/kh02-2025/README.md`).
    public static let basicRequirements: [ReadinessCriterion] = [.onlineMeetings, .digitalDevices, .digitalSignature, .digitalCertificate,
                                                                 .supportStaff, .oneStopFacility]
}

/// The colour a locality is shown with on the monitoring map.
public enum StatusColour: String, Codable, Sendable, CaseIterable {
    case green, yellow, red
}

public enum ReadinessValue: Hashable, Sendable {
    case flag(Bool)
    case colour(StatusColour)

    /// Reads the stored text back: `true`/`false` or a colour; `nil` for anything else.
    public init?(text: String) {
        switch text {
        case "true": self = .flag(true)
        case "false": self = .flag(false)
        default:
            guard let colour = StatusColour(rawValue: text) else { return nil }
            self = .colour(colour)
        }
    }

    /// The stored text: `true`/`false` or the colour.
    public var text: String {
        switch self {
        case .flag(let b): b ? "true" : "false"
        case .colour(let c): c.rawValue
        }
    }
}

/// The state of one criterion at one locality, as of a date (it holds until a later row).
public struct ReadinessRecord: Hashable, Sendable {
    public var day: Day
    public var locality: String
    public var criterion: ReadinessCriterion
    public var value: ReadinessValue

    public init(day: Day, locality: String, criterion: ReadinessCriterion, value: ReadinessValue) {
        self.day = day
        self.locality = locality
        self.criterion = criterion
        self.value = value
    }
}
