import UptakeCore

/// A unit named in the report.
public struct ReportUnit: Sendable, Codable, Equatable {
    public var code: String
    public var name: String
    public var level: LocalityLevel

    public init(_ l: Locality) { (code, name, level) = (l.code, l.name, l.level) }
    public init(code: String, name: String, level: LocalityLevel) { (self.code, self.name, self.level) = (code, name, level) }
}

/// A volume in both periods, per working day, with the quasi-Poisson test's verdict.
public struct VolumeFigure: Sendable, Codable, Equatable {
    public var current: Int64
    public var baseline: Int64
    public var currentPerWorkingDay: Double?
    public var baselinePerWorkingDay: Double?
    public var relativeChange: Double?
    public var significant: Bool?
    /// The relative change's interval (the ratio's, − 1: compare's `volume_ratio_low`/`_high`), where the
    /// part gives one (year over year); left out of the JSON when not. `high` is +∞ when unbounded.
    public var relativeChangeLow: Double? = nil
    public var relativeChangeHigh: Double? = nil

    enum CodingKeys: String, CodingKey {
        case current, baseline, significant
        case currentPerWorkingDay = "current_per_working_day", baselinePerWorkingDay = "baseline_per_working_day"
        case relativeChange = "relative_change"
        case relativeChangeLow = "relative_change_low", relativeChangeHigh = "relative_change_high"
    }
}

/// A rate in both periods with the current period's interval and the two-proportion test's verdict.
public struct RateFigure: Sendable, Codable, Equatable {
    public var metric: Metric
    public var current: Double?
    public var currentLow: Double?
    public var currentHigh: Double?
    public var baseline: Double?
    public var baselineLow: Double?
    public var baselineHigh: Double?
    /// `current − baseline`, a proportion.
    public var change: Double?
    public var significant: Bool?
    /// The change's interval, where the part gives one (year over year); left out of the JSON when not.
    public var changeLow: Double? = nil
    public var changeHigh: Double? = nil

    enum CodingKeys: String, CodingKey {
        case metric, current, baseline, change, significant
        case currentLow = "current_low", currentHigh = "current_high", baselineLow = "baseline_low", baselineHigh = "baseline_high"
        case changeLow = "change_low", changeHigh = "change_high"
    }
}

/// The scope's headline figures.
public struct ReportSummary: Sendable, Codable, Equatable {
    public var unit: ReportUnit
    public var workingDays: Int
    public var baselineWorkingDays: Int
    /// Applications received, and resolved.
    public var received: VolumeFigure
    public var resolved: VolumeFigure
    /// online-submission, online-result, sync, on-time.
    public var rates: [RateFigure]

    enum CodingKeys: String, CodingKey {
        case unit, received, resolved, rates
        case workingDays = "working_days", baselineWorkingDays = "baseline_working_days"
    }
}

/// One unit in the ranking by online-submission rate.
public struct RankedUnit: Sendable, Codable, Equatable {
    public var unit: ReportUnit
    public var rank: Int
    public var received: Int64
    public var rate: RateFigure
    /// The unit's own reported map colour (readiness `reported_status`) as of the period's end.
    public var mapColour: StatusColour?
    /// Lagging its peers in the funnel (q ≤ 0.05, below).
    public var lagging: Bool

    enum CodingKeys: String, CodingKey { case unit, rank, received, rate, lagging, mapColour = "map_colour" }
}

/// The funnel: units' rates against their volumes, with the limits drawn as curves.
public struct FunnelSection: Sendable, Codable, Equatable {
    public var metric: Metric
    public var target: Double
    public var overdispersion: Double
    public var units: [LaggingRow]
    public var curves: [FunnelCurve]
}

/// One funnel limit sampled along the volumes.
public struct FunnelCurve: Sendable, Codable, Equatable {
    public var coverage: Double
    public var volumes: [Double]
    public var lower: [Double]
    public var upper: [Double]
}

/// A run of days off (holidays, bridge days) inside a series.
public struct DayRun: Sendable, Codable, Equatable {
    public var first: Day
    public var last: Day
    public var name: String
}

/// One unit's daily series around the two periods, with what the chart marks.
public struct ReportSeries: Sendable, Codable, Equatable {
    public var unit: ReportUnit
    public var metric: Metric
    public var first: Day
    /// One value a day; `nil` where no row was stored.
    public var values: [Double?]
    /// The mean of the last 7 calendar days with data (at least 4 of them), `nil` before.
    public var mean7: [Double?]
    public var daysOff: [DayRun]
    public var anomalies: [Anomaly]
    /// The change of received per working day, current against baseline.
    public var relativeChange: Double?
    /// Whether that change is significant by the quasi-Poisson test (at the report's level), and its p.
    public var significant: Bool?
    public var pValue: Double?

    enum CodingKeys: String, CodingKey {
        case unit, metric, first, values, anomalies, significant
        case mean7 = "mean_7", daysOff = "days_off", relativeChange = "relative_change", pValue = "p_value"
    }
}

/// A row of the month-over-month chart.
public struct MonthOverMonthRow: Sendable, Codable, Equatable {
    public var unit: ReportUnit
    public var rate: RateFigure
}

/// The anomalies the scan found in the period, largest score first.
public struct AnomalyFindings: Sendable, Codable, Equatable {
    public var anomalies: [Anomaly]
    /// All found (the list keeps the first ``MonthlyReportRequest/anomalyLimit``).
    public var total: Int
    public var seriesScanned: Int

    enum CodingKeys: String, CodingKey { case anomalies, total, seriesScanned = "series_scanned" }
}

