import UptakeCore
import UptakeStoreAPI

/// Explains a change (window against a baseline) or a gap (a rate against the nation's) at one
/// locality: where it came from (its communes or provinces, its sectors) and why (each cause of the
/// vocabulary scored from the evidence: incidents, readiness, sector fingerprints, the calendar).
///
/// ```swift
/// let e = try await Explainer(store: store).explain(ExplainRequest(locality: "01", window: DayRange(period: "2025-07")!))
/// e.causes.first?.cause        // .unexplained, or the best-supported cause
/// e.contributors.first?.name   // the commune that costs most
/// ```
public struct Explainer: Sendable {
    public let store: any UptakeStore
    /// Reads kept between explanations: the report's explainer shares one memo across its flagged localities.
    let memo: ExplainMemo?

    public init(store: any UptakeStore) { (self.store, self.memo) = (store, nil) }

    init(store: any UptakeStore, memo: ExplainMemo) { (self.store, self.memo) = (store, memo) }

    /// An explainer whose explanations share `reads` (readiness as of a day, the nation's sums, a
    /// province's communes): one morning check's alerts, as one report's flagged localities do.
    public init(store: any UptakeStore, sharing reads: SharedExplainReads) { (self.store, self.memo) = (store, reads.memo) }

    public func explain(_ request: ExplainRequest) async throws -> Explanation {
        let data = try await ExplainData.read(request, store: store, memo: memo)
        return try Explainer.explain(data)
    }

    static func explain(_ d: ExplainData) throws -> Explanation {
        let mode = d.request.mode
        var e = Explanation(locality: d.unit.code, name: d.unit.name, level: d.unit.level, metric: d.metric, sectors: d.request.sectors,
                            mode: mode, window: d.windowRange, baseline: mode == .change ? d.baseline : nil,
                            reference: mode == .gap ? Locality.nationCode : nil, summary: "")
        // The evidence is facts; summary, evidence and checked are worded where the explanation is rendered.
        let headline = try Headline(d)
        (e.value, e.baselineValue, e.change, e.relativeChange) = (headline.value, headline.reference, headline.change, headline.relative)
        (e.low, e.high, e.pValue) = (headline.low, headline.high, headline.pValue)
        e.fall = headline.fall
        e.workingDays = d.workingDaysWindow
        e.baselineWorkingDays = mode == .change ? d.workingDaysBefore : nil
        e.contributors = try Where.contributors(d, top: d.request.top)
        var evidence = CauseEvidence(d, headline: headline, contributors: e.contributors)
        evidence.assess()
        e.causes = evidence.ranked()
        if let drivers = evidence.sectorDrivers {
            // A sector is selected (a driver) only when it also fell significantly more than the others.
            for i in e.contributors.indices where e.contributors[i].dimension == .sector {
                if e.contributors[i].selected == true, let s = e.contributors[i].sector, !drivers.contains(s) { e.contributors[i].selected = false }
            }
        }
        e.checks = evidence.checks
        return e
    }
}

/// What moved, how much, and whether it is more than noise: the explanation's ``FallTest``.
struct Headline {
    var value: Double?
    var reference: Double?
    var change: Double?
    var relative: Double?
    var low: Double?
    var high: Double?
    var pValue: Double?
    /// The one test of "did it fall"; `nil` when there is nothing to test (no count on either side).
    var fall: FallTest?
    /// The metric fell (a change) or sits below the nation (a gap) beyond the noise: something to explain.
    var adverse: Bool { fall?.verdict == .fell }

    init(_ d: ExplainData) throws {
        let noun = Say.metricNoun(d.metric)
        let place = "\(d.unit.name) (\(d.unit.code))"
        if d.request.mode == .gap {
            guard let u = d.metric.fraction(d.window), let n = d.metric.fraction(d.nation), let ud = u.denominator, let nd = n.denominator, ud > 0, nd > 0 else {
                throw QueryError("no \(noun) at \(place) or in the nation in \(Say.range(d.windowRange))", code: .notFound)
            }
            set(try FallTest.rate(u.numerator, of: ud, versus: n.numerator, of: nd))
            return
        }
        guard let w = d.metric.fraction(d.window), let b = d.metric.fraction(d.before) else {
            throw QueryError("\(d.metric.rawValue) has no single fraction to explain")
        }
        if let wd = w.denominator, let bd = b.denominator {
            guard wd > 0, bd > 0 else {
                throw QueryError("\(noun) at \(place) has no denominator in \(wd == 0 ? "the window" : "the baseline") (\(Say.range(wd == 0 ? d.windowRange : d.baseline)))",
                                 hint: "choose another period or baseline", code: .notFound)
            }
            set(try FallTest.rate(w.numerator, of: wd, versus: b.numerator, of: bd))
        } else {
            let wdW = d.workingDaysWindow, wdB = d.workingDaysBefore
            let x1 = Double(w.numerator), x0 = Double(b.numerator)
            value = x1 / Double(wdW)
            reference = x0 / Double(wdB)
            change = (value ?? 0) - (reference ?? 0)
            relative = (reference ?? 0) > 0 ? (value ?? 0) / (reference ?? 1) - 1 : nil
            if x0 + x1 > 0 {
                let t = try FallTest.volume(count: x1, days: wdW, baselineCount: x0, baselineDays: wdB,
                                            dispersion: Headline.dispersion(d.daily?.numerator ?? [], d))
                (low, high, pValue, fall) = (t.low, t.high, t.pValue, t)
            }
        }
    }

    /// A rate's test: the values, their difference and its interval.
    mutating func set(_ t: FallTest) {
        (value, reference, change) = (t.observed, t.expected, t.estimate)
        relative = t.expected > 0 ? t.observed / t.expected - 1 : nil
        (low, high, pValue, fall) = (t.low, t.high, t.pValue, t)
    }

    /// Pearson χ²/df of the working days' counts around their period's mean (window, baseline):
    /// how much more the days vary than Poisson counts would; at least 1.
    static func dispersion(_ counts: [Double], _ d: ExplainData) -> Double {
        guard let first = d.daily?.first else { return 1 }
        var groups: [[Double]] = [[], []]
        for (i, y) in counts.enumerated() where y.isFinite {
            let day = first.advanced(by: i)
            guard d.request.calendar.isWorkingDay(day) else { continue }
            groups[d.windowRange.contains(day) ? 1 : 0].append(y)
        }
        return pearsonDispersion(groups)
    }

    /// Pearson χ²/df of counts around their group's mean, with one degree of freedom per group's
    /// mean (two groups): how much more the days vary than Poisson counts would; at least 1.
    static func pearsonDispersion(_ groups: [[Double]]) -> Double {
        var chi2 = 0.0, n = 0
        for g in groups where !g.isEmpty {
            let m = g.reduce(0, +) / Double(g.count)
            guard m > 0 else { continue }
            chi2 += g.reduce(0) { $0 + ($1 - m) * ($1 - m) / m }
            n += g.count
        }
        return n > 2 ? max(1, chi2 / Double(n - 2)) : 1
    }
}
