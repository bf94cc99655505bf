import Foundation

/// Optimal segmentation of a series by Pruned Exact Linear Time (Killick, Fearnhead & Eckley 2012,
/// "Optimal detection of changepoints with a linear computational cost", JASA 107(500), 1590–1598).
///
/// Minimises `Σ C(segment) + β·(number of changes)` over all segmentations whose segments hold at least
/// `minSize` observations and whose changes fall on multiples of `jump`, by the recursion
/// `F(s) = min_{t < s} F(t) + C(t, s) + β` (`F(0) = 0`; Jackson et al. 2005, "optimal partitioning"),
/// where a candidate `t` is dropped for good once `F(t) + C(t, s) > F(s) + m` (Killick et al.'s pruning with
/// `K = −m`, `m` the cost's ``SegmentCost/pruningMargin``: 0 for costs that never grow when a segment is
/// split, `log(n/4)` for ``MBICSegmentCost``; see below for `minSize > 1`).
///
/// The recursion and its candidate order are those of ruptures' `Pelt(...).predict(pen=β)` (1.1); ties go
/// to the earliest candidate `t`, as there. One deliberate deviation: ruptures drops `t` as soon as the
/// test fails at `s`, but the test only shows that `t` loses to `s` for ends `T ≥ s + minSize` (the
/// segment `s..<T` must be allowed); for `minSize > 1` ruptures thus sometimes misses the optimum (1.5% of
/// random series of 4–13 values with `minSize` 2–3). Here a `t` that fails at `s` stays a candidate until
/// `s + minSize`, which keeps the result exactly optimal; with `minSize = 1` both are the same algorithm.
///
/// Each step costs O(number of live candidates) and allocates nothing (five buffers of n + 1 are
/// allocated once per call): O(n) overall when the number of changes grows with `n`, up to O(n²) for a
/// series with no change at all, where nothing can be pruned (n = 365: about 66,000 cost evaluations).
///
/// Edge cases: an empty series has no breakpoints; a series with fewer than `2·minSize` observations
/// cannot be split and is returned as one segment (ruptures raises for fewer than `minSize`). Missing days
/// are left out by the cost (see ``SegmentCost``) and breakpoints are reported in days: a change is put on
/// the first observed day of the new segment, so missing days at a change join the earlier segment.
///
/// ```swift
/// let cost = try PoissonCost(counts: dailyCounts)
/// let result = try PELT().segment(cost, penalty: PELTPenalty.counts(observationCount: cost.observationCount))
/// result.changepoints   // e.g. [181]: a new level from day 181 on
/// ```
public struct PELT: Sendable, Hashable {
    /// The fewest observations a segment may hold (≥ 1; 2 by default, as ruptures).
    public let minSize: Int
    /// Changes are considered only at multiples of `jump` (1: every day).
    public let jump: Int

    /// - Throws: ``StatisticsError`` when `minSize` or `jump` is not a positive integer.
    public init(minSize: Int = 2, jump: Int = 1) throws(StatisticsError) {
        guard minSize >= 1 else { throw StatisticsError("minSize must be a positive integer (is \(minSize))") }
        guard jump >= 1 else { throw StatisticsError("jump must be a positive integer (is \(jump))") }
        self.minSize = minSize
        self.jump = jump
    }

    /// The optimal segmentation of the series behind `cost`, with penalty `penalty` (β) per change.
    /// - Throws: ``StatisticsError`` when `penalty` is negative or not finite.
    @inlinable
    public func segment<Cost: SegmentCost>(_ cost: Cost, penalty: Double) throws(StatisticsError) -> Segmentation {
        guard penalty >= 0, penalty.isFinite else {
            throw StatisticsError("penalty must be finite and non-negative (is \(penalty))")
        }
        let n = cost.observationCount
        guard n > 0 else { return Segmentation(breakpoints: [], cost: 0, penalty: penalty) }
        guard n >= 2 * minSize else {
            return Segmentation(breakpoints: [cost.dayCount], cost: cost.cost(from: 0, to: n), penalty: penalty)
        }
        let ends = optimalEnds(cost, penalty: penalty, n: n)
        var total = 0.0, start = 0
        var breakpoints = [Int]()
        breakpoints.reserveCapacity(ends.count)
        for end in ends {
            total += cost.cost(from: start, to: end)
            breakpoints.append(end == n ? cost.dayCount : cost.day(ofObservation: end))
            start = end
        }
        return Segmentation(breakpoints: breakpoints, cost: total, penalty: penalty)
    }

