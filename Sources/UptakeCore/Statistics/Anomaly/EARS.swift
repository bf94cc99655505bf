import GSLSupport

/// The CDC's Early Aberration Reporting System methods C1, C2 and C3 (Hutwagner, Thompson, Seeman &
/// Treadwell 2003, "The bioterrorism preparedness and response Early Aberration Reporting System (EARS)",
/// J. Urban Health 80(2 Suppl 1); Fricker, Hegler & Dunfee 2008, Stat. Med. 27(17)).
public enum EARSMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// Baseline: the `baseline` days immediately before day t. `C1 = (y_t − ȳ)/s`.
    case c1
    /// Baseline: the `baseline` days before a 2-day guard band (days t−baseline−2 … t−3). `C2 = (y_t − ȳ)/s`.
    case c2
    /// `C3_t = Σ_{i=0…2} max(0, C2_{t−i} − 1)`: the C2 excesses over 1 on day t and the 2 days before.
    case c3
}

/// One EARS method applied to a daily series.
///
/// For day t with baseline mean `ȳ_t` and sample standard deviation `s_t` (denominator n − 1), floored at
/// `minimumSigma` (`σ_t = max(s_t, minimumSigma)`), the statistic is as in ``EARSMethod`` and the
/// threshold is `z = Φ⁻¹(1 − alpha)`; day t alarms when the statistic exceeds it. The parameters, defaults
/// and baselines are those of R's `surveillance::earsC` (1.20): baseline 7 (at least 3), `minSigma` 0,
/// `alpha` 0.001 for C1 and C2 (z ≈ 3.09) and 0.025 for C3 (z ≈ 1.96, Hutwagner's "C3 > 2").
///
/// `upperBound` is the count on day t at which the statistic reaches the threshold: `ȳ_t + z·σ_t` for C1
/// and C2 (`earsC`'s `upperbound`; the alarm is `y_t > upperBound`), and for C3
/// `ȳ_t + σ_t·(1 + z − e_{t−1} − e_{t−2})` with `e = max(0, C2 − 1)`, from the published definition.
/// `earsC` 1.20 writes C3's bound as `y_t + σ_t·(z − e_{t−1} − e_{t−2})` (clamped at 0), which does not
/// depend on day t's own excess; we follow Hutwagner et al. and Fricker et al. there, not `earsC`.
///
/// Edge cases, all explicit:
/// - Days without a full history (the first `baseline` days for C1, `baseline + 2` for C2,
///   `baseline + 4` for C3) have a `NaN` statistic and no alarm, as `earsC`'s default range.
/// - Missing days (`NaN`): a missing day t has a `NaN` statistic; a baseline is the observed days of its
///   window and needs at least 3 of them (else `NaN`); C3 is `NaN` when any of its three C2 is.
/// - `σ_t = 0` (a constant baseline with `minimumSigma` 0): the statistic is +∞ or −∞ when `y_t` differs
///   from `ȳ_t` and 0 when it equals it; the bound is `ȳ_t`, so any rise alarms, as in `earsC`.
///
/// Written by hand (GSL has no surveillance methods); checked against `earsC` in `EARSTests`.
public struct EARS: Sendable, Hashable {
    /// C1, C2 or C3.
    public let method: EARSMethod
    /// Days in the baseline window (7 by default).
    public let baseline: Int
    /// The floor of the baseline standard deviation (0 by default, as `earsC`).
    public let minimumSigma: Double
    /// The one-sided level of the threshold.
    public let alpha: Double
    /// `Φ⁻¹(1 − alpha)`.
    public let threshold: Double

