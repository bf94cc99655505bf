import CGSL

/// Order statistics over Swift arrays through GSL's sort and quantile routines.
public enum Quantiles {
    /// The `q`-quantile of `values` with linear interpolation between order statistics
    /// (`gsl_stats_quantile_from_sorted_data`, the same as NumPy's default "linear" method).
    public static func quantile(_ values: [Double], _ q: Double) throws(GSLError) -> Double {
        _ = GSL.ready
        guard !values.isEmpty else { throw GSLError(status: nil, message: "quantile of an empty sample") }
        guard q >= 0, q <= 1 else { throw GSLError(status: nil, message: "quantile needs 0 ≤ q ≤ 1 (q=\(q))") }
        var sorted = values
        return sorted.withUnsafeMutableBufferPointer { buffer in
            gsl_sort(buffer.baseAddress, 1, buffer.count)
            return gsl_stats_quantile_from_sorted_data(buffer.baseAddress, 1, buffer.count, q)
        }
    }

    /// The median of `values`.
    public static func median(_ values: [Double]) throws(GSLError) -> Double {
        try quantile(values, 0.5)
    }
}