    /// Segment ends in observations (the last is `n`): ruptures' `Pelt._seg` written with flat buffers
    /// instead of a dictionary of partitions per end, with exact pruning for `minSize > 1` (written by
    /// hand: no library available here does PELT).
    @inlinable
    func optimalEnds<Cost: SegmentCost>(_ cost: Cost, penalty: Double, n: Int) -> [Int] {
        // Raw buffers, allocated once per call: the inner loop runs O(n²) times on a series without
        // change (nothing can be pruned there), so it carries no bounds checks or uniqueness checks.
        // best[s] = F(s) with β per segment (ruptures' sum of the partition's values); previous[s] = the
        // start of the last segment of that optimum.
        let best = UnsafeMutableBufferPointer<Double>.allocate(capacity: n + 1)
        let previous = UnsafeMutableBufferPointer<Int>.allocate(capacity: n + 1)
        // The live candidates t, in increasing order; expiry[i]: the first end at which candidates[i]
        // may no longer win (Int.max while it passes the pruning test); values[i]: F(t) + C(t, end) + β.
        let candidates = UnsafeMutableBufferPointer<Int>.allocate(capacity: n + 1)
        let expiry = UnsafeMutableBufferPointer<Int>.allocate(capacity: n + 1)
        let values = UnsafeMutableBufferPointer<Double>.allocate(capacity: n + 1)
        defer {
            best.deallocate(); previous.deallocate(); candidates.deallocate(); expiry.deallocate(); values.deallocate()
        }
        let margin = cost.pruningMargin
        best.initialize(repeating: .infinity)
        previous.initialize(repeating: -1)
        best[0] = 0
        previous[0] = 0
        var count = 0
        // ruptures' ends: the multiples of jump in minSize..<n, then n.
        var end = Swift.min(n, (minSize + jump - 1) / jump * jump)
        while true {
            // ruptures: new_adm_pt = floor((bkp − min_size) / jump) · jump. A point in 1..<minSize has no
            // partition of 0..<t; ruptures appends and then drops it, we do not append it.
            let newest = (end - minSize) / jump * jump
            if newest == 0 || newest >= minSize {
                candidates[count] = newest
                expiry[count] = Int.max
                count += 1
            }
            var lowest = Double.infinity, argument = -1
            for i in 0..<count {
                let t = candidates[i]
                let value = best[t] + (cost.cost(from: t, to: end) + penalty)
                values[i] = value
                if value < lowest { lowest = value; argument = t }
            }
            best[end] = lowest
            previous[end] = argument
            if end == n { break }
            let next = Swift.min(end + jump, n)
            // t fails when F(t) + C(t, end) + β > F(end) + β + margin; it can then win no end T ≥ end + minSize
            // (ruptures drops it at once, which is the same for minSize 1).
            let bound = lowest + penalty + margin
            var kept = 0
            for i in 0..<count {
                var expires = expiry[i]
                if expires == Int.max, values[i] > bound { expires = end + minSize }
                if expires > next {
                    candidates[kept] = candidates[i]
                    expiry[kept] = expires
                    kept += 1
                }
            }
            count = kept
            end = next
        }
        var ends = [Int]()
        var s = n
        while s > 0 {
            ends.append(s)
            s = previous[s]
        }
        return ends.reversed()
    }
}

/// A segmentation found by ``PELT``.
public struct Segmentation: Sendable, Hashable, Codable {
    /// The end (exclusive, in days) of each segment, the last being the series' length: ruptures'
    /// convention. Empty for an empty series.
    public let breakpoints: [Int]
    /// The sum of the segments' costs, without penalty.
    public let cost: Double
    /// The penalty per change it was found with.
    public let penalty: Double

