import UptakeCore

/// What an anomaly looks like, in the contract's vocabulary.
public enum AnomalyKind: String, Sendable, Codable, CaseIterable {
    case drop, spike
    case levelShift = "level_shift"
    case rateDrop = "rate_drop"
    case rateRise = "rate_rise"
    case changepoint
    case lowOutlier = "low_outlier"
    case highOutlier = "high_outlier"
}

/// Which way the metric moved.
public enum AnomalyDirection: String, Sendable, Codable, CaseIterable {
    case down, up
}

/// Which departures to look for.
public enum DirectionFilter: String, Sendable, Codable, CaseIterable {
    case down, up, both

    func allows(_ d: AnomalyDirection) -> Bool { self == .both || rawValue == d.rawValue }
}

/// How days are judged. The default models counts; the others are the peers' methods, kept for
/// comparison (benchmarks/RESULTS.md says which wins where).
public enum DetectionMethod: String, Sendable, Codable, CaseIterable {
    /// Negative-binomial rolling baseline per weekday with the working-day calendar, plus a count
    /// CUSUM for sustained drops and PELT for level shifts (rates: a beta-binomial test of the share).
    case negativeBinomial = "nb"
    /// CDC EARS C1, C2, C3 on the working days.
    case earsC1 = "ears-c1", earsC2 = "ears-c2", earsC3 = "ears-c3"
    /// Rolling median/MAD z-score (28 working days), |z| > 3.5.
    case robustZ = "robust-z"
    /// STL (weekly) residual over its robust scale, |z| > 3.5.
    case stlResidualZ = "stl-z"
    /// Seasonal hybrid ESD (Hochenbaum et al. 2017).
    case seasonalHybridESD = "shesd"
}

/// An incident recorded for the anomaly's place and time: shown as evidence, not yet interpreted.
public struct AnomalyIncident: Sendable, Codable, Equatable {
    public var start: String
    public var end: String?
    /// `nil`: nationwide.
    public var locality: String?
    public var system: IncidentSystem
    public var kind: IncidentKind
    public var errors: Int64?
    public var note: String?

    public init(_ r: IncidentRecord) {
        (start, end, locality, system, kind, errors, note) = (r.start.text, r.end?.text, r.locality, r.system, r.kind, r.errors, r.note)
    }
}

/// One anomaly: a run of days (or a changepoint) where a unit's metric departed from what its own
/// history leads one to expect.
///
/// JSON keys (snake_case): `id`, `kind`, `metric`, `locality`, `name`, `level`, `province`,
/// `sector`, `start`, `end`, `direction`, `score`, `severity`, `method`, `observed`, `expected`,
/// `low`, `high`, `p_value`, `working_days`, `members`, `incidents`, `fall`; documented in
/// docs/data-contract.md.
public struct Anomaly: Sendable, Codable, Equatable {
    /// Stable for the same data: a hash of kind, metric, locality, sector and start.
    public var id: String
    public var kind: AnomalyKind
    public var metric: Metric
    public var locality: String
    public var name: String
    public var level: LocalityLevel
    /// The province of a commune; `nil` for a province or the nation.
    public var province: String?
    /// `nil`: all sectors together.
    public var sector: Sector?
    public var start: Day
    public var end: Day
    public var direction: AnomalyDirection
    /// −log₁₀ of the evidence's probability under the baseline (the product of the days' tail
    /// probabilities for a run of days): 4 is the default threshold for one day.
    public var score: Double
    public var severity: AnomalySeverity
    public var method: DetectionMethod
    /// What happened over the anomaly's working days: the count, or the rate; `nil` for a province
    /// event whose members are of different kinds.
    public var observed: Double?
    /// What the baseline expected over the same days.
    public var expected: Double?
    /// A 95% predictive interval for `observed` under the baseline, where the method gives one.
    public var low: Double?
    public var high: Double?
    /// The smallest daily tail probability of the run, where the method gives one.
    public var pValue: Double?
    /// Working days the anomaly covers (for a level shift: from the change to the end of the window).
    public var workingDays: Int
    /// For an event found across a province: the communes that share it.
    public var members: [String]
    public var incidents: [AnomalyIncident]
    /// The one test of "did it fall" over the anomaly's days (``FallTest``): for the default method's
    /// counts, the observed count against the baseline's expectation under its negative binomial
    /// (``FallTest/count(_:expected:shape:days:)``); for a level shift, the new level against the
    /// 28 days before (quasi-Poisson); for a rate, the share against its history (two proportions).
    /// A drop is reported only when its test says `fell` (a spike, `rose`), so no output calls these
    /// days a drop and "no fall" at once. `nil` for the peers' methods and for a province event.
    public var fall: FallTest? = nil

