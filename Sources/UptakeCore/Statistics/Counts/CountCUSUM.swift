import Foundation

/// A one-sided CUSUM for a sustained drop in daily counts (Lucas 1985, "Counted data CUSUM's",
/// Technometrics 27:129; Page 1954), with negative-binomial log-likelihood-ratio increments.
///
/// On each judged day, with in-control NB(μ₀, θ) and out-of-control μ₁ = (1 − δ)μ₀,
///
///     Λ_t = y·[ln(1 − δ) + ln(1 + μ₀/θ) − ln(1 + μ₁/θ)] + θ·[ln(1 + μ₀/θ) − ln(1 + μ₁/θ)]
///
/// (Poisson, θ = ∞: Λ_t = y·ln(1 − δ) + δμ₀), and S_t = max(0, S_{t−1} + Λ_t). An alarm is raised
/// when S_t > h; the drop is dated from the first day of the excursion (the day after S was last 0)
/// and the statistic restarts at 0. Days without a count, expectation or shape (NaN) are skipped,
/// leaving S unchanged, so holidays and not-judged days neither raise nor lower it.
///
/// Threshold: for an LLR CUSUM the in-control average run length is at least e^h (Lorden 1971,
/// Ann. Math. Statist. 42:1897), whatever μ₀ and θ, so ``init(relativeDrop:inControlRunLength:)``
/// sets h = ln ARL₀. The bound is conservative: by Monte Carlo in
/// `scripts/fixtures/make_anomaly_fixtures_b.py` (4,000 chains, `anomaly_b_cusum.json`), h = ln 1000 = 6.91
/// with δ = ½ at μ₀ = 30, θ = 5 gives an in-control ARL of 4,490 ± 70 judged days, and a drop to half
/// the volume is found after 9.2 days on average. A zero day there adds θ·ln(7/4) = 2.80, so a 3-day
/// zero outage alarms on its 3rd day (its 2nd when S already exceeds 1.3). The bound assumes μ₀ and θ
/// known; estimated from a short history the true ARL₀ is lower.
public struct CountCUSUM: Sendable, Hashable {
    /// δ: the drop to detect, as a share of the expected count (0.5: half the usual volume).
    public let relativeDrop: Double
    /// h.
    public let threshold: Double

    /// - Throws: ``StatisticsError`` unless 0 < δ < 1 and h > 0.
    public init(relativeDrop: Double = 0.5, threshold: Double) throws(StatisticsError) {
        guard relativeDrop > 0, relativeDrop < 1 else {
            throw StatisticsError("the relative drop must lie strictly between 0 and 1 (relativeDrop=\(relativeDrop))")
        }
        guard threshold > 0, threshold.isFinite else { throw StatisticsError("the CUSUM threshold must be positive and finite (threshold=\(threshold))") }
        self.relativeDrop = relativeDrop
        self.threshold = threshold
    }

    /// h = ln(`inControlRunLength`): at least that many judged days between false alarms on average.
    /// - Throws: ``StatisticsError`` unless the run length exceeds 1.
    public init(relativeDrop: Double = 0.5, inControlRunLength: Double = 1000) throws(StatisticsError) {
        guard inControlRunLength > 1, inControlRunLength.isFinite else {
            throw StatisticsError("the in-control run length must exceed 1 day (inControlRunLength=\(inControlRunLength))")
        }
        try self.init(relativeDrop: relativeDrop, threshold: log(inControlRunLength))
    }

    /// Λ for one day.
    public func increment(count y: Double, expected mu0: Double, shape theta: Double) -> Double {
        let mu1 = (1 - relativeDrop) * mu0
        if theta.isInfinite { return y * log1p(-relativeDrop) + relativeDrop * mu0 }
        let a = log1p(mu0 / theta) - log1p(mu1 / theta)
        return y * (log1p(-relativeDrop) + a) + theta * a
    }

    /// Runs the CUSUM over a series. `expected` and `shapes` are the in-control μ₀ and θ per day
    /// (e.g. ``CountDayAssessment/expected`` and ``CountDayAssessment/shape`` from a rolling
    /// baseline, NaN where the day is not judged).
    /// - Throws: ``StatisticsError`` when lengths differ, or a count or expectation is negative.
    public func run(counts: [Double], expected: [Double], shapes: [Double]) throws(StatisticsError) -> CUSUMPath {
        guard counts.count == expected.count, counts.count == shapes.count else {
            throw StatisticsError("counts, expectations and shapes differ in length (\(counts.count), \(expected.count), \(shapes.count))")
        }
        var statistic = [Double](repeating: .nan, count: counts.count)
        var alarms: [CUSUMAlarm] = []
        var s = 0.0, start = -1
        for t in counts.indices {
            let y = counts[t], mu = expected[t], theta = shapes[t]
            guard !y.isNaN, !mu.isNaN, !theta.isNaN else { continue }
            guard y >= 0, mu >= 0, theta > 0 else {
                throw StatisticsError("day \(t) needs a non-negative count and expectation and a positive shape (y=\(y), μ=\(mu), θ=\(theta))")
            }
            if s == 0 { start = t }
            s = max(0, s + increment(count: y, expected: mu, shape: theta))
            statistic[t] = s
            if s > threshold {
                alarms.append(CUSUMAlarm(start: start, alarm: t))
                s = 0
            }
        }
        return CUSUMPath(statistic: statistic, alarms: alarms)
    }
}

/// A CUSUM run: S_t per day (NaN where skipped) and the alarms.
public struct CUSUMPath: Sendable, Hashable {
    public let statistic: [Double]
    public let alarms: [CUSUMAlarm]
}

/// A sustained drop: the first day of the excursion that ended in an alarm, and the alarm day.
public struct CUSUMAlarm: Sendable, Hashable, Codable {
    public let start: Int
    public let alarm: Int
    public init(start: Int, alarm: Int) {
        self.start = start
        self.alarm = alarm
    }
}
