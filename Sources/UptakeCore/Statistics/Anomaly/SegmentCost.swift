import Foundation

/// The cost of one segment of a series, for ``PELT``: the lower, the better the segment is described
/// by one parameter value. Every cost here is O(1) per segment from prefix sums built once.
///
/// A cost works on the *observed* values of a series (a missing day, `NaN`, is left out when the cost
/// is built) and knows the day each observation fell on, so a segmentation can be reported in days.
/// PELT's pruning needs to know how much a split can raise the cost: `C(a,b) + C(b,c) ≤ C(a,c) + m` for every
/// split, `m` being ``pruningMargin`` (Killick et al. 2012, eq. 4, with K = −m). Every minimised negative
/// log-likelihood never grows when split (m = 0, the default); ``MBICSegmentCost`` adds a term per segment
/// that does.
public protocol SegmentCost: Sendable {
    /// The number of observed values (missing days left out).
    var observationCount: Int { get }
    /// The number of days of the series the cost was built from, missing days included.
    var dayCount: Int { get }
    /// The cost of observations `start..<end`, `0 ≤ start < end ≤ observationCount`.
    func cost(from start: Int, to end: Int) -> Double
    /// The day (index into the original series) of observation `index`, `0 ≤ index < observationCount`.
    func day(ofObservation index: Int) -> Int
    /// The most a split of one segment into two can add to the cost, `max C(a,b) + C(b,c) − C(a,c)` (at
    /// least that bound); ``PELT`` keeps a candidate until its loss exceeds it. 0 by default.
    var pruningMargin: Double { get }
}

extension SegmentCost {
    public var pruningMargin: Double { 0 }
}

/// The days of a series that hold a value; no lookup table when none is missing (the common case).
@usableFromInline
struct ObservedDays: Sendable {
    @usableFromInline let complete: Bool
    @usableFromInline let days: ContiguousArray<Int>
    @usableFromInline let dayCount: Int

    init(missing: (Int) -> Bool, count: Int) {
        dayCount = count
        var anyMissing = false
        for i in 0..<count where missing(i) { anyMissing = true; break }
        complete = !anyMissing
        days = anyMissing ? ContiguousArray((0..<count).filter { !missing($0) }) : []
    }

    var observationCount: Int { complete ? dayCount : days.count }

    @inlinable func day(_ index: Int) -> Int { complete ? index : days[index] }
}

/// `x · log(x / y)` with the limit `0 · log 0 = 0`, so empty categories (zero counts) cost nothing.
@inlinable
func xLogXOver(_ x: Double, _ y: Double) -> Double {
    x > 0 ? x * Foundation.log(x / y) : 0
}

/// Prefix sums of `y − y₀` and of its square over the observed values (`y₀` the first observed value,
/// so integer counts stay integers and a constant segment sums to exactly 0), and the observed days:
/// what both Gaussian costs read a segment's sums from.
/// - Throws: ``StatisticsError`` when a value is infinite.
func shiftedPrefixSums(_ series: [Double]) throws(StatisticsError)
    -> (sum: ContiguousArray<Double>, sumOfSquares: ContiguousArray<Double>, observed: ObservedDays) {
    guard !series.contains(where: \.isInfinite) else {
        throw StatisticsError("the series holds an infinite value")
    }
    let shift = series.first { !$0.isNaN } ?? 0
    var s = ContiguousArray<Double>(repeating: 0, count: 1), q = s
    s.reserveCapacity(series.count + 1); q.reserveCapacity(series.count + 1)
    var a = 0.0, b = 0.0
    for y in series where !y.isNaN {
        let d = y - shift
        a += d; b += d * d
        s.append(a); q.append(b)
    }
    return (s, q, ObservedDays(missing: { series[$0].isNaN }, count: series.count))
}