    enum CodingKeys: String, CodingKey {
        case id, kind, metric, locality, name, level, province, sector, start, end, direction, score, severity, method
        case observed, expected, low, high
        case pValue = "p_value"
        case workingDays = "working_days"
        case members, incidents, fall
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(metric, forKey: .metric)
        try c.encode(locality, forKey: .locality)
        try c.encode(name, forKey: .name)
        try c.encode(level, forKey: .level)
        try c.encode(province, forKey: .province)
        try c.encode(sector, forKey: .sector)  // explicit null: all sectors
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(direction, forKey: .direction)
        try c.encode(score.isFinite ? score : 999, forKey: .score)
        try c.encode(severity, forKey: .severity)
        try c.encode(method, forKey: .method)
        try c.encode(observed, forKey: .observed)
        try c.encode(expected, forKey: .expected)
        try c.encode(low, forKey: .low)
        try c.encode(high, forKey: .high)
        try c.encode(pValue, forKey: .pValue)
        try c.encode(workingDays, forKey: .workingDays)
        try c.encode(members, forKey: .members)
        try c.encode(incidents, forKey: .incidents)
        try c.encode(fall, forKey: .fall)
    }

    /// A short, stable id: FNV-1a over the identifying fields (hand-written: a 64-bit hash of a
    /// few fields needs no library).
    static func makeID(kind: AnomalyKind, metric: String, locality: String, sector: Sector?, start: Day) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(kind.rawValue)|\(metric)|\(locality)|\(sector?.name ?? "")|\(start)".utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "a" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// What a scan found, and what it looked at: the sensitivity stated with the anomalies.
public struct AnomalyReport: Sendable {
    public var anomalies: [Anomaly]
    public var method: DetectionMethod
    public var metric: Metric
    public var range: DayRange
    /// Series scanned (with any data), and of those, how many were too small to judge on their own on some days
    /// (judged at their parent's level instead).
    public var seriesScanned: Int
    public var seriesWithLowVolume: Int
    /// Series-days judged in the range, and the false flags expected on them under the model.
    public var judgedSeriesDays: Int
    public var threshold: DetectionThreshold
    public var expectedFalseFlags: Double { Double(judgedSeriesDays) * threshold.pValue * (direction == .both ? 2 : 1) }
    public var direction: DirectionFilter
    /// Commune anomalies folded into province events (listed as their members).
    public var foldedIntoEvents: Int
    /// Every metric scanned, `metric` first (a watched scan has several).
    public var metrics: [Metric] = []

    /// One report of scans of the same units and days, one per metric: their anomalies in turn, their
    /// series and series-days added up.
    public static func merging(_ reports: [AnomalyReport]) -> AnomalyReport? {
        guard var merged = reports.first else { return nil }
        merged.metrics = reports.map(\.metric)
        for r in reports.dropFirst() {
            merged.anomalies += r.anomalies
            merged.seriesScanned += r.seriesScanned
            merged.seriesWithLowVolume += r.seriesWithLowVolume
            merged.judgedSeriesDays += r.judgedSeriesDays
            merged.foldedIntoEvents += r.foldedIntoEvents
        }
        return merged
    }
}
