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

    public init(store: any UptakeStore) { self.store = store }

    public func explain(_ request: ExplainRequest) async throws -> Explanation {
        let data = try await ExplainData.read(request, store: store)
        return try Explainer.explain(data)
    }

    static func explain(_ d: ExplainData) throws -> Explanation {
        let mode = d.request.mode
        var e = Explanation(locality: d.unit.code, name: d.unit.name, level: d.unit.level, metric: d.metric, sectors: d.request.sectors,
                            mode: mode, window: d.windowRange, baseline: mode == .change ? d.baseline : nil,
                            reference: mode == .gap ? Locality.nationCode : nil, summary: "")
        let headline = try Headline(d)
        (e.value, e.baselineValue, e.change, e.relativeChange) = (headline.value, headline.reference, headline.change, headline.relative)
        (e.low, e.high, e.pValue) = (headline.low, headline.high, headline.pValue)
        e.summary = headline.summary
        e.contributors = try Where.contributors(d, top: d.request.top)
        var evidence = CauseEvidence(d, headline: headline, contributors: e.contributors)
        evidence.assess()
        e.causes = evidence.ranked()
        e.checked = evidence.checked
        return e
    }
}

/// What moved, how much, and whether it is more than noise.
struct Headline {
    var value: Double?
    var reference: Double?
    var change: Double?
    var relative: Double?
    var low: Double?
    var high: Double?
    var pValue: Double?
    /// The metric moved the bad way (down) beyond the noise: something to explain.
    var adverse: Bool
    var summary: String

    init(_ d: ExplainData) throws {
        let noun = Say.metricNoun(d.metric)
        let place = "\(d.unit.name) (\(d.unit.code))"
        if d.request.mode == .gap {
            guard let u = d.metric.fraction(d.window), let n = d.metric.fraction(d.nation), let ud = u.denominator, let nd = n.denominator, ud > 0, nd > 0 else {
                throw QueryError("no \(noun) at \(place) or in the nation in \(Say.range(d.windowRange))", code: .notFound)
            }
            let test = try TwoProportionDifference(u.numerator, of: ud, versus: n.numerator, of: nd)
            (value, reference, change) = (test.rate1, test.rate2, test.difference)
            relative = test.rate2 > 0 ? test.rate1 / test.rate2 - 1 : nil
            (low, high, pValue) = (test.low, test.high, test.pValue)
            adverse = test.high < 0
            summary = "\(place): \(noun) \(Say.percent(test.rate1, 2)) in \(Say.range(d.windowRange)) against the nation's \(Say.percent(test.rate2, 2)), "
                + "\(Say.signedPoints(test.difference)) (95% CI \(Say.signedPoints(test.low)) to \(Say.signedPoints(test.high)), \(Say.p(test.pValue)))."
            return
        }
        guard let w = d.metric.fraction(d.window), let b = d.metric.fraction(d.before) else {
            throw QueryError("\(d.metric.rawValue) has no single fraction to explain")
        }
        if let wd = w.denominator, let bd = b.denominator {
            guard wd > 0, bd > 0 else {
                throw QueryError("\(noun) at \(place) has no denominator in \(wd == 0 ? "the window" : "the baseline") (\(Say.range(wd == 0 ? d.windowRange : d.baseline)))",
                                 hint: "choose another period or --baseline", code: .notFound)
            }
            let test = try TwoProportionDifference(w.numerator, of: wd, versus: b.numerator, of: bd)
            (value, reference, change) = (test.rate1, test.rate2, test.difference)
            relative = test.rate2 > 0 ? test.rate1 / test.rate2 - 1 : nil
            (low, high, pValue) = (test.low, test.high, test.pValue)
            adverse = test.high < 0
            summary = "\(place): \(noun) \(Say.percent(test.rate1, 2)) in \(Say.range(d.windowRange)) against \(Say.percent(test.rate2, 2)) in \(Say.range(d.baseline)), "
                + "\(Say.signedPoints(test.difference)) (95% CI \(Say.signedPoints(test.low)) to \(Say.signedPoints(test.high)), \(Say.p(test.pValue)))."
        } else {
            let wdW = d.workingDaysWindow, wdB = d.workingDaysBefore
            let x1 = Double(w.numerator), x0 = Double(b.numerator)
            value = x1 / Double(wdW)
            reference = x0 / Double(wdB)
            change = (value ?? 0) - (reference ?? 0)
            relative = (reference ?? 0) > 0 ? (value ?? 0) / (reference ?? 1) - 1 : nil
            if x0 + x1 > 0 {
                let ratio = try PoissonRateRatio(count1: x1, exposure1: Double(wdW), count2: x0, exposure2: Double(wdB),
                                                 dispersion: Headline.dispersion(d.daily?.numerator ?? [], d))
                (low, high, pValue) = (ratio.low, ratio.high, ratio.pValue)
                adverse = ratio.high < 1
                summary = "\(place): \(Say.decimal(value ?? 0)) \(noun) per working day in \(Say.range(d.windowRange)) (\(wdW) working days) against "
                    + "\(Say.decimal(reference ?? 0)) in \(Say.range(d.baseline)) (\(wdB)): \(Say.ratioChange(ratio.ratio, ratio.low, ratio.high)), \(Say.p(ratio.pValue))."
            } else {
                adverse = false
                summary = "\(place): no \(noun) in either period."
            }
        }
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