/// Change in mean of a Gaussian series with a common variance: the sum of squared deviations from the
/// segment mean, `C(a,b) = Σ (y − ȳ)²` (ruptures' `CostL2`, `model="l2"`).
///
/// From prefix sums of `y − y₀` and its square (`y₀` the first observed value, so integer counts stay
/// integers and a constant segment costs exactly 0): `C = Q − S²/n`, clamped at 0 against rounding.
/// - Missing days (`NaN`) are left out.
public struct GaussianMeanCost: SegmentCost {
    @usableFromInline let sum: ContiguousArray<Double>
    @usableFromInline let sumOfSquares: ContiguousArray<Double>
    @usableFromInline let observed: ObservedDays

    /// - Throws: ``StatisticsError`` when a value is infinite.
    public init(_ series: [Double]) throws(StatisticsError) {
        (sum, sumOfSquares, observed) = try shiftedPrefixSums(series)
    }

    public var observationCount: Int { observed.observationCount }
    public var dayCount: Int { observed.dayCount }
    @inlinable public func day(ofObservation index: Int) -> Int { observed.day(index) }

    @inlinable public func cost(from start: Int, to end: Int) -> Double {
        let s = sum[end] - sum[start]
        let q = sumOfSquares[end] - sumOfSquares[start]
        return Swift.max(0, q - s * s / Double(end - start))
    }
}

/// Change in rate of Poisson counts: the segment's Poisson deviance at its maximum-likelihood mean
/// `ȳ = S/n`, `C(a,b) = 2 Σ y·log(y/ȳ)` (the `−(y − ȳ)` terms of the deviance sum to 0 at the MLE).
///
/// This is `−2·log-likelihood` at the segment MLE less terms that depend on each day alone
/// (`2 Σ (y log y − y − log y!)`), which add up to the same total for every segmentation and so do not
/// move the optimum. From prefix sums of `y` and `y·log y`: `C = 2 (Σ y log y − S·log(S/n))`; a segment of
/// zeros costs 0 (`0·log 0 = 0`), never `NaN`. Counts need not be integers (e.g. scaled counts).
/// - Missing days (`NaN`) are left out.
public struct PoissonCost: SegmentCost {
    @usableFromInline let sum: ContiguousArray<Double>
    @usableFromInline let sumOfYLogY: ContiguousArray<Double>
    @usableFromInline let observed: ObservedDays

    /// - Throws: ``StatisticsError`` when a count is negative or infinite.
    public init(counts: [Double]) throws(StatisticsError) {
        guard !counts.contains(where: { $0 < 0 || $0.isInfinite }) else {
            throw StatisticsError("Poisson counts must be finite and non-negative")
        }
        observed = ObservedDays(missing: { counts[$0].isNaN }, count: counts.count)
        var s = ContiguousArray<Double>(repeating: 0, count: 1), l = s
        s.reserveCapacity(counts.count + 1); l.reserveCapacity(counts.count + 1)
        var a = 0.0, b = 0.0
        for y in counts where !y.isNaN {
            a += y; b += xLogXOver(y, 1)
            s.append(a); l.append(b)
        }
        (sum, sumOfYLogY) = (s, l)
    }

    public var observationCount: Int { observed.observationCount }
    public var dayCount: Int { observed.dayCount }
    @inlinable public func day(ofObservation index: Int) -> Int { observed.day(index) }

    @inlinable public func cost(from start: Int, to end: Int) -> Double {
        let s = sum[end] - sum[start]
        guard s > 0 else { return 0 }
        let l = sumOfYLogY[end] - sumOfYLogY[start]
        return Swift.max(0, 2 * (l - s * Foundation.log(s / Double(end - start))))
    }
}

