import UptakeCore

/// A root cause, in the data contract's vocabulary.
public enum RootCause: String, Sendable, Codable, CaseIterable {
    case oneStopErrors = "one_stop_errors"
    case softwareInstability = "software_instability"
    case civilStatusUnlinked = "civil_status_unlinked"
    case missingDigitalSignature = "missing_digital_signature"
    case supportStaffShortage = "support_staff_shortage"
    case deviceShortage = "device_shortage"
    case nonStandardProcedures = "non_standard_procedures"
    case lackOfGuidance = "lack_of_guidance"
    case network
    case holiday
    case unexplained

    /// The cause an incident of `system` points to.
    public init(system: IncidentSystem) {
        switch system {
        case .oneStop: self = .oneStopErrors
        case .publicServicePortal, .other: self = .softwareInstability
        case .civilStatus: self = .civilStatusUnlinked
        case .digitalSignature: self = .missingDigitalSignature
        case .network: self = .network
        }
    }

    /// The cause a readiness criterion that does not hold points to; `nil` for the criteria the
    /// vocabulary has no cause for (online meetings, the one-stop facility, the map colour).
    public init?(criterion: ReadinessCriterion) {
        switch criterion {
        case .civilStatusLinked: self = .civilStatusUnlinked
        case .digitalSignature, .digitalCertificate: self = .missingDigitalSignature
        case .supportStaff: self = .supportStaffShortage
        case .digitalDevices: self = .deviceShortage
        case .standardProcedures: self = .nonStandardProcedures
        case .guidance: self = .lackOfGuidance
        case .onlineMeetings, .oneStopFacility, .reportedStatus: return nil
        }
    }
}

/// One cause with its score and the evidence for it, as facts (``EvidenceFact``).
///
/// JSON: `cause`, `score`, `facts` (each with its `kind`) and `evidence`, the facts worded as
/// sentences by the renderer (UptakeReport's `EvidenceWording`): empty until worded.
public struct CauseFinding: Sendable, Codable, Equatable {
    public var cause: RootCause
    /// In [0, 1]: how strongly the evidence points to this cause. Each fact that supports the cause
    /// carries a weight sᵢ (documented in docs/data-contract.md, "How causes are scored") and the
    /// weights combine as 1 − Π(1 − sᵢ); `unexplained` scores 0.9 × (1 − the best other score).
    /// Scores rank causes; they are not probabilities.
    public var score: Double
    /// The evidence, first the fact that carries the score.
    public var facts: [EvidenceFact]
    /// The facts as sentences, filled where the explanation is rendered; empty from the analysis.
    public var evidence: [String]

    public init(cause: RootCause, score: Double, facts: [EvidenceFact], evidence: [String] = []) {
        (self.cause, self.score, self.facts, self.evidence) = (cause, score, facts, evidence)
    }
}

/// Which children a contributor belongs to.
public enum ContributorDimension: String, Sendable, Codable { case locality, sector }

/// One child (a commune, a province, a sector) and its part in the change or the gap.
public struct Contributor: Sendable, Codable, Equatable {
    public var dimension: ContributorDimension
    /// The commune's or province's code (`nil` for a sector).
    public var locality: String?
    public var name: String?
    /// The sector (`nil` for a locality).
    public var sector: Sector?
    /// The metric in the baseline (or the reference's, for a gap) and in the window.
    public var baseline: Double?
    public var current: Double?
    /// Its part of the change or gap, in the metric's units (points for a rate, applications for a volume).
    public var contribution: Double
    /// `contribution` over the total change or gap (the shares sum to 1); `nil` when the total is 0.
    public var share: Double?
    /// For a rate gap: what the child would have had more at the reference rate.
    public var shortfall: Double?
    /// For a volume: Adtributor's surprise, and whether its selection keeps the child.
    public var surprise: Double?
    public var selected: Bool?

    enum CodingKeys: String, CodingKey { case dimension, locality, name, sector, baseline, current, contribution, share, shortfall, surprise, selected }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(dimension, forKey: .dimension)
        try c.encode(locality, forKey: .locality)
        try c.encode(name, forKey: .name)
        try c.encode(sector, forKey: .sector)
        try c.encode(baseline.flatMap(finite), forKey: .baseline)
        try c.encode(current.flatMap(finite), forKey: .current)
        try c.encode(finite(contribution) ?? 0, forKey: .contribution)
        try c.encode(share.flatMap(finite), forKey: .share)
        try c.encode(shortfall.flatMap(finite), forKey: .shortfall)
        try c.encode(surprise.flatMap(finite), forKey: .surprise)
        try c.encode(selected, forKey: .selected)
    }
}

