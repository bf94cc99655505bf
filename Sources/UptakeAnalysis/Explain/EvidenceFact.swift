import UptakeCore

/// One piece of evidence, as data: what was measured, never a sentence. Each case carries the
/// numbers that support (or weaken) a cause, and in JSON it is one object with a `kind` beside its
/// fields (`{"kind": "incident_days", "incident_days": 10, …}`). Sentences are made where results
/// are rendered (UptakeReport's `EvidenceWording`), one place per language.
///
/// The kinds, documented in docs/data-contract.md ("Evidence facts"):
/// `fall`, `incidents`, `maintenance`, `incident_coverage`, `incident_days`, `peer_difference`,
/// `outage_fingerprint`, `readiness_lost`, `readiness_standing_gap`, `readiness_unmet`,
/// `peers_meeting_criterion`, `national_regression`, `lacking_communes_cost`,
/// `civil_status_results`, `results_not_signed`, `days_off`, `no_days_off`, `no_incidents`,
/// `incidents_checked`, `readiness_checked`, `communes_readiness_checked`, `no_readiness`,
/// `uniform_fall`, `unexplained`.
public enum EvidenceFact: Sendable, Equatable, Codable {
    /// The one test of "did it fall" for the window (change) or against the nation (gap).
    case fall(FallFact)
    case incidents(IncidentsRecorded)
    case maintenance(MaintenanceWindows)
    case incidentCoverage(IncidentCoverage)
    /// The metric on incident working days against the other working days of the same window.
    case incidentDays(IncidentDayComparison)
    /// The unit against a comparison group over the same days (difference in differences).
    case peerDifference(PeerDifference)
    case outageFingerprint(OutageFingerprint)
    case readinessLost(ReadinessLost)
    case readinessStandingGap(ReadinessStandingGap)
    case readinessUnmet(ReadinessUnmet)
    case peersMeetingCriterion(PeersMeetingCriterion)
    case nationalRegression(NationalRegression)
    case lackingCommunesCost(LackingCommunesCost)
    case civilStatusResults(CivilStatusResults)
    case resultsNotSigned(ResultsNotSigned)
    case daysOff(DaysOff)
    case noDaysOff
    case noIncidents(IncidentSearch)
    case incidentsChecked(IncidentsChecked)
    case readinessChecked(ReadinessChecked)
    case communesReadinessChecked(CommunesReadinessChecked)
    case noReadiness(NoReadiness)
    /// Every sector fell, none significantly more than the others.
    case uniformFall(UniformFall)
    case unexplained(Unexplained)

    /// The `kind` written in JSON.
    public var kind: String {
        switch self {
        case .fall: "fall"
        case .incidents: "incidents"
        case .maintenance: "maintenance"
        case .incidentCoverage: "incident_coverage"
        case .incidentDays: "incident_days"
        case .peerDifference: "peer_difference"
        case .outageFingerprint: "outage_fingerprint"
        case .readinessLost: "readiness_lost"
        case .readinessStandingGap: "readiness_standing_gap"
        case .readinessUnmet: "readiness_unmet"
        case .peersMeetingCriterion: "peers_meeting_criterion"
        case .nationalRegression: "national_regression"
        case .lackingCommunesCost: "lacking_communes_cost"
        case .civilStatusResults: "civil_status_results"
        case .resultsNotSigned: "results_not_signed"
        case .daysOff: "days_off"
        case .noDaysOff: "no_days_off"
        case .noIncidents: "no_incidents"
        case .incidentsChecked: "incidents_checked"
        case .readinessChecked: "readiness_checked"
        case .communesReadinessChecked: "communes_readiness_checked"
        case .noReadiness: "no_readiness"
        case .uniformFall: "uniform_fall"
        case .unexplained: "unexplained"
        }
    }