/// Change in a proportion (successes out of trials per day, e.g. online submissions out of all
/// applications): the segment's binomial deviance at its maximum-likelihood proportion `p̂ = K/M`,
/// `C(a,b) = 2 Σ [k·log(k/(m p̂)) + (m−k)·log((m−k)/(m(1−p̂)))]`.
///
/// This is `−2·log-likelihood` at the segment MLE less per-day terms (the saturated log-likelihood and
/// the binomial coefficients), which do not move the optimum. From prefix sums of `K`, `M` and each day's
/// saturated term `k log(k/m) + (m−k) log((m−k)/m)`; `0·log 0 = 0`, so a segment with `p̂ = 0` or `1`
/// (or no trials at all) is finite. Days with 0 trials carry no information and cost nothing.
/// - Missing days (`NaN` successes or trials) are left out.
public struct BinomialCost: SegmentCost {
    @usableFromInline let successes: ContiguousArray<Double>
    @usableFromInline let trials: ContiguousArray<Double>
    @usableFromInline let saturated: ContiguousArray<Double>
    @usableFromInline let observed: ObservedDays

    /// - Throws: ``StatisticsError`` when the arrays differ in length or a day is not `0 ≤ k ≤ m < ∞`.
    public init(successes k: [Double], trials m: [Double]) throws(StatisticsError) {
        guard k.count == m.count else {
            throw StatisticsError("successes and trials must have the same length (\(k.count) and \(m.count))")
        }
        for i in k.indices where !(k[i].isNaN || m[i].isNaN) {
            guard k[i] >= 0, k[i] <= m[i], m[i].isFinite else {
                throw StatisticsError("day \(i): successes must be between 0 and trials, and trials finite (\(k[i]) of \(m[i]))")
            }
        }
        observed = ObservedDays(missing: { k[$0].isNaN || m[$0].isNaN }, count: k.count)
        var ks = ContiguousArray<Double>(repeating: 0, count: 1), ms = ks, sat = ks
        ks.reserveCapacity(k.count + 1); ms.reserveCapacity(k.count + 1); sat.reserveCapacity(k.count + 1)
        var a = 0.0, b = 0.0, c = 0.0
        for i in k.indices where !(k[i].isNaN || m[i].isNaN) {
            a += k[i]; b += m[i]
            c += xLogXOver(k[i], m[i]) + xLogXOver(m[i] - k[i], m[i])
            ks.append(a); ms.append(b); sat.append(c)
        }
        (successes, trials, saturated) = (ks, ms, sat)
    }

    public var observationCount: Int { observed.observationCount }
    public var dayCount: Int { observed.dayCount }
    @inlinable public func day(ofObservation index: Int) -> Int { observed.day(index) }

    @inlinable public func cost(from start: Int, to end: Int) -> Double {
        let k = successes[end] - successes[start]
        let m = trials[end] - trials[start]
        guard m > 0 else { return 0 }
        let fitted = xLogXOver(k, m) + xLogXOver(m - k, m)
        return Swift.max(0, 2 * (saturated[end] - saturated[start] - fitted))
    }
}

/// Change in mean and variance of a Gaussian series: `C(a,b) = m·log σ̂²`, `m = b − a`, with σ̂² the
/// segment's maximum-likelihood variance `Σ (y − ȳ)² / m`; the changepoint package's `cpt.meanvar`
/// with `test.stat = "Normal"` (Killick & Eckley 2014, "changepoint: An R package for changepoint
/// analysis", JSS 58(3); its C function `mll_meanvar`), which is `−2·log-likelihood` at the segment MLE
/// less `m·(log 2π + 1)`: those terms add up to `n·(log 2π + 1)` for every segmentation and do not move
/// the optimum. Use it with segments of at least 2 observations (`PELT(minSize: 2)`, the package's
/// `minseglen` for this cost): one value has no variance.
///
/// A segment whose variance is 0 (a constant run) would cost −∞: σ̂² is raised to a floor, by default
/// `10⁻¹¹ · s²` with `s²` the sample variance (divisor n − 1) of the observed series, which is the package's
/// `10⁻¹¹` on a series standardised as TCPDBench does (`scale()`), so the optimum does not depend on the
/// series' unit. Deviation: the package raises only a σ̂² ≤ 0 to its floor; here any σ̂² below the floor is
/// raised, so rounding in the prefix sums of a constant segment (a tiny positive σ̂²) cannot make its cost
/// arbitrarily negative. A constant series (`s² = 0`) uses the floor 10⁻¹¹.
///
/// Caveat (the package's too): on whole numbers, two equal neighbours form a segment of variance 0, whose
/// cost `2·log(floor)` beats almost any penalty, so this cost suits continuous measurements, not counts.
/// The floor also lets a split raise the cost slightly for segments near it (`C` is not concave there);
/// ``PELT``'s pruning assumes it does not, which matters only for variances within a few multiples of the
/// floor.
///
/// From prefix sums of `y − y₀` and its square (`y₀` the first observed value): `σ̂² = (Q − S²/m)/m`.
/// - Missing days (`NaN`) are left out.
public struct GaussianMeanVarianceCost: SegmentCost {
    @usableFromInline let sum: ContiguousArray<Double>
    @usableFromInline let sumOfSquares: ContiguousArray<Double>
    @usableFromInline let observed: ObservedDays
    /// The least variance a segment is given (see the type's summary).
    public let varianceFloor: Double