/// Why a locality is flagged in the report.
public enum FlagReason: String, Sendable, Codable, Equatable, CaseIterable {
    case anomaly, lagging
}

/// A flagged locality and what explains it. `explanation` is `nil` until an ``ReportExplainer`` is
/// given to the builder; the incidents recorded at the place are the evidence at hand meanwhile.
public struct FlaggedLocality: Sendable, Codable, Equatable {
    public var unit: ReportUnit
    public var reasons: [FlagReason]
    public var anomalyIDs: [String]
    public var incidents: [AnomalyIncident]
    /// `uptake explain`'s explanation: facts, worded where the report is rendered.
    public var explanation: Explanation?
    /// Why the explainer gave no explanation for this locality (its error's message), or `nil`.
    public var explanationFailure: String?

    public init(unit: ReportUnit, reasons: [FlagReason], anomalyIDs: [String], incidents: [AnomalyIncident], explanation: Explanation? = nil) {
        (self.unit, self.reasons, self.anomalyIDs, self.incidents, self.explanation) = (unit, reasons, anomalyIDs, incidents, explanation)
    }

    enum CodingKeys: String, CodingKey {
        case unit, reasons, incidents, explanation, anomalyIDs = "anomaly_ids", explanationFailure = "explanation_failure"
    }
}

/// Readiness shortfalls as of the period's end.
public struct ReadinessGaps: Sendable, Codable, Equatable {
    public var asOf: Day
    public var communes: Int
    public var meetingAll: Int
    /// Every flag criterion's share of communes meeting it, lowest first.
    public var criteria: [CriterionShare]
    /// The units with the lowest share of communes meeting every basic requirement (up to 5).
    public var furthestBehind: [UnitReadinessGap]

    enum CodingKeys: String, CodingKey { case communes, criteria, asOf = "as_of", meetingAll = "meeting_all", furthestBehind = "furthest_behind" }
}

public struct CriterionShare: Sendable, Codable, Equatable {
    public var criterion: ReadinessCriterion
    public var share: Double
}

public struct UnitReadinessGap: Sendable, Codable, Equatable {
    public var unit: ReportUnit
    public var communes: Int
    public var meetingAll: Int
    /// Communes with no readiness report at all (counted as not meeting).
    public var unreported: Int
    /// The criterion met by the fewest communes, `nil` when every commune meets every criterion.
    public var weakest: CriterionShare?

    enum CodingKeys: String, CodingKey { case unit, communes, unreported, weakest, meetingAll = "meeting_all" }
}

/// A unit reported green whose rate lies significantly below its peers' (lagging in the funnel).
public struct GreenVersusReality: Sendable, Codable, Equatable {
    public var unit: ReportUnit
    public var rate: Double
    public var target: Double
    public var qValue: Double?

    enum CodingKeys: String, CodingKey { case unit, rate, target, qValue = "q_value" }
}

/// The units compared, each at its point with its online-submission rate: what the map draws.
/// Every unit of the level is listed, those without applications too (rate `nil`: missing).
public struct ReportMap: Sendable, Codable, Equatable {
    public var metric: Metric
    public var units: [MapUnit]
}

/// One unit on the map: its point (`nil`: not in the shipped coordinates, listed but not drawn),
/// applications received (the symbol's size) and rate (its colour; `nil` when it received none).
public struct MapUnit: Sendable, Codable, Equatable {
    public var unit: ReportUnit
    public var point: LocalityPoint?
    public var received: Int64
    public var rate: Double?

    public init(unit: ReportUnit, point: LocalityPoint?, received: Int64, rate: Double?) {
        (self.unit, self.point, self.received, self.rate) = (unit, point, received, rate)
    }

    /// `point` and `rate` written as `null` when missing, not left out: a reader sees the unit has none.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(unit, forKey: .unit)
        try c.encode(point, forKey: .point)
        try c.encode(received, forKey: .received)
        try c.encode(rate, forKey: .rate)
    }

    enum CodingKeys: String, CodingKey { case unit, point, received, rate }
}

/// The month's picture for one scope (the nation, or one province): every part a typed value or
/// the reason it is missing. Rendered by UptakeReport (HTML, Markdown); JSON keys snake_case.
public struct MonthlyReport: Sendable, Codable, Equatable {
    public var scope: ReportUnit
    public var period: DayRange
    public var baseline: DayRange
    /// What the ranking, funnel and anomaly scan compare: provinces for the nation, communes for a province.
    public var unitLevel: LocalityLevel
    public var summary: ReportSection<ReportSummary>
    public var ranking: ReportSection<[RankedUnit]>
    public var funnel: ReportSection<FunnelSection>
    public var changedMost: ReportSection<[ReportSeries]>
    public var monthOverMonth: ReportSection<[MonthOverMonthRow]>
    public var anomalies: ReportSection<AnomalyFindings>
    public var explanations: ReportSection<[FlaggedLocality]>
    public var readinessGaps: ReportSection<ReadinessGaps>
    public var greenVersusReality: ReportSection<[GreenVersusReality]>
    /// The units at their places, coloured by online-submission rate.
    public var map: ReportSection<ReportMap>
    /// The period against the same days a year before.
    public var yearOverYear: ReportSection<YearOverYear> = .missing(.noData)

    enum CodingKeys: String, CodingKey {
        case scope, period, baseline, summary, ranking, funnel, anomalies, explanations, map
        case unitLevel = "unit_level", changedMost = "changed_most", monthOverMonth = "month_over_month"
        case readinessGaps = "readiness_gaps", greenVersusReality = "green_versus_reality", yearOverYear = "year_over_year"
    }
}