    enum KindKey: String, CodingKey { case kind }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: KindKey.self)
        try c.encode(kind, forKey: .kind)
        switch self {
        case .fall(let v): try v.encode(to: encoder)
        case .incidents(let v): try v.encode(to: encoder)
        case .maintenance(let v): try v.encode(to: encoder)
        case .incidentCoverage(let v): try v.encode(to: encoder)
        case .incidentDays(let v): try v.encode(to: encoder)
        case .peerDifference(let v): try v.encode(to: encoder)
        case .outageFingerprint(let v): try v.encode(to: encoder)
        case .readinessLost(let v): try v.encode(to: encoder)
        case .readinessStandingGap(let v): try v.encode(to: encoder)
        case .readinessUnmet(let v): try v.encode(to: encoder)
        case .peersMeetingCriterion(let v): try v.encode(to: encoder)
        case .nationalRegression(let v): try v.encode(to: encoder)
        case .lackingCommunesCost(let v): try v.encode(to: encoder)
        case .civilStatusResults(let v): try v.encode(to: encoder)
        case .resultsNotSigned(let v): try v.encode(to: encoder)
        case .daysOff(let v): try v.encode(to: encoder)
        case .noDaysOff: break
        case .noIncidents(let v): try v.encode(to: encoder)
        case .incidentsChecked(let v): try v.encode(to: encoder)
        case .readinessChecked(let v): try v.encode(to: encoder)
        case .communesReadinessChecked(let v): try v.encode(to: encoder)
        case .noReadiness(let v): try v.encode(to: encoder)
        case .uniformFall(let v): try v.encode(to: encoder)
        case .unexplained(let v): try v.encode(to: encoder)
        }
    }

    public init(from decoder: any Decoder) throws {
        let kind = try decoder.container(keyedBy: KindKey.self).decode(String.self, forKey: .kind)
        switch kind {
        case "fall": self = .fall(try FallFact(from: decoder))
        case "incidents": self = .incidents(try IncidentsRecorded(from: decoder))
        case "maintenance": self = .maintenance(try MaintenanceWindows(from: decoder))
        case "incident_coverage": self = .incidentCoverage(try IncidentCoverage(from: decoder))
        case "incident_days": self = .incidentDays(try IncidentDayComparison(from: decoder))
        case "peer_difference": self = .peerDifference(try PeerDifference(from: decoder))
        case "outage_fingerprint": self = .outageFingerprint(try OutageFingerprint(from: decoder))
        case "readiness_lost": self = .readinessLost(try ReadinessLost(from: decoder))
        case "readiness_standing_gap": self = .readinessStandingGap(try ReadinessStandingGap(from: decoder))
        case "readiness_unmet": self = .readinessUnmet(try ReadinessUnmet(from: decoder))
        case "peers_meeting_criterion": self = .peersMeetingCriterion(try PeersMeetingCriterion(from: decoder))
        case "national_regression": self = .nationalRegression(try NationalRegression(from: decoder))
        case "lacking_communes_cost": self = .lackingCommunesCost(try LackingCommunesCost(from: decoder))
        case "civil_status_results": self = .civilStatusResults(try CivilStatusResults(from: decoder))
        case "results_not_signed": self = .resultsNotSigned(try ResultsNotSigned(from: decoder))
        case "days_off": self = .daysOff(try DaysOff(from: decoder))
        case "no_days_off": self = .noDaysOff
        case "no_incidents": self = .noIncidents(try IncidentSearch(from: decoder))
        case "incidents_checked": self = .incidentsChecked(try IncidentsChecked(from: decoder))
        case "readiness_checked": self = .readinessChecked(try ReadinessChecked(from: decoder))
        case "communes_readiness_checked": self = .communesReadinessChecked(try CommunesReadinessChecked(from: decoder))
        case "no_readiness": self = .noReadiness(try NoReadiness(from: decoder))
        case "uniform_fall": self = .uniformFall(try UniformFall(from: decoder))
        case "unexplained": self = .unexplained(try Unexplained(from: decoder))
        default:
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "unknown evidence kind \"\(kind)\""))
        }
    }
}

/// Where an incident was recorded, relative to the place explained.
public struct IncidentPlace: Sendable, Equatable, Codable, Hashable {
    public enum Relation: String, Sendable, Codable, Hashable { case unit, province, nation, commune }
    public var relation: Relation
    /// The locality's code (`VN` nationwide).
    public var code: String
    public var name: String?

    public init(relation: Relation, code: String, name: String?) { (self.relation, self.code, self.name) = (relation, code, name) }
}

/// The test of "did it fall" with the metric it is about.
public struct FallFact: Sendable, Equatable, Codable {
    public var metric: Metric
    /// `change`: the window against the baseline; `gap`: the place against the nation.
    public var mode: ExplanationMode
    public var test: FallTest