    /// - Parameters:
    ///   - baseline: days in the baseline window, at least 3 (`earsC`'s `baseline`).
    ///   - minimumSigma: floor of the baseline standard deviation, ≥ 0 (`earsC`'s `minSigma`).
    ///   - alpha: one-sided level in (0, 1); `nil` for 0.001 (C1, C2) or 0.025 (C3).
    /// - Throws: ``StatisticsError`` naming the invalid parameter.
    public init(method: EARSMethod, baseline: Int = 7, minimumSigma: Double = 0, alpha: Double? = nil) throws(StatisticsError) {
        guard baseline >= 3 else { throw StatisticsError("baseline must be at least 3 days (is \(baseline))") }
        guard minimumSigma >= 0, minimumSigma.isFinite else {
            throw StatisticsError("minimumSigma must be finite and non-negative (is \(minimumSigma))")
        }
        let alpha = alpha ?? (method == .c3 ? 0.025 : 0.001)
        guard alpha > 0, alpha < 1 else { throw StatisticsError("alpha must be between 0 and 1 (is \(alpha))") }
        self.method = method
        self.baseline = baseline
        self.minimumSigma = minimumSigma
        self.alpha = alpha
        do { threshold = try Distributions.normalQuantile(1 - alpha) } catch { throw StatisticsError("\(error)") }
    }

    /// The statistic, bound and alarm for every day of `series` (one value a day, `NaN` when missing).
    /// - Throws: ``StatisticsError`` when a value is infinite.
    public func evaluate(_ series: [Double]) throws(StatisticsError) -> EARSResult {
        guard !series.contains(where: \.isInfinite) else {
            throw StatisticsError("EARS needs finite values; the series holds an infinite one")
        }
        let n = series.count
        let lag = method == .c1 ? 1 : 3          // the most recent baseline day is t − lag
        var mean = [Double](repeating: .nan, count: n)
        var sigma = [Double](repeating: .nan, count: n)
        var standardized = [Double](repeating: .nan, count: n)   // C1 or C2 of each day
        let firstDay = method == .c1 ? baseline : baseline + 2
        if firstDay < n {
            for t in firstDay..<n {
                var count = 0, sum = 0.0
                for i in (t - lag - baseline + 1)...(t - lag) where !series[i].isNaN { count += 1; sum += series[i] }
                guard count >= 3 else { continue }
                let m = sum / Double(count)
                var squares = 0.0
                for i in (t - lag - baseline + 1)...(t - lag) where !series[i].isNaN { squares += (series[i] - m) * (series[i] - m) }
                let s = Swift.max((squares / Double(count - 1)).squareRoot(), minimumSigma)
                mean[t] = m
                sigma[t] = s
                let y = series[t]
                guard !y.isNaN else { continue }
                standardized[t] = y == m ? 0 : (y - m) / s
            }
        }
        var statistic = standardized
        var upperBound = [Double](repeating: .nan, count: n)
        switch method {
        case .c1, .c2:
            for t in 0..<n where !mean[t].isNaN { upperBound[t] = mean[t] + threshold * sigma[t] }
        case .c3:
            statistic = [Double](repeating: .nan, count: n)
            func excess(_ c: Double) -> Double { Swift.max(0, c - 1) }
            if baseline + 4 < n {
                for t in (baseline + 4)..<n {
                    let e1 = excess(standardized[t - 1]), e2 = excess(standardized[t - 2])
                    if !mean[t].isNaN, !e1.isNaN, !e2.isNaN {
                        upperBound[t] = mean[t] + sigma[t] * (1 + threshold - e1 - e2)
                    }
                    statistic[t] = standardized[t].isNaN || e1.isNaN || e2.isNaN ? .nan : excess(standardized[t]) + e1 + e2
                }
            }
        }
        let alarm = statistic.map { $0 > threshold }
        return EARSResult(statistic: statistic, baselineMean: mean, baselineSigma: sigma, upperBound: upperBound,
                          alarm: alarm, threshold: threshold)
    }
}

/// The day-by-day result of ``EARS/evaluate(_:)``; every array has one entry per day of the series.
public struct EARSResult: Sendable, Hashable, Codable {
    /// C1, C2 or C3; `NaN` where it cannot be computed (see ``EARS``).
    public let statistic: [Double]
    /// The mean of the day's baseline (the C2 baseline for C3).
    public let baselineMean: [Double]
    /// The day's baseline standard deviation after the `minimumSigma` floor.
    public let baselineSigma: [Double]
    /// The day's count at which the statistic reaches the threshold.
    public let upperBound: [Double]
    /// `statistic > threshold` (false where the statistic is `NaN`).
    public let alarm: [Bool]
    /// `Φ⁻¹(1 − alpha)`, the same every day.
    public let threshold: Double
}
