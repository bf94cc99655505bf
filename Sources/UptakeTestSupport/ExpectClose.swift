import Testing

/// Records a test issue unless `actual` is within `rel`·|expected| + `abs` of `expected`.
///
/// Tolerances are the caller's to justify: a value computed by the same formula in another language
/// agrees to a few ulps times the number of operations (`rel` 1e-12 or so); a value from an iterative
/// algorithm (STL's loess passes, a quantile inversion) agrees to the algorithm's own accuracy.
/// Two NaNs are equal here (a missing value expected and produced); a NaN against a number is not.
public func expectClose(
    _ expected: Double, _ actual: Double, rel: Double = 1e-12, abs: Double = 0,
    _ note: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
) {
    if expected.isNaN || actual.isNaN {
        #expect(expected.isNaN && actual.isNaN, "expected \(expected), got \(actual)\(note.map { " (\($0))" } ?? "")", sourceLocation: sourceLocation)
        return
    }
    if expected.isInfinite || actual.isInfinite {
        #expect(expected == actual, "expected \(expected), got \(actual)\(note.map { " (\($0))" } ?? "")", sourceLocation: sourceLocation)
        return
    }
    let tolerance = rel * Swift.abs(expected) + abs
    let difference = Swift.abs(expected - actual)
    #expect(difference <= tolerance, "expected \(expected), got \(actual): off by \(difference) > \(tolerance)\(note.map { " (\($0))" } ?? "")", sourceLocation: sourceLocation)
}

/// Element-wise ``expectClose(_:_:rel:abs:_:sourceLocation:)`` for two series of the same length;
/// reports at most the first `limit` mismatches so a wrong series does not flood the log.
public func expectClose(
    _ expected: [Double], _ actual: [Double], rel: Double = 1e-12, abs: Double = 0,
    _ note: String? = nil, limit: Int = 5, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(expected.count == actual.count, "lengths differ: expected \(expected.count), got \(actual.count)", sourceLocation: sourceLocation)
    var reported = 0
    for (index, (e, a)) in zip(expected, actual).enumerated() where reported < limit {
        let bothNaN = e.isNaN && a.isNaN
        let close = bothNaN || (!e.isNaN && !a.isNaN && Swift.abs(e - a) <= rel * Swift.abs(e) + abs)
        if !close {
            reported += 1
            expectClose(e, a, rel: rel, abs: abs, "index \(index)\(note.map { ", \($0)" } ?? "")", sourceLocation: sourceLocation)
        }
    }
}

extension Tag {
    /// Tests that take seconds or more (a national dataset, killed child processes, golden files):
    /// `make test-fast` skips them.
    @Tag public static var slow: Self
}
