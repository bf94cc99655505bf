import GSLSupport

/// The Mann–Kendall test for a monotonic trend (Mann 1945; Kendall 1975), as
/// `pymannkendall.original_test` (Hussain & Mahmud 2019).
///
/// S = Σ_{i<j} sign(yⱼ − yᵢ); Var(S) = [n(n−1)(2n+5) − Σ tied groups t(t−1)(2t+5)]/18;
/// Z = (S − 1)/√Var(S) for S > 0, 0 for S = 0, (S + 1)/√Var(S) for S < 0 (continuity correction);
/// two-sided p = 2·P(N(0,1) > |Z|); Kendall's τ = S / (n(n−1)/2) (τ-a). Written by hand: GSL has no
/// Mann–Kendall; the normal tail is GSL's. `NaN` days are skipped (only the order matters).
/// pymannkendall computes p as 2·(1 − Φ(|Z|)), which loses digits below 1e-16; this uses the upper tail.
public struct MannKendallTest: Sendable, Hashable {
    public let s: Double
    public let varianceS: Double
    public let z: Double
    public let pValue: Double
    public let tau: Double

    /// - Throws: ``StatisticsError`` when fewer than three days are observed.
    public init(_ series: [Double]) throws(StatisticsError) {
        let y = series.filter { !$0.isNaN }
        guard y.count >= 3 else { throw StatisticsError("Mann–Kendall needs at least 3 observed values (has \(y.count))") }
        var score = 0
        for j in y.indices {
            for i in 0..<j where y[j] != y[i] { score += y[j] > y[i] ? 1 : -1 }
        }
        let n = Double(y.count)
        let tieTerm = TieGroups.sizes(y).reduce(0.0) { $0 + Double($1 * ($1 - 1) * (2 * $1 + 5)) }
        s = Double(score)
        varianceS = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18
        if score == 0 || varianceS == 0 {
            z = 0
        } else {
            z = (score > 0 ? s - 1 : s + 1) / varianceS.squareRoot()
        }
        pValue = min(1, 2 * Distributions.normalUpperTail(abs(z)))
        tau = s / (0.5 * n * (n - 1))
    }
}