    public init(breakpoints: [Int], cost: Double, penalty: Double) {
        self.breakpoints = breakpoints
        self.cost = cost
        self.penalty = penalty
    }

    /// The days on which a new segment starts: `breakpoints` without the last.
    public var changepoints: [Int] { Array(breakpoints.dropLast()) }

    /// `cost + penalty × number of changes`: what PELT minimised.
    public var penalisedCost: Double { cost + penalty * Double(changepoints.count) }
}

/// Default penalties β for ``PELT``, in the units of each cost. Each is a function of the data that the
/// caller may replace with any number of their own.
///
/// The rule is BIC-like: a change adds two parameters (where, and the new level), so on the
/// `−2·log-likelihood` scale it costs `2·log n` (`multiplier` 2). The costs here are deviances (already on
/// that scale) for Poisson and binomial; the Gaussian cost is a sum of squares, i.e. `σ²` times that scale,
/// so its penalty is multiplied by an estimate of `σ²`.
public enum PELTPenalty {
    /// `β = multiplier · σ̂² · log n` for ``GaussianMeanCost``, with `σ̂ = 1.4826 · MAD(Δy) / √2`: the MAD of
    /// the first differences of the observed values, which a change of level moves only once, so it is
    /// robust to the changes being sought (as in Fryzlewicz 2014's wild binary segmentation).
    ///
    /// Fallbacks when the MAD is 0 (e.g. long constant runs): the standard deviation of the differences
    /// over √2, then 1. Fewer than 2 observations: 0 (nothing can be split anyway).
    public static func gaussian(_ series: [Double], multiplier: Double = 2) -> Double {
        let observed = series.filter { !$0.isNaN }
        guard observed.count >= 2 else { return 0 }
        let differences = zip(observed.dropFirst(), observed).map { $0 - $1 }
        var sigma = RobustScale.mad(differences) / 2.0.squareRoot()
        if sigma == 0 {
            let mean = differences.reduce(0, +) / Double(differences.count)
            let squares = differences.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            sigma = differences.count > 1 ? (squares / Double(differences.count - 1)).squareRoot() / 2.0.squareRoot() : 0
        }
        if !(sigma > 0) || !sigma.isFinite { sigma = 1 }
        return multiplier * sigma * sigma * Foundation.log(Double(observed.count))
    }

    /// `β = multiplier · s² · log n` for ``GaussianMeanCost``, with `s²` the sample variance of the observed
    /// values (divisor n − 1) and `multiplier` 3: the setting in which van den Burg & Williams (2020, "An
    /// evaluation of change point detection algorithms", arXiv:2003.06222) ran PELT in the Turing change
    /// point benchmark (TCPD): the changepoint package's `cpt.mean` (Killick & Eckley 2014) on standardised
    /// data with its default MBIC penalty, whose per-change term is `3·log n` (Zhang & Siegmund 2007).
    /// `uptake detect --cost gaussian` uses it.
    ///
    /// Why the series' whole variance rather than ``gaussian(_:multiplier:)``'s MAD of differences: that
    /// one estimates the noise of values independent around a stepwise mean. Most measured series wander
    /// (autocorrelated noise, trends): their day-to-day differences are small against the swings of the
    /// level, so with that penalty a change-in-mean model cuts them into hundreds of pieces (TCPD's US
    /// population series: 406 changes in 816 values). `s²` holds the swings and the changes themselves, so
    /// it bounds the noise from above and only changes that stand out against the series' whole spread are
    /// kept; a lone change of `δ` between halves is still found once `n·δ²/4 > β` (about
    /// `δ > 2·s·√(3·log n / n)`). On TCPD's univariate series the mean F1 (margin 5) goes from 0.48 to 0.71
    /// (`benchmarks/detect`, figures in benchmarks/RESULTS.md).
    ///
    /// Deliberate differences from `cpt.mean(scale(y), penalty = "MBIC", method = "PELT")` itself (measured
    /// by `benchmarks/detect/compare_tcpd_reference.py`): MBIC's `log m` per segment is left out, and the
    /// optimum is exact where the package's pruning (valid only without those terms) can miss it; on 21 of
    /// TCPD's 30 series the changes are the package's, and the F1 differs by 0.001. The paper's 0.728 against
    /// 0.716 here is the index: TCPDBench scores the package's `cpts − 1`, the last value of the old level,
    /// while a change here is the first day of the new level, as R's `cpts` and as the annotators marked it.
    ///
    /// Edge cases: fewer than 2 observed values: 0 (nothing can be split); a constant series (`s² = 0`):
    /// `multiplier · log n`, as if `s` were 1 (a split of a constant series saves nothing anyway).
    public static func gaussianSpread(_ series: [Double], multiplier: Double = 3) -> Double {
        let observed = series.filter { !$0.isNaN }
        guard observed.count >= 2 else { return 0 }
        return multiplier * spreadScale(observed) * Foundation.log(Double(observed.count))
    }

