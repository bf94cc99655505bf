import Foundation
import UptakeCore
import UptakeStoreAPI

/// What `uptake lagging` asks: which units' rate lies below their peers' beyond what their volume
/// explains.
public struct LaggingRequest: Sendable {
    public var metric: Metric
    public var units: UnitSelection
    public var range: DayRange
    public var sectors: [Sector]?
    /// The false-discovery rate at which a unit is called lagging (Benjamini–Hochberg).
    public var fdr: Double
    public var confidence: Double

    public init(metric: Metric = .onlineSubmission, units: UnitSelection, range: DayRange, sectors: [Sector]? = nil,
                fdr: Double = 0.05, confidence: Double = 0.95) {
        (self.metric, self.units, self.range, self.sectors, self.fdr, self.confidence) = (metric, units, range, sectors, fdr, confidence)
    }
}

/// One unit against its peers.
public struct LaggingRow: Sendable, Codable, Equatable {
    public var locality: String
    public var name: String
    public var level: LocalityLevel
    public var numerator: Int64
    public var denominator: Int64
    /// The unit's own rate (`nil` without a denominator).
    public var rate: Double?
    /// The empirical-Bayes rate: shrunk towards the peers' in proportion to how little the unit's
    /// volume says, with its posterior interval.
    public var shrunkRate: Double?
    public var shrunkLow: Double?
    public var shrunkHigh: Double?
    /// The funnel z-score with the peers' overdispersion allowed for (Spiegelhalter 2005).
    public var z: Double?
    /// One-sided: the evidence that the unit lies below the target.
    public var pValue: Double?
    /// Benjamini–Hochberg q-value over every unit tested.
    public var qValue: Double?
    /// `q ≤ fdr` and below the target.
    public var lagging: Bool
    /// The funnel's 95% and 99.8% limits at this unit's volume.
    public var limit95Low: Double?
    public var limit998Low: Double?

    enum CodingKeys: String, CodingKey {
        case locality, name, level, numerator, denominator, rate
        case shrunkRate = "shrunk_rate", shrunkLow = "shrunk_low", shrunkHigh = "shrunk_high"
        case z, pValue = "p_value", qValue = "q_value", lagging
        case limit95Low = "limit_95_low", limit998Low = "limit_998_low"
    }
}

/// The peers' target and what was estimated about their spread.
public struct LaggingResult: Sendable {
    public var metric: Metric
    public var range: DayRange
    /// The pooled rate of every unit: the funnel's centre.
    public var target: Double
    public var overdispersion: Double
    public var betweenUnitVariance: Double
    public var fdr: Double
    /// Sorted by the shrunk rate, lowest first.
    public var rows: [LaggingRow]

    public init(metric: Metric, range: DayRange, target: Double, overdispersion: Double, betweenUnitVariance: Double, fdr: Double, rows: [LaggingRow]) {
        (self.metric, self.range, self.target, self.overdispersion, self.betweenUnitVariance, self.fdr, self.rows) =
            (metric, range, target, overdispersion, betweenUnitVariance, fdr, rows)
    }
}

/// Funnel-plot limits with an overdispersion allowance, empirical-Bayes shrunk rates, and
/// Benjamini–Hochberg q-values: a commune with 9 applications is not called the worst in the
/// country, and Hà Nội's 32.73% on hundreds of thousands of applications is called low.
public struct LaggingAnalyzer: Sendable {
    public let store: any UptakeStore

    public init(store: any UptakeStore) { self.store = store }

    public func lagging(_ request: LaggingRequest) async throws -> LaggingResult {
        guard request.metric.isRate, request.metric.hasDailySeries else {
            throw QueryError("lagging compares a simple rate; \(request.metric.rawValue) is \(request.metric.isRate ? "a product of two rates" : "a volume")",
                             hint: "choose online-submission, online-result, sync or on-time")
        }
        let sums = try await store.sums(SumsQuery(units: request.units, range: request.range, grain: .range, sectors: request.sectors))
        let counts = sums.map { s -> UnitCount in
            let f = request.metric.fraction(s.sums)
            return UnitCount(successes: f?.numerator ?? 0, trials: f?.denominator ?? 0)
        }
        let withData = counts.filter { $0.trials > 0 }
        guard withData.count >= 2 else {
            throw QueryError("lagging needs at least 2 units with data in \(request.range.label) (found \(withData.count))", code: .notFound)
        }
        let target = Double(withData.reduce(0) { $0 + $1.successes }) / Double(withData.reduce(0) { $0 + $1.trials })
        guard target > 0, target < 1 else { throw QueryError("every unit's rate is \(target == 0 ? "0" : "1"): nothing to compare") }
        let funnel = try FunnelComparison.compare(counts, target: target)
        let shrinkage = try RateShrinkage.shrink(withData, confidence: request.confidence)
        let tested = funnel.units.enumerated().filter { !$0.element.pBelow.isNaN }
        let q = try MultipleTesting.benjaminiHochberg(tested.map(\.element.pBelow))
        var qOf: [Int: Double] = [:]
        for (k, t) in tested.enumerated() { qOf[t.offset] = q[k] }
        var shrunkIndex = 0
        var rows: [LaggingRow] = []
        for (i, s) in sums.enumerated() {
            let c = counts[i], unit = funnel.units[i]
            var row = LaggingRow(locality: s.locality.code, name: s.locality.name, level: s.locality.level, numerator: c.successes, denominator: c.trials,
                                 rate: nil, shrunkRate: nil, shrunkLow: nil, shrunkHigh: nil, z: nil, pValue: nil, qValue: nil, lagging: false,
                                 limit95Low: nil, limit998Low: nil)
            if c.trials > 0 {
                let shrunk = shrinkage.units[shrunkIndex]
                shrunkIndex += 1
                row.rate = Double(c.successes) / Double(c.trials)
                (row.shrunkRate, row.shrunkLow, row.shrunkHigh) = (shrunk.rate, shrunk.low, shrunk.high)
                (row.z, row.pValue, row.qValue) = (unit.adjustedZ, unit.pBelow, qOf[i])
                row.lagging = (qOf[i] ?? 1) <= request.fdr && unit.adjustedZ < 0
                row.limit95Low = try funnel.limits(trials: Double(c.trials), coverage: 0.95).lowerBound
                row.limit998Low = try funnel.limits(trials: Double(c.trials), coverage: 0.998).lowerBound
            }
            rows.append(row)
        }
        rows.sort { ($0.shrunkRate ?? 2, $0.locality) < ($1.shrunkRate ?? 2, $1.locality) }
        return LaggingResult(metric: request.metric, range: request.range, target: target, overdispersion: funnel.overdispersion,
                             betweenUnitVariance: funnel.betweenUnitVariance, fdr: request.fdr, rows: rows)
    }
}
