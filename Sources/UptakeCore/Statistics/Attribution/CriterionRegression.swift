import GSLSupport

/// What one readiness criterion is associated with, across units (communes).
public struct CriterionEffect: Sendable, Hashable, Codable {
    public let criterion: String
    /// Units lacking the criterion.
    public let lacking: Int
    /// The rate difference associated with lacking it, the others held fixed (the coefficient of the
    /// "lacks it" indicator in the joint fit).
    public let coefficient: Double
    public let standardError: Double
    public let low: Double
    public let high: Double
    public let pValue: Double
    /// The weighted R² of the criterion alone (an intercept and its indicator): how much of the
    /// units' variation it accounts for by itself.
    public let explainedAlone: Double
}

/// A weighted least-squares regression of units' rates on indicators of the readiness criteria they
/// lack, fitted with GSL (`gsl_multifit_wlinear`): how much lower is the online rate of communes
/// without a digital signature, the other criteria held fixed, and how much of the national
/// variation does each criterion explain.
///
/// y = a unit's rate, weight = its denominator (a commune with 4,000 applications counts 40 times
/// one with 100), x = 1 for each criterion it lacks. Standard errors are the classical WLS ones,
/// σ̂²(XᵀWX)⁻¹ with σ̂² = Σwᵢ eᵢ²/(n − k), t-based intervals and p-values on n − k degrees of freedom:
/// statsmodels' `WLS(y, X, weights=w).fit()` (`params`, `bse`, `pvalues`, `conf_int()`, `rsquared`).
/// A criterion that every unit meets (or none does) has no variation and is left out.
public struct CriterionRegression: Sendable, Hashable, Codable {
    public let units: Int
    public let intercept: Double
    /// The weighted R² of the joint fit.
    public let explained: Double
    public let effects: [CriterionEffect]
    /// Criteria left out because no unit differed on them.
    public let constant: [String]

    /// - Parameters:
    ///   - criteria: the names, one per column of `lacks`.
    ///   - rows: per unit, its rate's numerator and denominator and whether it lacks each criterion.
    /// - Throws: ``StatisticsError`` with fewer units than coefficients + 1, or when GSL fails.
    public init(criteria: [String], rows: [(numerator: Double, denominator: Double, lacks: [Bool])], confidence: Double = 0.95) throws(StatisticsError) {
        let used = rows.filter { $0.denominator > 0 }
        let varying = criteria.indices.filter { j in
            let n = used.filter { $0.lacks[j] }.count
            return n > 0 && n < used.count
        }
        constant = criteria.indices.filter { !varying.contains($0) }.map { criteria[$0] }
        let k = varying.count + 1
        guard used.count > k else { throw StatisticsError("a regression on \(k - 1) criteria needs more than \(k) units with data (got \(used.count))") }
        let y = used.map { $0.numerator / $0.denominator }, w = used.map(\.denominator)
        let tss = CriterionRegression.centredSumOfSquares(y, w)
        do {
            let design = used.flatMap { r in [1.0] + varying.map { r.lacks[$0] ? 1.0 : 0.0 } }
            let fit = try WeightedLeastSquares.fit(design: design, rows: used.count, columns: k, response: y, weights: w)
            let df = Double(used.count - k)
            let sigma2 = fit.weightedResidualSumOfSquares / df
            let t = try Distributions.studentTQuantile(1 - (1 - confidence) / 2, degreesOfFreedom: df)
            units = used.count
            intercept = fit.coefficients[0]
            explained = tss > 0 ? 1 - fit.weightedResidualSumOfSquares / tss : 0
            var effects: [CriterionEffect] = []
            for (n, j) in varying.enumerated() {
                let b = fit.coefficients[n + 1]
                let se = (sigma2 * fit.covariance[(n + 1) * k + n + 1]).squareRoot()
                let alone = try WeightedLeastSquares.fit(design: used.flatMap { [1.0, $0.lacks[j] ? 1.0 : 0.0] }, rows: used.count, columns: 2,
                                                         response: y, weights: w)
                effects.append(CriterionEffect(criterion: criteria[j], lacking: used.filter { $0.lacks[j] }.count, coefficient: b, standardError: se,
                                               low: b - t * se, high: b + t * se,
                                               pValue: min(1, 2 * Distributions.studentTUpperTail(abs(b / se), degreesOfFreedom: df)),
                                               explainedAlone: tss > 0 ? 1 - alone.weightedResidualSumOfSquares / tss : 0))
            }
            self.effects = effects
        } catch {
            throw StatisticsError("the readiness regression failed: \(error)")
        }
    }

    public func effect(_ criterion: String) -> CriterionEffect? { effects.first { $0.criterion == criterion } }

    /// Σwᵢ(yᵢ − ȳ_w)², the weighted spread statsmodels' WLS R² is relative to.
    static func centredSumOfSquares(_ y: [Double], _ w: [Double]) -> Double {
        let total = w.reduce(0, +)
        let mean = zip(y, w).reduce(0) { $0 + $1.0 * $1.1 } / total
        return zip(y, w).reduce(0) { $0 + $1.1 * ($1.0 - mean) * ($1.0 - mean) }
    }
}