/// What is explained: a change against a baseline period, or a gap to a reference (the nation).
public enum ExplanationMode: String, Sendable, Codable { case change, gap }

/// Why a metric moved (or sits where it does) at one locality: where it came from and the causes
/// the evidence supports, best first.
///
/// JSON keys (snake_case), documented in docs/data-contract.md: `locality`, `name`, `level`,
/// `metric`, `sectors`, `mode`, `start`, `end`, `baseline_start`, `baseline_end`, `reference`,
/// `value`, `baseline_value`, `change`, `relative_change`, `low`, `high`, `p_value`, `working_days`,
/// `baseline_working_days`, `fall`,
/// `summary`, `causes`, `contributors`, `checks`, `checked`, `anomaly`. The evidence is data
/// (`causes[].facts`, `checks`, `fall`); `summary`, `causes[].evidence` and `checked` are its
/// wording, filled by the renderer (UptakeReport's `EvidenceWording`).
public struct Explanation: Sendable, Codable, Equatable {
    public var locality: String
    public var name: String
    public var level: LocalityLevel
    public var metric: Metric
    /// The sectors looked at (`nil`: all).
    public var sectors: [Sector]?
    public var mode: ExplanationMode
    public var window: DayRange
    /// The baseline period (change) — `nil` for a gap.
    public var baseline: DayRange?
    /// The reference of a gap: `VN` for the nation.
    public var reference: String?
    /// The metric in the window: a rate, or a volume per working day.
    public var value: Double?
    /// The metric in the baseline or at the reference, measured alike.
    public var baselineValue: Double?
    /// value − baselineValue (rate points, or applications per working day).
    public var change: Double?
    public var relativeChange: Double?
    /// The interval of `change` for a rate gap (Newcomb), or of the volume ratio for a change.
    public var low: Double?
    public var high: Double?
    public var pValue: Double?
    /// Working days in the window and in the baseline (a change).
    public var workingDays: Int?
    public var baselineWorkingDays: Int?
    /// The test of "did it fall" behind `value`, `baseline_value`, `low`, `high` and `p_value`.
    public var fall: FallTest?
    /// One sentence saying what moved: filled where the explanation is rendered; empty from the analysis.
    public var summary: String
    /// Best first; always at least one (`unexplained` when nothing else holds).
    public var causes: [CauseFinding]
    /// Children (localities, then sectors), each best first.
    public var contributors: [Contributor]
    /// What was looked at, as facts (incidents searched, readiness read, the calendar, sectors, peers).
    public var checks: [EvidenceFact]
    /// `checks` as sentences, filled where the explanation is rendered; empty from the analysis.
    public var checked: [String]
    /// The anomaly explained, when asked by id.
    public var anomaly: String?

    enum CodingKeys: String, CodingKey {
        case locality, name, level, metric, sectors, mode, start, end
        case baselineStart = "baseline_start", baselineEnd = "baseline_end"
        case reference, value
        case baselineValue = "baseline_value"
        case change
        case relativeChange = "relative_change"
        case low, high
        case pValue = "p_value"
        case workingDays = "working_days", baselineWorkingDays = "baseline_working_days"
        case fall, summary, causes, contributors, checks, checked, anomaly
    }

