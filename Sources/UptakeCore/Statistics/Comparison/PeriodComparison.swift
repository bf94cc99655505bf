import Foundation
import GSLSupport

/// How two periods were compared.
public enum ComparisonMethod: String, Codable, Sendable, CaseIterable {
    /// Pooled two-proportion z-test, as `statsmodels.stats.proportion.proportions_ztest([x1, x0], [n1, n0])`.
    case twoProportionZ = "two_proportion_z"
    /// Quasi-Poisson log-linear model of daily counts on a period indicator with the dispersion estimated
    /// by Pearson χ²/df, as statsmodels `GLM(y, [1, period], Poisson()).fit(scale="X2")`.
    case quasiPoisson = "quasi_poisson"
    /// The exact conditional test of two Poisson rates: given the total, the current period's count is
    /// binomial with p = (current days)/(all days) under equal daily rates; two-sided p as
    /// `scipy.stats.binomtest(x1, x0 + x1, p)` (and R's `poisson.test(c(x1, x0), c(d1, d0))`).
    case exactConditionalPoisson = "exact_conditional_poisson"
}

/// The change from a baseline period to a current one, with its test.
public struct PeriodComparison: Sendable, Hashable, Codable {
    public let method: ComparisonMethod
    /// The baseline's rate, or its mean daily count.
    public let baseline: Double
    /// The current period's rate, or its mean daily count.
    public let current: Double
    /// The effect tested: the rate difference `current − baseline` (proportions), or the rate ratio
    /// `current / baseline` (volumes).
    public let estimate: Double
    /// `current / baseline − 1`; `NaN` when the baseline is 0.
    public let relativeChange: Double
    /// The z statistic.
    public let statistic: Double
    /// Two-sided p-value.
    public let pValue: Double
    public let alpha: Double
    /// Whether `pValue < alpha`.
    public var significant: Bool { pValue < alpha }
    /// The interval of `estimate` at level 1 − `alpha`, for volumes: Wald on the log scale with the
    /// test's own dispersion, exp(β̂₁ ± z·se(β̂₁)) (statsmodels' `conf_int` of the same GLM), so it
    /// excludes 1 exactly when p < alpha; for ``exactVolumes(current:days:baseline:days:alpha:)`` at a
    /// zero count, the exact conditional interval (``PoissonRateRatio``; `high` is +∞ for a zero
    /// baseline). `nil` for rates (Newcomb's interval of the difference is ``TwoProportionDifference``'s)
    /// and for an exact test with both counts positive.
    public var low: Double?
    public var high: Double?

    /// Compares two rates `x1/n1` (current) and `x0/n0` (baseline) with the pooled z-test:
    /// p̂ = (x0 + x1)/(n0 + n1), z = (x1/n1 − x0/n0) / √(p̂(1 − p̂)(1/n0 + 1/n1)), p = 2·P(N(0,1) > |z|)
    /// (statsmodels' `proportions_ztest`). When p̂ is 0 or 1 both rates are equal and there is no
    /// variance: statsmodels returns NaN; here z = 0 and p = 1.
    /// - Throws: ``StatisticsError`` when a period has no trials or counts are inconsistent.
    public static func proportions(current x1: Int64, of n1: Int64, baseline x0: Int64, of n0: Int64,
                                   alpha: Double = 0.05) throws(StatisticsError) -> PeriodComparison {
        guard n0 > 0, n1 > 0 else { throw StatisticsError("comparing rates needs trials in both periods (baseline \(n0), current \(n1))") }
        guard (0...n1).contains(x1), (0...n0).contains(x0) else {
            throw StatisticsError("successes must lie between 0 and the trials (baseline \(x0)/\(n0), current \(x1)/\(n1))")
        }
        let p1 = Double(x1) / Double(n1), p0 = Double(x0) / Double(n0)
        let pooled = Double(x0 + x1) / Double(n0 + n1)
        let variance = pooled * (1 - pooled) * (1 / Double(n0) + 1 / Double(n1))
        let z = variance > 0 ? (p1 - p0) / variance.squareRoot() : 0
        return PeriodComparison(method: .twoProportionZ, baseline: p0, current: p1, estimate: p1 - p0,
                                relativeChange: p0 > 0 ? p1 / p0 - 1 : .nan, statistic: z,
                                pValue: min(1, 2 * Distributions.normalUpperTail(abs(z))), alpha: alpha)
    }

