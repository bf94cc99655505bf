import Foundation

/// Change in a linear trend (level and slope) of a Gaussian series with a common variance: each segment
/// is its own least-squares line in the day, and costs its residual sum of squares,
/// `C(a,b) = min over (α, γ) of Σ (y_t − α − γ·t)²` (ruptures' `CostLinear` with the day as the one
/// regressor and an intercept). Segments are not joined: a change may move the level, the slope or both.
///
/// Closed form from prefix sums of `t`, `t²`, `y − y₀`, `t·(y − y₀)` and `(y − y₀)²` (`t` the day of the
/// observation, so missing days keep their place in time; `y₀` the first observed value): with the
/// segment's centred sums `Sₜₜ`, `Sₜᵧ`, `Sᵧᵧ`, `C = Sᵧᵧ − Sₜᵧ²/Sₜₜ` (`C = Sᵧᵧ` for one value), clamped at 0
/// against rounding. O(1) per segment, so ``PELT`` stays O(n)–O(n²); a fit per segment (GSL's
/// `gsl_fit_linear`) would cost O(m) each. A split never raises a least-squares cost, so the pruning
/// margin is 0.
///
/// A line through two values fits them exactly: use segments of at least 3 observations
/// (`PELT(minSize: 3)`), one residual degree of freedom as the mean cost's 2.
/// - Missing days (`NaN`) are left out.
public struct LinearTrendCost: SegmentCost {
    @usableFromInline let t: ContiguousArray<Double>
    @usableFromInline let tt: ContiguousArray<Double>
    @usableFromInline let y: ContiguousArray<Double>
    @usableFromInline let ty: ContiguousArray<Double>
    @usableFromInline let yy: ContiguousArray<Double>
    @usableFromInline let observed: ObservedDays
    /// The first observed value, subtracted before summing (so a series far from 0 keeps its digits).
    @usableFromInline let shift: Double

    /// - Throws: ``StatisticsError`` when a value is infinite.
    public init(_ series: [Double]) throws(StatisticsError) {
        guard !series.contains(where: \.isInfinite) else {
            throw StatisticsError("the series holds an infinite value")
        }
        shift = series.first { !$0.isNaN } ?? 0
        var t = ContiguousArray<Double>(repeating: 0, count: 1), tt = t, y = t, ty = t, yy = t
        var s = (0.0, 0.0, 0.0, 0.0, 0.0)
        for (day, value) in series.enumerated() where !value.isNaN {
            let d = Double(day), v = value - shift
            s.0 += d; s.1 += d * d; s.2 += v; s.3 += d * v; s.4 += v * v
            t.append(s.0); tt.append(s.1); y.append(s.2); ty.append(s.3); yy.append(s.4)
        }
        (self.t, self.tt, self.y, self.ty, self.yy) = (t, tt, y, ty, yy)
        observed = ObservedDays(missing: { series[$0].isNaN }, count: series.count)
    }

    public var observationCount: Int { observed.observationCount }
    public var dayCount: Int { observed.dayCount }
    @inlinable public func day(ofObservation index: Int) -> Int { observed.day(index) }

    /// The centred sums of observations `start..<end`: `Sₜₜ`, `Sₜᵧ`, `Sᵧᵧ`, and the means of `t` and `y − y₀`.
    @inlinable
    func centred(from start: Int, to end: Int) -> (stt: Double, sty: Double, syy: Double, meanT: Double, meanY: Double) {
        let m = Double(end - start)
        let st = t[end] - t[start], sy = y[end] - y[start]
        return (tt[end] - tt[start] - st * st / m, ty[end] - ty[start] - st * sy / m,
                yy[end] - yy[start] - sy * sy / m, st / m, sy / m)
    }

    @inlinable public func cost(from start: Int, to end: Int) -> Double {
        let c = centred(from: start, to: end)
        return Swift.max(0, c.stt > 0 ? c.syy - c.sty * c.sty / c.stt : c.syy)
    }

    /// The least-squares line of observations `start..<end` (`0 ≤ start < end ≤ observationCount`); a
    /// single value gives a flat line through it.
    public func line(from start: Int, to end: Int) -> FittedLine {
        let c = centred(from: start, to: end)
        let slope = c.stt > 0 ? c.sty / c.stt : 0
        return FittedLine(slope: slope, intercept: shift + c.meanY - slope * c.meanT)
    }
}

/// A line `value(day) = intercept + slope · day`, the day an index into the series.
public struct FittedLine: Sendable, Hashable {
    public let slope: Double
    /// The line's value on day 0.
    public let intercept: Double

    public init(slope: Double, intercept: Double) {
        self.slope = slope
        self.intercept = intercept
    }

    public func value(atDay day: Int) -> Double { intercept + slope * Double(day) }
}

extension PELTPenalty {
    /// `β = multiplier · σ̂² · log n` for ``LinearTrendCost``, with `σ̂²` the residual variance (divisor
    /// n − 2) of one least-squares line through the whole observed series and `multiplier` 4: MBIC's
    /// per-change term `(p + 2)·log n` with `p = 2` parameters moved by a change (level and slope), as
    /// ``gaussianSpread(_:multiplier:)`` uses `p = 1` (Zhang & Siegmund 2007; the changepoint package's
    /// `penalty_decision`). `uptake detect --cost linear` uses it.
    ///
    /// Why that variance: it is to a line model what `s²` (the residual variance of one constant) is to
    /// the mean model. A trend does not inflate it, the level's swings and the changes do, so it bounds the
    /// noise from above and only changes that stand out against the series' spread around its trend are
    /// kept. The MAD of second differences, the line analogue of the MAD of first differences, would
    /// estimate the noise of values independent around a piecewise line, and real series wander: the MAD
    /// of first differences cut TCPD's series into 19 times as many pieces as `s²` (benchmarks/RESULTS.md).
    ///
    /// Edge cases: fewer than 3 observed values: 0 (nothing can be split with segments of 3). `σ̂²` is
    /// raised to at least `10⁻¹⁰ · s²` (`s²` the values' sample variance, 1 when that is 0): on a series
    /// that lies on one line the residuals are rounding, which would make any split of it worth a change.
    public static func linearSpread(_ series: [Double], multiplier: Double = 4) throws(StatisticsError) -> Double {
        let cost = try LinearTrendCost(series)
        let n = cost.observationCount
        guard n >= 3 else { return 0 }
        let variance = cost.cost(from: 0, to: n) / Double(n - 2)
        let floor = 1e-10 * spreadScale(series.filter { !$0.isNaN })
        return multiplier * Swift.max(variance, floor) * Foundation.log(Double(n))
    }
}
