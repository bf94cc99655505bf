/// Corrections for testing many hypotheses at once (one per commune × sector × day, say).
public enum MultipleTesting {
    /// Benjamini–Hochberg adjusted p-values ("q-values"; Benjamini & Hochberg 1995, "Controlling the false
    /// discovery rate", JRSS B 57(1), 289–300): with `p₍₁₎ ≤ … ≤ p₍ₘ₎`,
    /// `q₍ᵢ₎ = min(1, min_{j ≥ i} p₍ⱼ₎·m/j)`, returned in the input's order. Rejecting every hypothesis with
    /// `q ≤ α` controls the false discovery rate at α for independent (or positively dependent) tests.
    ///
    /// The same numbers as statsmodels' `multipletests(p, method="fdr_bh")[1]` and R's
    /// `p.adjust(p, "BH")`: monotone in p, tied p-values get the same q, and nothing exceeds 1.
    ///
    /// Missing p-values (`NaN`) get a `NaN` q and do not count in m, as in R's `p.adjust`. An empty input
    /// gives an empty output.
    /// - Throws: ``StatisticsError`` when a p-value lies outside [0, 1].
    public static func benjaminiHochberg(_ pValues: [Double]) throws(StatisticsError) -> [Double] {
        for p in pValues where !p.isNaN && !(p >= 0 && p <= 1) {
            throw StatisticsError("p-values must lie between 0 and 1 (found \(p))")
        }
        let order = pValues.indices.filter { !pValues[$0].isNaN }.sorted { pValues[$0] < pValues[$1] }
        let m = order.count
        var q = [Double](repeating: .nan, count: pValues.count)
        var running = Double.infinity
        for rank in stride(from: m, through: 1, by: -1) {
            let i = order[rank - 1]
            // p / (rank/m), the same operations as statsmodels (p divided by the ECDF factor).
            running = Swift.min(running, pValues[i] / (Double(rank) / Double(m)))
            q[i] = Swift.min(running, 1)
        }
        return q
    }
}
