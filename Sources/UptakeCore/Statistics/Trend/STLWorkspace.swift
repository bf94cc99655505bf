import Foundation

/// The buffers of one STL fit (statsmodels' `_work`, `_trend`, `_season`, `_rw`), owned and freed here.
/// The passes mirror `_onestp`, `_ss`, `_fts` and `_rwts` of statsmodels' `_stl.pyx`.
final class STLWorkspace {
    let n: Int, np: Int
    let config: STL
    let y: UnsafeMutableBufferPointer<Double>
    let trend: UnsafeMutableBufferPointer<Double>
    let season: UnsafeMutableBufferPointer<Double>
    let rw: UnsafeMutableBufferPointer<Double>
    /// `work[0...4]`, each of length n + 2·np (work 5 and 6 of the Fortran are unused).
    let work: [UnsafeMutableBufferPointer<Double>]
    var useRobustWeights = false

    init(_ values: [Double], config: STL) {
        n = values.count
        np = config.period
        self.config = config
        y = Self.buffer(n, 0)
        for (i, v) in values.enumerated() { y[i] = v }
        trend = Self.buffer(n, 0)
        season = Self.buffer(n, 0)
        rw = Self.buffer(n, 1)
        let workLength = values.count + 2 * config.period
        work = (0..<5).map { _ in Self.buffer(workLength, 0) }
    }

    private static func buffer(_ count: Int, _ value: Double) -> UnsafeMutableBufferPointer<Double> {
        let b = UnsafeMutableBufferPointer<Double>.allocate(capacity: count)
        b.initialize(repeating: value)
        return b
    }

    deinit {
        for b in [y, trend, season, rw] + work { b.deallocate() }
    }

    /// `fit`: the inner loop, then `outer` robustness passes.
    func fit(inner: Int, outer: Int) {
        var k = 0
        while true {
            oneStep(inner)
            k += 1
            if k > outer { break }
            for i in 0..<n { work[0][i] = trend[i] + season[i] }
            robustnessWeights()
            useRobustWeights = true
        }
    }

    private var robust: UnsafeBufferPointer<Double>? { useRobustWeights ? UnsafeBufferPointer(rw) : nil }

    /// `_onestp`: detrend, cycle-subseries smoothing, low-pass filter, deseasonalise, trend smoothing.
    private func oneStep(_ inner: Int) {
        for _ in 0..<inner {
            for i in 0..<n { work[0][i] = y[i] - trend[i] }
            cycleSubseries()
            lowPassFilter()
            STLLoess.smooth(UnsafeBufferPointer(work[2]), n: n, length: config.lowPass, degree: config.lowPassDegree,
                            jump: config.lowPassJump, rw: nil, into: work[0], scratch: work[4])
            for i in 0..<n {
                season[i] = work[1][np + i] - work[0][i]
                work[0][i] = y[i] - season[i]
            }
            STLLoess.smooth(UnsafeBufferPointer(work[0]), n: n, length: config.trend, degree: config.trendDegree,
                            jump: config.trendJump, rw: robust, into: trend, scratch: work[2])
        }
    }

    /// `_ss`: loess of each cycle-subseries, extended one period at each end, into `work[1]`.
    private func cycleSubseries() {
        let ns = config.seasonal, degree = config.seasonalDegree
        let sub = UnsafeMutableBufferPointer<Double>.allocate(capacity: n / np + 3)
        let fitted = UnsafeMutableBufferPointer<Double>.allocate(capacity: n / np + 3)
        let subWeights = UnsafeMutableBufferPointer<Double>.allocate(capacity: n / np + 3)
        let scratch = UnsafeMutableBufferPointer<Double>.allocate(capacity: n / np + 3)
        defer { for b in [sub, fitted, subWeights, scratch] { b.deallocate() } }
        for j in 0..<np {
            let k = (n - (j + 1)) / np + 1
            for i in 0..<k { sub[i] = work[0][i * np + j] }
            if useRobustWeights { for i in 0..<k { subWeights[i] = rw[i * np + j] } }
            let weights: UnsafeBufferPointer<Double>? = useRobustWeights ? UnsafeBufferPointer(subWeights) : nil
            let shifted = UnsafeMutableBufferPointer(rebasing: fitted[1...])
            STLLoess.smooth(UnsafeBufferPointer(sub), n: k, length: ns, degree: degree, jump: config.seasonalJump,
                            rw: weights, into: shifted, scratch: scratch)
            fitted[0] = STLLoess.estimate(UnsafeBufferPointer(sub), n: k, length: ns, degree: degree, xs: 0,
                                          nleft: 1, nright: min(ns, k), w: scratch, rw: weights) ?? fitted[1]
            fitted[k + 1] = STLLoess.estimate(UnsafeBufferPointer(sub), n: k, length: ns, degree: degree, xs: k + 1,
                                              nleft: max(1, k - ns + 1), nright: k, w: scratch, rw: weights) ?? fitted[k]
            for m in 0..<(k + 2) { work[1][m * np + j] = fitted[m] }
        }
    }

    /// `_fts`: moving averages of lengths np, np and 3 of `work[1]` into `work[2]`.
    private func lowPassFilter() {
        let total = n + 2 * np
        STLLoess.movingAverage(UnsafeBufferPointer(work[1]), n: total, length: np, into: work[2])
        STLLoess.movingAverage(UnsafeBufferPointer(work[2]), n: total - np + 1, length: np, into: work[0])
        STLLoess.movingAverage(UnsafeBufferPointer(work[0]), n: total - 2 * np + 2, length: 3, into: work[2])
    }

    /// `_rwts`: bisquare weights of the residuals scaled by six times their median absolute value.
    private func robustnessWeights() {
        var absolute = (0..<n).map { abs(y[$0] - work[0][$0]) }
        for i in 0..<n { rw[i] = absolute[i] }
        absolute.sort()
        let lowMid = n / 2, highMid = n - lowMid - 1
        let cmad = 3.0 * (absolute[lowMid] + absolute[highMid])
        if cmad == 0 {
            for i in 0..<n { rw[i] = 1 }
            return
        }
        let c9 = 0.999 * cmad, c1 = 0.001 * cmad
        for i in 0..<n {
            if rw[i] <= c1 {
                rw[i] = 1
            } else if rw[i] <= c9 {
                let u = rw[i] / cmad
                rw[i] = (1 - u * u) * (1 - u * u)
            } else {
                rw[i] = 0
            }
        }
    }
}
