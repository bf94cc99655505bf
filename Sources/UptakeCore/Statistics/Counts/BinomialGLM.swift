import Foundation
import GSLSupport

/// A quasi-binomial GLM with logit link: successes xᵢ of nᵢ trials, logit pᵢ = xᵢᵀβ,
/// Var(xᵢ) = φ nᵢ pᵢ(1 − pᵢ)/wᵢ, with prior weights wᵢ (1 unless given).
///
/// β by IRLS (weights w n p(1 − p), working response η + (x/n − p)/(p(1 − p))), each step a weighted
/// least-squares solve by GSL, started at p = (x + ½)/(n + 1) and stopped when no coefficient moves
/// by 1e-11 (relative). φ is Pearson's χ² Σ w(x − np)²/(n p(1 − p)) over (rows − columns), never
/// below 1 (a share is not less variable than binomial), and `covariance` is φ(XᵀWX)⁻¹: statsmodels'
/// `GLM(x/n, X, family=Binomial(), var_weights=w·n).fit(scale="X2")` (its φ unfloored).
public struct BinomialGLM: Sendable, Hashable {
    public let coefficients: [Double]
    /// φ(XᵀWX)⁻¹, row-major.
    public let covariance: [Double]
    /// Pearson's φ (as statsmodels computes it, before the floor at 1).
    public let pearsonDispersion: Double
    public let iterations: Int

    /// The dispersion the covariance uses: max(1, φ).
    public var dispersion: Double { Swift.max(1, pearsonDispersion) }

    /// - Throws: ``StatisticsError`` when a row has no trials or more successes than trials, there are
    ///   not more rows than columns, every share is 0 or 1, a step fails (a singular design) or the fit
    ///   does not converge.
    /// - Parameter priorWeights: wᵢ > 0 per row, or nil for 1 (``DailyForecast``'s share model passes
    ///   Williams' 1/(1 + ρ(nᵢ − 1))).
    /// - Parameter start: coefficients to start IRLS from (a neighbouring fit's), or nil.
    public static func fit(design: [Double], columns: Int, successes x: [Double], trials n: [Double],
                           priorWeights: [Double]? = nil, start: [Double]? = nil) throws(StatisticsError) -> BinomialGLM {
        precondition(design.count == x.count * columns && n.count == x.count, "one design row and one trial count per share")
        precondition(priorWeights.map { weights in weights.count == x.count && weights.allSatisfy { $0 > 0 } } ?? true, "one positive prior weight per share")
        precondition(start.map { $0.count == columns } ?? true, "one starting coefficient per column")
        let rows = x.count
        if let bad = x.indices.first(where: { !(n[$0] > 0 && x[$0] >= 0 && x[$0] <= n[$0] && n[$0].isFinite) }) {
            throw StatisticsError("a share needs trials and 0 ≤ successes ≤ trials (row \(bad): \(x[bad]) of \(n[bad]))")
        }
        guard rows > columns else { throw StatisticsError("fitting the share model needs more than \(columns) days with a denominator (got \(rows))") }
        let total = x.reduce(0, +), trials = n.reduce(0, +)
        guard total > 0, total < trials else { throw StatisticsError("fitting the share model needs some successes and some failures") }
        let w = priorWeights ?? [Double](repeating: 1, count: rows)
        var p: [Double]
        if let start {
            p = NegativeBinomialGLM.linearPredictor(design, columns, start).map { (eta: Double) -> Double in 1 / (1 + Foundation.exp(-eta)) }
        } else {
            p = x.indices.map { (i: Int) -> Double in (x[i] + 0.5) / (n[i] + 1) }
        }
        var beta = start ?? [Double](repeating: .nan, count: columns)
        var weights = [Double](repeating: 0, count: rows), response = [Double](repeating: 0, count: rows)
        for iteration in 1...100 {
            for i in 0..<rows {
                let v = p[i] * (1 - p[i])
                weights[i] = w[i] * n[i] * v
                response[i] = Foundation.log(p[i] / (1 - p[i])) + (x[i] / n[i] - p[i]) / v
            }
            let step: WeightedLeastSquaresFit
            do {
                step = try WeightedLeastSquares.fit(design: design, rows: rows, columns: columns, response: response, weights: weights)
            } catch {
                throw StatisticsError("the share model's weighted least-squares step failed: \(error.message)")
            }
            let moved = zip(step.coefficients, beta).contains { !(Swift.abs($0 - $1) <= 1e-11 * (1 + Swift.abs($0))) }
            beta = step.coefficients
            p = NegativeBinomialGLM.linearPredictor(design, columns, beta).map { 1 / (1 + Foundation.exp(-$0)) }
            guard p.allSatisfy({ $0 > 0 && $0 < 1 }) else { throw StatisticsError("the share model diverged (a fitted share reached 0 or 1)") }
            if !moved {
                var chi2 = 0.0
                for i in 0..<rows { chi2 += w[i] * Foundation.pow(x[i] - n[i] * p[i], 2) / (n[i] * p[i] * (1 - p[i])) }
                let phi = chi2 / Double(rows - columns)
                let scale = Swift.max(1, phi)
                return BinomialGLM(coefficients: beta, covariance: step.covariance.map { $0 * scale }, pearsonDispersion: phi, iterations: iteration)
            }
        }
        throw StatisticsError("the share model's IRLS did not converge in 100 iterations")
    }

    /// xᵀβ and its variance xᵀ·covariance·x for a row `x` of the design.
    public func linearPredictor(_ x: [Double]) -> (value: Double, variance: Double) {
        GLMPrediction.linearPredictor(x, coefficients, covariance)
    }
}
