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

    /// The median and `1.4826 · MAD` of values already sorted ascending, in O(count) and without a copy:
    /// the absolute deviations from the median are two sorted runs (leftwards and rightwards from the
    /// median), merged only as far as their middle. Gives the same numbers as ``median(_:)`` and ``mad(_:)``.
    static func medianAndMAD(sorted s: UnsafeBufferPointer<Double>) -> (median: Double, mad: Double) {
        let m = s.count
        guard m > 0 else { return (.nan, .nan) }
        let middle = m / 2
        let median = m % 2 == 1 ? s[middle] : (s[middle - 1] + s[middle]) / 2
        var low = 0, high = m                   // first index with s[index] ≥ median
        while low < high {
            let mid = (low + high) / 2
            if s[mid] < median { low = mid + 1 } else { high = mid }
        }
        var left = low - 1, right = low
        var previous = 0.0, current = 0.0
        for _ in 0...middle {
            let l = left >= 0 ? median - s[left] : .infinity
            let r = right < m ? s[right] - median : .infinity
            previous = current
            if l <= r { current = l; left -= 1 } else { current = r; right += 1 }
        }
        return (median, gaussianConsistency * (m % 2 == 1 ? current : (previous + current) / 2))
    }
}