    /// - Parameter varianceFloor: nil for `10⁻¹¹ · s²` (see the type's summary).
    /// - Throws: ``StatisticsError`` when a value is infinite or `varianceFloor` is not positive and finite.
    public init(_ series: [Double], varianceFloor: Double? = nil) throws(StatisticsError) {
        if let varianceFloor {
            guard varianceFloor > 0, varianceFloor.isFinite else {
                throw StatisticsError("varianceFloor must be positive and finite (is \(varianceFloor))")
            }
        }
        (sum, sumOfSquares, observed) = try shiftedPrefixSums(series)
        if let varianceFloor {
            self.varianceFloor = varianceFloor
        } else {
            self.varianceFloor = 1e-11 * PELTPenalty.spreadScale(series.filter { !$0.isNaN })
        }
    }

    public var observationCount: Int { observed.observationCount }
    public var dayCount: Int { observed.dayCount }
    @inlinable public func day(ofObservation index: Int) -> Int { observed.day(index) }

    @inlinable public func cost(from start: Int, to end: Int) -> Double {
        let m = Double(end - start)
        let s = sum[end] - sum[start]
        let q = sumOfSquares[end] - sumOfSquares[start]
        return m * Foundation.log(Swift.max(varianceFloor, (q - s * s / m) / m))
    }
}

/// A cost with the changepoint package's MBIC term per segment: `C'(a,b) = C(a,b) + log(b − a)`. With the
/// penalty ``PELTPenalty/mbic(observationCount:changingParameters:)`` per change, this is the modified BIC
/// of Zhang & Siegmund (2007, "A modified Bayes information criterion with applications to the analysis
/// of comparative genomic hybridization data", Biometrics 63(1)) as the package computes it (its C
/// functions `mbic_mean`, `mbic_meanvar`, …: the segment cost plus `log(n)` of the segment's length).
///
/// The log terms make a split costlier (`log x + log y > log(x + y)` for `x, y ≥ 2`), by at most
/// `log(m/4)` for a segment of `m` observations, so ``pruningMargin`` is `log(n/4)` (the base's margin
/// added): ``PELT`` stays exact. The package prunes as if the margin were 0, so it can miss the optimum.
public struct MBICSegmentCost<Base: SegmentCost>: SegmentCost {
    public let base: Base

    public init(_ base: Base) { self.base = base }

    public var observationCount: Int { base.observationCount }
    public var dayCount: Int { base.dayCount }
    @inlinable public func day(ofObservation index: Int) -> Int { base.day(ofObservation: index) }
    public var pruningMargin: Double {
        base.pruningMargin + Swift.max(0, Foundation.log(Double(base.observationCount) / 4))
    }

    @inlinable public func cost(from start: Int, to end: Int) -> Double {
        base.cost(from: start, to: end) + Foundation.log(Double(end - start))
    }
}