    /// Compares two period totals exactly, for when one of them is 0 (an outage) and the quasi-Poisson
    /// model has no log-ratio: conditional on n = x0 + x1, x1 ~ Binomial(n, d1/(d0 + d1)) when both
    /// periods have the same daily rate (Przyborowski & Wilenski 1940). The two-sided p-value sums the
    /// probabilities of every outcome no more likely than the one observed (relative tolerance 1e-7),
    /// as `scipy.stats.binomtest(...).pvalue`. With x1 = 0 and d0 = d1 it is 2·2⁻ⁿ: a commune that had
    /// 10 applications in five working days and none in the next five gives p = 0.00195.
    ///
    /// Poisson, not quasi-Poisson: it ignores overdispersion, so for a unit with very uneven days it
    /// overstates the evidence; a zero against a large expected count is strong evidence either way.
    /// `statistic` is NaN (no z), `estimate` the ratio of daily means (0, or +∞ for a zero baseline).
    /// - Throws: ``StatisticsError`` when a period has no days or both totals are 0.
    public static func exactVolumes(current x1: Int64, days d1: Int, baseline x0: Int64, days d0: Int,
                                    alpha: Double = 0.05) throws(StatisticsError) -> PeriodComparison {
        guard d0 > 0, d1 > 0 else { throw StatisticsError("comparing volumes needs days in both periods (baseline \(d0), current \(d1))") }
        guard x0 >= 0, x1 >= 0, x0 + x1 > 0 else {
            throw StatisticsError("an exact comparison needs some applications in one period (baseline \(x0), current \(x1))")
        }
        let n = Int(x0 + x1), k = Int(x1)
        let p = Double(d1) / Double(d0 + d1)
        let logP = log(p), logQ = log1p(-p), logNFactorial = SpecialFunctions.logGamma(Double(n) + 1)
        func logPMF(_ i: Int) -> Double {
            logNFactorial - SpecialFunctions.logGamma(Double(i) + 1) - SpecialFunctions.logGamma(Double(n - i) + 1)
                + Double(i) * logP + Double(n - i) * logQ
        }
        let observed = logPMF(k) + log1p(1e-7)
        var pValue = 0.0
        for i in 0...n {
            let l = logPMF(i)
            if l <= observed { pValue += exp(l) }
        }
        let mean1 = Double(x1) / Double(d1), mean0 = Double(x0) / Double(d0)
        var result = PeriodComparison(method: .exactConditionalPoisson, baseline: mean0, current: mean1,
                                      estimate: mean0 > 0 ? mean1 / mean0 : .infinity,
                                      relativeChange: mean0 > 0 ? mean1 / mean0 - 1 : .nan, statistic: .nan,
                                      pValue: min(1, pValue), alpha: alpha)
        if x0 == 0 || x1 == 0, let ratio = try? PoissonRateRatio(count1: Double(x1), exposure1: Double(d1), count2: Double(x0), exposure2: Double(d0),
                                                                  confidence: 1 - alpha) {
            (result.low, result.high) = (ratio.low, ratio.high)
        }
        return result
    }

    /// One period's volume as Uptake puts it per working day: every application of the period (days off
    /// included: online submissions arrive at weekends too) over the calendar's working days, with the
    /// working days' own daily counts, from which the day-to-day dispersion is estimated.
    public struct WorkingDayVolume: Sendable, Equatable {
        public var total: Double
        public var workingDays: Int
        /// The counts of the working days that have data (days off left out: few applications arrive
        /// then, and they would dominate the day-to-day variation).
        public var workingDayCounts: [Double]

        public init(total: Double, workingDays: Int, workingDayCounts: [Double]) {
            (self.total, self.workingDays, self.workingDayCounts) = (total, workingDays, workingDayCounts)
        }

        /// `total / workingDays`: the one "per working day" every command prints.
        public var perWorkingDay: Double { total / Double(workingDays) }
    }

    /// Compares two periods' volumes per working day (``WorkingDayVolume``), allowing overdispersion:
    /// the quasi-Poisson model of the two totals with the working days as exposure,
    /// log μ = log w + β₀ + β₁·[current], whose β̂₁ is the log ratio of the volumes per working day, with
    /// the dispersion φ estimated from the working days' daily counts (Pearson χ²/df around each
    /// period's mean, as ``volumes(current:baseline:alpha:)``): se(β̂₁) = √(φ (1/T₀ + 1/T₁)) and
    /// p = 2·P(N(0,1) > |z|). As statsmodels `GLM([T0, T1], [1, period], Poisson(),
    /// offset=log([w0, w1])).fit(scale=φ)` (scripts/fixtures/make_working_day_volume_fixtures.py).
    /// `baseline` and `current` are the volumes per working day, so the estimate is exactly the ratio
    /// the tables print.
    /// - Throws: ``StatisticsError`` when a period has no working days or no applications, when fewer
    ///   than three working days have counts in all, or when φ is 0.
    public static func volumes(current: WorkingDayVolume, baseline: WorkingDayVolume, alpha: Double = 0.05) throws(StatisticsError) -> PeriodComparison {
        guard current.workingDays > 0, baseline.workingDays > 0 else {
            throw StatisticsError("comparing volumes per working day needs working days in both periods (baseline \(baseline.workingDays), current \(current.workingDays))")
        }
        let days1 = current.workingDayCounts, days0 = baseline.workingDayCounts
        guard !days1.isEmpty, !days0.isEmpty, days1.count + days0.count >= 3 else {
            throw StatisticsError("comparing volumes needs days in both periods and at least 3 in all (baseline \(days0.count), current \(days1.count))")
        }
        guard (days1 + days0).allSatisfy({ $0.isFinite && $0 >= 0 }), current.total.isFinite, baseline.total.isFinite else {
            throw StatisticsError("daily counts must be finite and non-negative")
        }
        let t1 = current.total, t0 = baseline.total
        guard t0 > 0, t1 > 0, days1.contains(where: { $0 > 0 }), days0.contains(where: { $0 > 0 }) else {
            throw StatisticsError("comparing volumes needs some applications in each period (baseline \(t0), current \(t1))")
        }
        let m1 = days1.reduce(0, +) / Double(days1.count), m0 = days0.reduce(0, +) / Double(days0.count)
        let pearson = days1.reduce(0) { $0 + ($1 - m1) * ($1 - m1) / m1 } + days0.reduce(0) { $0 + ($1 - m0) * ($1 - m0) / m0 }
        let dispersion = pearson / Double(days1.count + days0.count - 2)
        guard dispersion > 0 else { throw StatisticsError("no day-to-day variation in either period: the dispersion cannot be estimated") }
        let per1 = current.perWorkingDay, per0 = baseline.perWorkingDay
        let logRatio = log(per1 / per0)
        let se = (dispersion * (1 / t0 + 1 / t1)).squareRoot()
        let z = logRatio / se
        var result = PeriodComparison(method: .quasiPoisson, baseline: per0, current: per1, estimate: per1 / per0,
                                      relativeChange: per1 / per0 - 1, statistic: z,
                                      pValue: min(1, 2 * Distributions.normalUpperTail(abs(z))), alpha: alpha)
        (result.low, result.high) = try waldInterval(logRatio, se, alpha)
        return result
    }

