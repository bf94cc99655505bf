/// Medians and median absolute deviations, the robust location and scale the anomaly detectors use.
public enum RobustScale {
    /// The consistency constant that makes the MAD estimate σ for Gaussian data (≈ 1/Φ⁻¹(3/4)), as R's
    /// `mad()` and Hochenbaum et al.'s S-H-ESD use it.
    public static let gaussianConsistency = 1.4826

    /// The median of `values` (the mean of the two middle values for an even count); `NaN` when empty.
    /// `values` must hold no `NaN`.
    public static func median(_ values: [Double]) -> Double {
        var copy = ContiguousArray(values)
        return medianInPlace(&copy, count: copy.count)
    }

    /// `1.4826 · median |x − median x|`; `NaN` when empty. `values` must hold no `NaN`.
    public static func mad(_ values: [Double]) -> Double {
        var copy = ContiguousArray(values)
        return madInPlace(&copy, count: copy.count)
    }

    /// The median of the first `count` elements of `buffer`, which it reorders.
    /// Quickselect (Hoare 1961) rather than a full sort: O(count) on average, which matters for the
    /// rolling scores computed for every day of tens of thousands of series.
    static func medianInPlace(_ buffer: inout ContiguousArray<Double>, count: Int) -> Double {
        guard count > 0 else { return .nan }
        let middle = count / 2
        return buffer.withUnsafeMutableBufferPointer { b -> Double in
            select(b, middle, count: count)
            guard count % 2 == 0 else { return b[middle] }
            // The lower middle value is the largest of the elements selection left before `middle`.
            var lower = b[0]
            for i in 1..<middle where b[i] > lower { lower = b[i] }
            return (lower + b[middle]) / 2
        }
    }

    /// Reorders `b[0..<count]` so that `b[k]` holds the value a sort would put there, with nothing
    /// larger before it and nothing smaller after it.
    private static func select(_ b: UnsafeMutableBufferPointer<Double>, _ k: Int, count: Int) {
        var low = 0, high = count - 1
        while low < high {
            // Median of three as the pivot, so sorted or constant windows stay O(count).
            let mid = low + (high - low) / 2
            if b[mid] < b[low] { b.swapAt(mid, low) }
            if b[high] < b[low] { b.swapAt(high, low) }
            if b[high] < b[mid] { b.swapAt(high, mid) }
            let pivot = b[mid]
            var i = low, j = high
            while i <= j {
                while b[i] < pivot { i += 1 }
                while b[j] > pivot { j -= 1 }
                if i <= j { b.swapAt(i, j); i += 1; j -= 1 }
            }
            if k <= j { high = j } else if k >= i { low = i } else { return }
        }
    }

    /// `1.4826 · MAD` of the first `count` elements of `buffer`, which it overwrites.
    static func madInPlace(_ buffer: inout ContiguousArray<Double>, count: Int) -> Double {
        let centre = medianInPlace(&buffer, count: count)
        guard count > 0 else { return .nan }
        for i in 0..<count { buffer[i] = Swift.abs(buffer[i] - centre) }
        return gaussianConsistency * medianInPlace(&buffer, count: count)
    }
}