    public init(locality: String, name: String, level: LocalityLevel, metric: Metric, sectors: [Sector]?, mode: ExplanationMode, window: DayRange,
                baseline: DayRange?, reference: String?, summary: String) {
        (self.locality, self.name, self.level, self.metric, self.sectors, self.mode) = (locality, name, level, metric, sectors, mode)
        (self.window, self.baseline, self.reference, self.summary) = (window, baseline, reference, summary)
        causes = []
        contributors = []
        checks = []
        checked = []
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        locality = try c.decode(String.self, forKey: .locality)
        name = try c.decode(String.self, forKey: .name)
        level = try c.decode(LocalityLevel.self, forKey: .level)
        metric = try c.decode(Metric.self, forKey: .metric)
        sectors = try c.decodeIfPresent([Sector].self, forKey: .sectors)
        mode = try c.decode(ExplanationMode.self, forKey: .mode)
        window = DayRange(first: try c.decode(Day.self, forKey: .start), last: try c.decode(Day.self, forKey: .end))
        if let s = try c.decodeIfPresent(Day.self, forKey: .baselineStart), let e = try c.decodeIfPresent(Day.self, forKey: .baselineEnd) {
            baseline = DayRange(first: s, last: e)
        }
        reference = try c.decodeIfPresent(String.self, forKey: .reference)
        value = try c.decodeIfPresent(Double.self, forKey: .value)
        baselineValue = try c.decodeIfPresent(Double.self, forKey: .baselineValue)
        change = try c.decodeIfPresent(Double.self, forKey: .change)
        relativeChange = try c.decodeIfPresent(Double.self, forKey: .relativeChange)
        low = try c.decodeIfPresent(Double.self, forKey: .low)
        high = try c.decodeIfPresent(Double.self, forKey: .high)
        pValue = try c.decodeIfPresent(Double.self, forKey: .pValue)
        workingDays = try c.decodeIfPresent(Int.self, forKey: .workingDays)
        baselineWorkingDays = try c.decodeIfPresent(Int.self, forKey: .baselineWorkingDays)
        fall = try c.decodeIfPresent(FallTest.self, forKey: .fall)
        summary = try c.decode(String.self, forKey: .summary)
        causes = try c.decode([CauseFinding].self, forKey: .causes)
        contributors = try c.decode([Contributor].self, forKey: .contributors)
        checks = try c.decodeIfPresent([EvidenceFact].self, forKey: .checks) ?? []
        checked = try c.decode([String].self, forKey: .checked)
        anomaly = try c.decodeIfPresent(String.self, forKey: .anomaly)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(locality, forKey: .locality)
        try c.encode(name, forKey: .name)
        try c.encode(level, forKey: .level)
        try c.encode(metric, forKey: .metric)
        try c.encode(sectors, forKey: .sectors)
        try c.encode(mode, forKey: .mode)
        try c.encode(window.first, forKey: .start)
        try c.encode(window.last, forKey: .end)
        try c.encode(baseline?.first, forKey: .baselineStart)
        try c.encode(baseline?.last, forKey: .baselineEnd)
        try c.encode(reference, forKey: .reference)
        for (key, v) in [(CodingKeys.value, value), (.baselineValue, baselineValue), (.change, change), (.relativeChange, relativeChange),
                         (.low, low), (.high, high), (.pValue, pValue)] {
            try c.encode(v.flatMap(finite), forKey: key)
        }
        try c.encode(workingDays, forKey: .workingDays)
        try c.encode(baselineWorkingDays, forKey: .baselineWorkingDays)
        try c.encode(fall, forKey: .fall)
        try c.encode(summary, forKey: .summary)
        try c.encode(causes, forKey: .causes)
        try c.encode(contributors, forKey: .contributors)
        try c.encode(checks, forKey: .checks)
        try c.encode(checked, forKey: .checked)
        try c.encode(anomaly, forKey: .anomaly)
    }
}

/// What `uptake explain` asks.
public struct ExplainRequest: Sendable {
    /// A locality's code, or `VN` for the nation.
    public var locality: String
    public var window: DayRange
    /// Compare with this period; `nil`: for a volume the 4 weeks before the window (or the period of
    /// the same length, for a longer window), for a rate the gap to the nation instead.
    public var baseline: DayRange?
    public var metric: Metric
    public var sectors: [Sector]?
    public var calendar: WorkingCalendar
    /// Incidents this many days before the window still count ("just before").
    public var incidentLead: Int
    /// Children to list per dimension.
    public var top: Int

    public init(locality: String, window: DayRange, baseline: DayRange? = nil, metric: Metric = .onlineSubmission, sectors: [Sector]? = nil,
                calendar: WorkingCalendar = .vietnam, incidentLead: Int = 3, top: Int = 10) {
        (self.locality, self.window, self.baseline, self.metric, self.sectors) = (locality, window, baseline, metric, sectors)
        (self.calendar, self.incidentLead, self.top) = (calendar, incidentLead, top)
    }

    /// Whether the request explains a change (a baseline, or a volume) rather than a gap to the nation.
    public var mode: ExplanationMode { baseline != nil || !metric.isRate || locality == Locality.nationCode ? .change : .gap }

    /// The baseline a change is measured against: the one given; for whole months the months just
    /// before, as `compare` and the report take them (July against June, not 31 May–30 June); else
    /// the four weeks (or the window's length) before.
    public var effectiveBaseline: DayRange {
        if let baseline { return baseline }
        if window.isWholeMonths { return window.previous }
        let length = max(28, window.dayCount)
        return DayRange(first: window.first.advanced(by: -length), last: window.first.advanced(by: -1))
    }
}
