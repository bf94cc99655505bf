import Foundation
import UptakeCore

/// What `uptake detect` may run on a bare series.
public enum SeriesMethod: String, Sendable, Codable, CaseIterable {
    /// The default count model (see ``DetectionMethod/negativeBinomial``).
    case nb
    /// Changepoints by PELT (Killick et al. 2012) with the cost of ``SeriesCost``.
    case pelt
    case earsC1 = "ears-c1", earsC2 = "ears-c2", earsC3 = "ears-c3"
    case robustZ = "robust-z"
    case stlResidualZ = "stl-z"
    case seasonalHybridESD = "shesd"

    var detection: DetectionMethod? {
        switch self {
        case .nb: .negativeBinomial
        case .pelt: nil
        case .earsC1: .earsC1
        case .earsC2: .earsC2
        case .earsC3: .earsC3
        case .robustZ: .robustZ
        case .stlResidualZ: .stlResidualZ
        case .seasonalHybridESD: .seasonalHybridESD
        }
    }
}

/// PELT's segment cost for a bare series.
public enum SeriesCost: String, Sendable, Codable, CaseIterable {
    /// A change of mean, Gaussian (ruptures' `l2`); penalty 3·s²·log n with s² the series' variance
    /// (``PELTPenalty/gaussianSpread(_:multiplier:)``: a wandering series is not cut into pieces).
    case gaussian
    /// A change of a count's rate; penalty 2·φ̂·log n with φ̂ the series' overdispersion.
    case poisson
    /// A change of mean or variance, Gaussian (the changepoint package's `cpt.meanvar`, test statistic
    /// Normal): cost m·log σ̂² per segment plus MBIC's log m, penalty 4·log n
    /// (``GaussianMeanVarianceCost`` in ``MBICSegmentCost``, ``PELTPenalty/mbic(observationCount:changingParameters:)``).
    /// For continuous measurements: on whole numbers two equal neighbours make a segment of variance 0.
    case meanVariance = "meanvar"
    /// A change of level or slope, Gaussian: each segment its own least-squares line, cost its residual
    /// sum of squares, segments of at least 3 values; penalty 4·σ̂²·log n with σ̂² the residual variance of
    /// one line through the whole series (``LinearTrendCost``, ``PELTPenalty/linearSpread(_:multiplier:)``):
    /// a trend is not cut into a staircase of level shifts.
    case linear

    /// The cost `detect --method pelt` uses when none is asked for: linear for counts (every value a
    /// whole number ≥ 0), gaussian for any other measurement.
    ///
    /// - Counts: poisson, a piecewise-constant mean, cut every trending count series into a staircase:
    ///   a population series into a change every second value (404 on TCPD's us_population, the
    ///   issue's own example), a count growing from 20 to 60 a day with nothing else in it into 5
    ///   changes. Lines keep a trend whole and still find a level shift at its day.
    /// - Other measurements: linear was the choice made before measuring, with the rule, set
    ///   beforehand, that gaussian takes its place if linear scored lower on TCPD's series that are
    ///   not counts: it did (F1 0.742 against 0.773 on those 17; benchmarks/RESULTS.md).
    public static func defaultCost(for values: [Double]) -> SeriesCost {
        values.allSatisfy { $0.isNaN || ($0 >= 0 && $0 == $0.rounded()) } ? .linear : .gaussian
    }
}

/// An anomaly in a bare `date,value` series: the contract's anomaly object with `index` (the
/// 0-based day of `start` in the series) added.
public struct SeriesAnomaly: Sendable, Codable, Equatable {
    public var id: String
    public var kind: AnomalyKind
    public var metric = "value"
    public var locality: String? = nil
    public var sector: String? = nil
    public var start: Day
    public var end: Day
    public var direction: AnomalyDirection
    public var score: Double
    public var method: SeriesMethod
    public var observed: Double?
    public var expected: Double?
    public var index: Int

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(kind, forKey: .kind); try c.encode(metric, forKey: .metric)
        try c.encode(locality, forKey: .locality); try c.encode(sector, forKey: .sector)
        try c.encode(start, forKey: .start); try c.encode(end, forKey: .end); try c.encode(direction, forKey: .direction)
        try c.encode(score.isFinite ? score : 999, forKey: .score); try c.encode(method, forKey: .method)
        try c.encode(observed, forKey: .observed); try c.encode(expected, forKey: .expected); try c.encode(index, forKey: .index)
    }
}