    public init(metric: Metric, mode: ExplanationMode, test: FallTest) { (self.metric, self.mode, self.test) = (metric, mode, test) }
}

public struct IncidentsRecorded: Sendable, Equatable, Codable {
    public var cause: RootCause
    public var systems: [IncidentSystem]
    public var kinds: [IncidentKind]
    public var count: Int
    public var places: [IncidentPlace]
    /// Working days of the window an incident covers, and the window's working days.
    public var windowDays: Int
    public var windowWorkingDays: Int
    /// Incidents started and ended in the `leadDays` days before the window.
    public var before: Int
    public var leadDays: Int
    public var errors: Int64

    enum CodingKeys: String, CodingKey {
        case cause, systems, kinds, count, places
        case windowDays = "window_days", windowWorkingDays = "window_working_days"
        case before
        case leadDays = "lead_days"
        case errors
    }
}

public struct MaintenanceWindows: Sendable, Equatable, Codable {
    public var cause: RootCause
    public var systems: [IncidentSystem]
    public var starts: [String]
}

/// Incidents at some of a province's communes: how much of the province those communes are.
public struct IncidentCoverage: Sendable, Equatable, Codable {
    public var mode: ExplanationMode
    /// The communes' share of the place's volume before the window, and of the change (or gap).
    public var volumeShare: Double
    public var changeShare: Double

    enum CodingKeys: String, CodingKey {
        case mode
        case volumeShare = "volume_share", changeShare = "change_share"
    }
}

/// The metric on the window's incident working days against its other working days: like with
/// like, inside the same window (the baseline's days are never pooled in).
public struct IncidentDayComparison: Sendable, Equatable, Codable {
    public var cause: RootCause
    public var metric: Metric
    public var window: DayRange
    public var incidentDays: Int
    public var otherDays: Int
    /// On incident days (`observed`) against the other days (`expected`): per day for a volume
    /// (ratio, quasi-Poisson), a proportion for a rate (difference, Newcomb); `verdict` `fell` when
    /// incident days are significantly worse.
    public var test: FallTest

    enum CodingKeys: String, CodingKey {
        case cause, metric, start, end
        case incidentDays = "incident_days", otherDays = "other_days"
        case test
    }

    public init(cause: RootCause, metric: Metric, window: DayRange, incidentDays: Int, otherDays: Int, test: FallTest) {
        (self.cause, self.metric, self.window, self.incidentDays, self.otherDays, self.test) = (cause, metric, window, incidentDays, otherDays, test)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        cause = try c.decode(RootCause.self, forKey: .cause)
        metric = try c.decode(Metric.self, forKey: .metric)
        window = DayRange(first: try c.decode(Day.self, forKey: .start), last: try c.decode(Day.self, forKey: .end))
        incidentDays = try c.decode(Int.self, forKey: .incidentDays)
        otherDays = try c.decode(Int.self, forKey: .otherDays)
        test = try c.decode(FallTest.self, forKey: .test)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(cause, forKey: .cause)
        try c.encode(metric, forKey: .metric)
        try c.encode(window.first, forKey: .start)
        try c.encode(window.last, forKey: .end)
        try c.encode(incidentDays, forKey: .incidentDays)
        try c.encode(otherDays, forKey: .otherDays)
        try c.encode(test, forKey: .test)
    }
}

/// Who the unit is compared with in a difference in differences.
public enum ComparisonGroup: String, Sendable, Codable {
    /// The other provinces (a province explained).
    case otherProvinces = "other_provinces"
    /// The other communes of its province (a commune explained).
    case otherCommunes = "other_communes"
    /// The communes whose readiness criterion did not change (`unit` is then the communes that changed).
    case unchangedCommunes = "unchanged_communes"
    /// The place's other sectors (`unit` is then one sector).
    case otherSectors = "other_sectors"
    /// A province's communes where no incident was recorded (`unit` is then the communes where one was).
    case communesWithoutIncidents = "communes_without_incidents"
}

