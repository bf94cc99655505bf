import GSLSupport

/// The difference between two independent rates x₁/n₁ − x₂/n₂ (two units, or a unit and its
/// peers), with its interval and test.
///
/// The interval is Newcomb's hybrid score interval (Newcomb 1998, method 10), built from the two
/// Wilson intervals (l₁, u₁), (l₂, u₂): d − √((p₁ − l₁)² + (u₂ − p₂)²) to d + √((u₁ − p₁)² + (p₂ − l₂)²),
/// statsmodels' `confint_proportions_2indep(..., compare="diff", method="newcomb")` (its default). The
/// test is the pooled z-test, `proportions_ztest([x1, x2], [n1, n2])`; when the pooled rate is 0 or 1
/// there is no variance: z = 0, p = 1 (statsmodels gives NaN).
public struct TwoProportionDifference: Sendable, Hashable, Codable {
    public let rate1: Double
    public let rate2: Double
    public var difference: Double { rate1 - rate2 }
    public let low: Double
    public let high: Double
    public let statistic: Double
    public let pValue: Double

    /// - Throws: ``StatisticsError`` when a side has no trials or counts are inconsistent.
    public init(_ x1: Int64, of n1: Int64, versus x2: Int64, of n2: Int64, confidence: Double = 0.95) throws(StatisticsError) {
        let test = try PeriodComparison.proportions(current: x1, of: n1, baseline: x2, of: n2, alpha: 1 - confidence)
        rate1 = test.current
        rate2 = test.baseline
        statistic = test.statistic
        pValue = test.pValue
        do {
            guard let w1 = try IntervalMethod.wilson.interval(successes: x1, trials: n1, confidence: confidence),
                  let w2 = try IntervalMethod.wilson.interval(successes: x2, trials: n2, confidence: confidence) else {
                throw StatisticsError("a rate difference needs trials on both sides")
            }
            let d = rate1 - rate2
            low = d - ((rate1 - w1.low) * (rate1 - w1.low) + (w2.high - rate2) * (w2.high - rate2)).squareRoot()
            high = d + ((w1.high - rate1) * (w1.high - rate1) + (rate2 - w2.low) * (rate2 - w2.low)).squareRoot()
        } catch let e as StatisticsError {
            throw e
        } catch {
            throw StatisticsError("the Wilson intervals failed: \(error)")
        }
    }
}