/// Runs one method on one bare series, with the calendar's working days (a series of any
/// measurement: the methods that model counts say so in their results). With
/// ``WorkingCalendar/everyDay`` every day is judged, weekends included; otherwise the days an
/// anomaly scan judges (weekdays less days off).
public enum SeriesDetector {
    /// - Parameter cost: PELT's cost; nil for ``SeriesCost/defaultCost(for:)``.
    public static func detect(_ series: DateValueSeries, method: SeriesMethod, cost: SeriesCost? = nil, calendar: WorkingCalendar = .vietnam,
                              threshold: DetectionThreshold = .standard, direction: DirectionFilter = .both) throws -> [SeriesAnomaly] {
        let range = DayRange(first: series.first, last: series.first.advanced(by: series.values.count - 1))
        let schedule = calendar.countsEveryDay ? WorkingDaySchedule(calendar: calendar, from: range.first, count: range.dayCount)
            : try AnomalyDetector.judgedDays(calendar, range)
        var events: [SeriesEvent]
        if method == .pelt {
            events = try changepoints(series.values, schedule: schedule, cost: cost ?? .defaultCost(for: series.values), direction: direction)
        } else {
            if method == .nb, series.values.contains(where: { !$0.isNaN && ($0 < 0 || $0 != $0.rounded()) }) {
                throw StatisticsError("the nb method models counts: every value must be a whole number ≥ 0 (use robust-z or pelt --cost gaussian for other measurements)")
            }
            let settings = ScanSettings(method: method.detection!, direction: direction, threshold: threshold, schedule: schedule, judgedFrom: 0)
            events = try SeriesScan.scan(numerator: series.values, denominator: nil, settings: settings).events
        }
        return events.map { e in
            let start = series.first.advanced(by: e.first)
            return SeriesAnomaly(id: Anomaly.makeID(kind: e.kind, metric: "value", locality: "", sector: nil, start: start), kind: e.kind,
                                 start: start, end: series.first.advanced(by: e.last), direction: e.direction, score: e.score, method: method,
                                 observed: finite(e.observed), expected: finite(e.expected), index: e.first)
        }
    }

    /// Every change PELT finds on the working days, as `changepoint` anomalies dated at the first
    /// day of the new segment: observed is the new segment's mean, expected the previous one's; with
    /// the linear cost, the new segment's line on its first day against the previous line extended to
    /// that day (the jump; for a change of slope alone, equal, and the direction is the slope's).
    static func changepoints(_ values: [Double], schedule: WorkingDaySchedule, cost: SeriesCost, direction: DirectionFilter) throws -> [SeriesEvent] {
        var working = values
        for t in working.indices where !schedule.isWorking(t) { working[t] = .nan }
        let observed = working.filter { !$0.isNaN }
        guard observed.count >= 4 else { return [] }
        let pelt = try PELT(minSize: cost == .linear ? 3 : 2)
        let segmentation: Segmentation
        let segmentCost: (Int, Int) -> Double
        var lineOf: ((Int, Int) -> FittedLine)?
        switch cost {
        case .gaussian:
            let c = try GaussianMeanCost(working)
            segmentation = try pelt.segment(c, penalty: PELTPenalty.gaussianSpread(observed))
            segmentCost = { c.cost(from: $0, to: $1) }
        case .poisson:
            guard observed.allSatisfy({ $0 >= 0 }) else { throw StatisticsError("the poisson cost needs counts ≥ 0 (use --cost gaussian)") }
            let c = try PoissonCost(counts: working)
            segmentation = try pelt.segment(c, penalty: PELTPenalty.counts(observationCount: observed.count, dispersion: PELTPenalty.poissonDispersion(observed)))
            segmentCost = { c.cost(from: $0, to: $1) }
        case .meanVariance:
            let c = MBICSegmentCost(try GaussianMeanVarianceCost(working))
            segmentation = try pelt.segment(c, penalty: PELTPenalty.mbic(observationCount: observed.count, changingParameters: 2))
            segmentCost = { c.cost(from: $0, to: $1) }
        case .linear:
            let c = try LinearTrendCost(working)
            segmentation = try pelt.segment(c, penalty: try PELTPenalty.linearSpread(working))
            segmentCost = { c.cost(from: $0, to: $1) }
            lineOf = { c.line(from: $0, to: $1) }
        }
        var observedBefore = [0]
        for v in working { observedBefore.append((observedBefore.last ?? 0) + (v.isNaN ? 0 : 1)) }
        var events: [SeriesEvent] = []
        let bounds = [0] + segmentation.breakpoints
        for k in 1..<max(1, bounds.count - 1) {
            let (a, b, c) = (bounds[k - 1], bounds[k], bounds[k + 1])
            // Costs count observations, breakpoints days.
            let (oa, ob, oc) = (observedBefore[a], observedBefore[b], observedBefore[c])
            var before = CountScan.mean(working, a..<b), after = CountScan.mean(working, b..<c)
            var falls = after < before
            if let lineOf {
                let old = lineOf(oa, ob), new = lineOf(ob, oc)
                (before, after) = (old.value(atDay: b), new.value(atDay: b))
                falls = after != before ? after < before : new.slope < old.slope
            }
            let d: AnomalyDirection = falls ? .down : .up
            guard direction.allows(d) else { continue }
            // How many penalties the change is worth: the cost it saves over one segment a..<c.
            let gain = (segmentCost(oa, oc) - segmentCost(oa, ob) - segmentCost(ob, oc)) / max(segmentation.penalty, .leastNormalMagnitude)
            events.append(SeriesEvent(kind: .changepoint, direction: d, method: .negativeBinomial, first: b, last: c - 1, observed: after, expected: before,
                                      low: nil, high: nil, score: gain, pValue: nil, workingDays: working[b..<c].filter { !$0.isNaN }.count))
        }
        return events
    }
}