    /// Compares the daily counts of two periods allowing overdispersion (quasi-Poisson).
    ///
    /// The Poisson GLM log μ = β₀ + β₁·[current] has the closed form μ̂ = each period's mean, β̂₁ =
    /// log(μ̂₁/μ̂₀); with φ = Σ (y − μ̂)²/μ̂ / (n₀ + n₁ − 2) (Pearson χ²/df), se(β̂₁) = √(φ (1/Σy₀ + 1/Σy₁)),
    /// z = β̂₁/se and p = 2·P(N(0,1) > |z|) — statsmodels `GLM(...).fit(scale="X2")` (McCullagh & Nelder
    /// 1989, §6.2). `estimate` is the rate ratio μ̂₁/μ̂₀.
    /// - Throws: ``StatisticsError`` when a period has no days, or no counts at all (log 0), or when
    ///   there are fewer than three days in all; or when φ is 0 (every day equal to its period's mean).
    public static func volumes(current: [Double], baseline: [Double], alpha: Double = 0.05) throws(StatisticsError) -> PeriodComparison {
        guard !current.isEmpty, !baseline.isEmpty, current.count + baseline.count >= 3 else {
            throw StatisticsError("comparing volumes needs days in both periods and at least 3 in all (baseline \(baseline.count), current \(current.count))")
        }
        guard (current + baseline).allSatisfy({ $0.isFinite && $0 >= 0 }) else {
            throw StatisticsError("daily counts must be finite and non-negative")
        }
        let sum1 = current.reduce(0, +), sum0 = baseline.reduce(0, +)
        guard sum0 > 0, sum1 > 0 else {
            throw StatisticsError("comparing volumes needs some applications in each period (baseline \(sum0), current \(sum1))")
        }
        let mean1 = sum1 / Double(current.count), mean0 = sum0 / Double(baseline.count)
        let pearson = current.reduce(0) { $0 + ($1 - mean1) * ($1 - mean1) / mean1 }
            + baseline.reduce(0) { $0 + ($1 - mean0) * ($1 - mean0) / mean0 }
        let dispersion = pearson / Double(current.count + baseline.count - 2)
        guard dispersion > 0 else { throw StatisticsError("no day-to-day variation in either period: the dispersion cannot be estimated") }
        let logRatio = log(mean1 / mean0)
        let se = (dispersion * (1 / sum0 + 1 / sum1)).squareRoot()
        let z = logRatio / se
        var result = PeriodComparison(method: .quasiPoisson, baseline: mean0, current: mean1, estimate: mean1 / mean0,
                                      relativeChange: mean1 / mean0 - 1, statistic: z,
                                      pValue: min(1, 2 * Distributions.normalUpperTail(abs(z))), alpha: alpha)
        (result.low, result.high) = try waldInterval(logRatio, se, alpha)
        return result
    }

    /// exp(log ratio ± z₁₋α/₂·se): the ratio's interval at 1 − alpha.
    static func waldInterval(_ logRatio: Double, _ se: Double, _ alpha: Double) throws(StatisticsError) -> (Double, Double) {
        let z: Double
        do { z = try Distributions.normalQuantile(1 - alpha / 2) } catch { throw StatisticsError("alpha must lie in (0, 1), not \(alpha)") }
        return (exp(logRatio - z * se), exp(logRatio + z * se))
    }
}