    /// The sample variance `s²` of `observed` (two-pass, so a series far from 0 keeps its digits), or 1
    /// when it is 0, not finite or there are fewer than 2 values: the scale of the Gaussian penalty and
    /// of ``GaussianMeanVarianceCost``'s variance floor.
    static func spreadScale(_ observed: [Double]) -> Double {
        guard observed.count >= 2 else { return 1 }
        let mean = observed.reduce(0, +) / Double(observed.count)
        let variance = observed.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(observed.count - 1)
        return variance > 0 && variance.isFinite ? variance : 1
    }

    /// The changepoint package's MBIC penalty per change, `β = (p + 2) · log n` with `p` the parameters a
    /// change moves (its `penalty_decision`, `diffparam`: 1 for `cpt.mean` and `cpt.var`, 2 for
    /// `cpt.meanvar`), for a cost in `−2·log-likelihood` units wrapped in ``MBICSegmentCost`` (which adds
    /// the criterion's `log` of each segment's length). Zhang & Siegmund 2007. `uptake detect --cost
    /// meanvar` uses it with ``GaussianMeanVarianceCost`` and `p = 2`: `4 · log n`. Fewer than 2
    /// observations: 0.
    public static func mbic(observationCount n: Int, changingParameters p: Int = 2) -> Double {
        n < 2 ? 0 : Double(p + 2) * Foundation.log(Double(n))
    }

    /// `β = multiplier · dispersion · log n` for ``PoissonCost`` and ``BinomialCost`` (deviances).
    ///
    /// Daily application counts are usually overdispersed (variance above the mean); a deviance divided by
    /// a dispersion `φ` is a quasi-likelihood, which is the same as multiplying β by `φ`. Pass
    /// ``poissonDispersion(_:)`` (or a dispersion of your own) to allow for it; 1 is pure Poisson/binomial.
    /// Fewer than 2 observations: 0.
    public static func counts(observationCount n: Int, multiplier: Double = 2, dispersion: Double = 1) -> Double {
        n < 2 ? 0 : multiplier * dispersion * Foundation.log(Double(n))
    }

    /// A robust dispersion `φ̂ = max(1, σ̂²_Δ / (2·median y))` of counts: for Poisson counts of mean `μ`,
    /// `Var(Δy) = 2μ`, so this is ~1 without overdispersion. `σ̂_Δ = 1.4826·MAD(Δy)`, insensitive to level
    /// shifts. 1 when the median is 0 or there are fewer than 3 observed values.
    public static func poissonDispersion(_ counts: [Double]) -> Double {
        let observed = counts.filter { !$0.isNaN }
        guard observed.count >= 3 else { return 1 }
        let median = RobustScale.median(observed)
        guard median > 0 else { return 1 }
        let differences = zip(observed.dropFirst(), observed).map { $0 - $1 }
        let s = RobustScale.mad(differences)
        return Swift.max(1, s * s / (2 * median))
    }
}