/// The unit's change against a comparison group's over the same days.
public struct PeerDifference: Sendable, Equatable, Codable {
    /// The cause this comparison bears on; `nil` for the unit against its peers in general.
    public var cause: RootCause?
    public var metric: Metric
    public var group: ComparisonGroup
    /// How many units (communes, provinces, sectors) are in the group; and, for readiness, how many changed.
    public var groupSize: Int
    public var unitSize: Int
    public var criterion: ReadinessCriterion?
    public var sector: Sector?
    public var contrast: Contrast

    enum CodingKeys: String, CodingKey {
        case cause, metric, group
        case groupSize = "group_size", unitSize = "unit_size"
        case criterion, sector, contrast
    }
}

/// A volume stopped in every sector at once: what a one-stop outage leaves, logged or not.
public struct OutageFingerprint: Sendable, Equatable, Codable {
    public var metric: Metric
    public var fall: Double
    public var sectors: Int
    /// Always true: the fingerprint is read only when no one-stop incident was recorded.
    public var incidentRecorded: Bool

    enum CodingKeys: String, CodingKey {
        case metric, fall, sectors
        case incidentRecorded = "incident_recorded"
    }
}

/// A readiness criterion met at the baseline's end and not at the window's.
public struct ReadinessLost: Sendable, Equatable, Codable {
    public var criterion: ReadinessCriterion
    /// For a province: the communes that changed, of how many; for a commune: 1 of 1.
    public var communesChanged: Int
    public var communes: Int
    /// Their share of the change (province), or `nil` (a commune).
    public var changeShare: Double?
    public var before: Day
    public var asOf: Day

    enum CodingKeys: String, CodingKey {
        case criterion
        case communesChanged = "communes_changed"
        case communes
        case changeShare = "change_share"
        case before
        case asOf = "as_of"
    }
}

public struct ReadinessStandingGap: Sendable, Equatable, Codable {
    public var criterion: ReadinessCriterion
    public var asOf: Day
    enum CodingKeys: String, CodingKey { case criterion, asOf = "as_of" }
}

public struct ReadinessUnmet: Sendable, Equatable, Codable {
    public var criterion: ReadinessCriterion
    public var asOf: Day
    enum CodingKeys: String, CodingKey { case criterion, asOf = "as_of" }
}

/// A commune lacking a criterion against the communes of its province that meet it.
public struct PeersMeetingCriterion: Sendable, Equatable, Codable {
    public var criterion: ReadinessCriterion
    public var metric: Metric
    public var peers: Int
    public var province: String?
    /// The commune's rate (`observed`) against the peers' (`expected`).
    public var test: FallTest
}

public struct NationalRegression: Sendable, Equatable, Codable {
    public var criterion: String
    public var metric: Metric
    public var lacking: Int
    public var units: Int
    public var coefficient: Double
    public var low: Double
    public var high: Double
    public var pValue: Double
    public var explainedAlone: Double

    enum CodingKeys: String, CodingKey {
        case criterion, metric, lacking, units, coefficient, low, high
        case pValue = "p_value", explainedAlone = "explained_alone"
    }
}

public struct LackingCommunesCost: Sendable, Equatable, Codable {
    public var criterion: ReadinessCriterion
    public var lacking: Int
    public var communes: Int
    public var localShare: Double
    public var nationalShare: Double
    /// Points of the gap to the nation, and applications short of the national rate.
    public var points: Double
    public var shortfall: Double

    enum CodingKeys: String, CodingKey {
        case criterion, lacking, communes
        case localShare = "local_share", nationalShare = "national_share"
        case points, shortfall
    }
}

public struct CivilStatusResults: Sendable, Equatable, Codable {
    public var returnedOnline: Double
    public var resolved: Double
    public var otherSectorsShare: Double
    public var nationalShare: Double?

    enum CodingKeys: String, CodingKey {
        case returnedOnline = "returned_online", resolved
        case otherSectorsShare = "other_sectors_share", nationalShare = "national_share"
    }
}

/// Results not returned online while submissions held (outside civil status).
public struct ResultsNotSigned: Sendable, Equatable, Codable {
    public enum Reference: String, Sendable, Codable { case baseline, provinceCommunes = "province_communes", nation }
    public var reference: Reference
    public var referenceName: String?
    public var resultRate: Double
    public var referenceResultRate: Double
    public var submissionRate: Double
    public var referenceSubmissionRate: Double

    enum CodingKeys: String, CodingKey {
        case reference
        case referenceName = "reference_name"
        case resultRate = "result_rate", referenceResultRate = "reference_result_rate"
        case submissionRate = "submission_rate", referenceSubmissionRate = "reference_submission_rate"
    }
}

/// Days off in the window and what they do to the volume.
public struct DaysOff: Sendable, Equatable, Codable {
    public enum Reading: String, Sendable, Codable {
        /// Fewer per calendar day, not fewer per working day: the calendar accounts for the drop.
        case accountsForDrop = "accounts_for_drop"
        /// Fewer even per working day: the days off do not account for all of it.
        case fellPerWorkingDay = "fell_per_working_day"
        /// A rate: days off move volumes more than rates.
        case rate
        case none
    }
    public var days: Int
    public var names: [String]
    public var workingDays: Int
    public var calendarDays: Int
    /// 1 − (per calendar day in the window / per calendar day in the baseline), when read.
    public var calendarFall: Double?
    public var reading: Reading

    enum CodingKeys: String, CodingKey {
        case days, names
        case workingDays = "working_days", calendarDays = "calendar_days"
        case calendarFall = "calendar_fall"
        case reading
    }
}

/// The incidents looked for: at the place, its province (a commune) or nationwide, over these days.
public struct IncidentSearch: Sendable, Equatable, Codable {
    public var from: Day
    public var to: Day
    public var includesProvince: Bool

    enum CodingKeys: String, CodingKey { case from, to, includesProvince = "includes_province" }

    public init(from: Day, to: Day, includesProvince: Bool) { (self.from, self.to, self.includesProvince) = (from, to, includesProvince) }
}

public struct IncidentsChecked: Sendable, Equatable, Codable {
    public var search: IncidentSearch
    public var count: Int
    public var systems: [IncidentSystem]
}

public struct ReadinessChecked: Sendable, Equatable, Codable {
    public var asOf: Day
    public var unmet: [ReadinessCriterion]
    enum CodingKeys: String, CodingKey { case asOf = "as_of", unmet }
}

public struct CriterionCount: Sendable, Equatable, Codable {
    public var criterion: ReadinessCriterion
    public var communes: Int
}

public struct CommunesReadinessChecked: Sendable, Equatable, Codable {
    public var asOf: Day
    public var communes: Int
    public var unmet: [CriterionCount]
    enum CodingKeys: String, CodingKey { case asOf = "as_of", communes, unmet }
}

public struct NoReadiness: Sendable, Equatable, Codable {
    public var asOf: Day
    enum CodingKeys: String, CodingKey { case asOf = "as_of" }
}

/// One sector's change: window per working day / baseline per working day − 1 for a volume,
/// window − baseline (proportion units) for a rate.
public struct SectorChange: Sendable, Equatable, Codable {
    public var sector: Sector
    public var change: Double
    /// The test of this sector's change against the other sectors' (difference in differences, two-sided).
    public var pValue: Double?

    public init(sector: Sector, change: Double, pValue: Double? = nil) {
        (self.sector, self.change, self.pValue) = (sector, change, pValue)
    }

    enum CodingKeys: String, CodingKey { case sector, change, pValue = "p_value" }
}

/// The place fell and no sector's change differed from the other sectors' beyond the noise, either
/// way (each against the rest, difference in differences, Bonferroni over the sectors): the fall is
/// the place's, not a sector's. A small sector may not have fallen (its rise is within the noise).
public struct UniformFall: Sendable, Equatable, Codable {
    public var metric: Metric
    public var sectors: [SectorChange]

    /// The sectors that fell and those that did not (their change within the noise).
    public var fell: [SectorChange] { sectors.filter { $0.change < 0 } }
    public var didNotFall: [SectorChange] { sectors.filter { $0.change >= 0 } }
}

/// Nothing recorded accounts for the change (or what the causes above leave).
public struct Unexplained: Sendable, Equatable, Codable {
    public enum Reading: String, Sendable, Codable {
        /// The best other cause scores under 0.3.
        case nothingAccounts = "nothing_accounts"
        /// Some causes are supported; this is what they leave.
        case remainder
    }
    public var reading: Reading

    public init(reading: Reading) { self.reading = reading }
}
