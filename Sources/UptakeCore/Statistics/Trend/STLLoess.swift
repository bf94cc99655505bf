// The loess passes of STL, ported line by line from statsmodels' `_stl.pyx` (itself a port of
// Cleveland et al.'s netlib Fortran `stl.f`). Written by hand: GSL has no loess. Indices keep the
// Fortran's 1-based arithmetic (`j + 1`, `nleft - 1`) so the port can be checked against the source.

/// Scratch-free helpers over `[Double]`; `rw == nil` means "no robustness weights" (`userw = false`).
enum STLLoess {
    /// `_est`: the loess fit at abscissa `xs` (1-based) from points `nleft...nright` with a tricube
    /// kernel, linear when `degree > 0`; `nil` when every weight is zero.
    static func estimate(_ y: UnsafeBufferPointer<Double>, n: Int, length: Int, degree: Int, xs: Int,
                         nleft: Int, nright: Int, w: UnsafeMutableBufferPointer<Double>,
                         rw: UnsafeBufferPointer<Double>?) -> Double? {
        let range = Double(n) - 1
        var h = Double(max(xs - nleft, nright - xs))
        if length > n { h += Double((length - n) / 2) }
        let h9 = 0.999 * h, h1 = 0.001 * h
        var a = 0.0
        for j in (nleft - 1)..<nright {
            w[j] = 0
            let r = abs(Double(j + 1 - xs))
            if r <= h9 {
                if r <= h1 {
                    w[j] = 1
                } else {
                    let u = r / h
                    let t = 1 - u * u * u
                    w[j] = t * t * t
                }
                if let rw { w[j] *= rw[j] }
                a += w[j]
            }
        }
        if a <= 0 { return nil }
        for j in (nleft - 1)..<nright { w[j] /= a }
        if h > 0, degree > 0 {
            var mean = 0.0
            for j in (nleft - 1)..<nright { mean += w[j] * Double(j + 1) }
            var b = Double(xs) - mean
            var c = 0.0
            for j in (nleft - 1)..<nright { let d = Double(j + 1) - mean; c += w[j] * d * d }
            if c.squareRoot() > 0.001 * range {
                b /= c
                for j in (nleft - 1)..<nright { w[j] *= b * (Double(j + 1) - mean) + 1 }
            }
        }
        var ys = 0.0
        for j in (nleft - 1)..<nright { ys += w[j] * y[j] }
        return ys
    }

    /// `_ess`: loess of `y[0..<n]` into `ys[0..<n]`, evaluated every `jump` points and linearly
    /// interpolated between them.
    static func smooth(_ y: UnsafeBufferPointer<Double>, n: Int, length: Int, degree: Int, jump: Int,
                       rw: UnsafeBufferPointer<Double>?, into ys: UnsafeMutableBufferPointer<Double>,
                       scratch: UnsafeMutableBufferPointer<Double>) {
        if n < 2 { ys[0] = y[0]; return }
        func est(_ xs: Int, _ nleft: Int, _ nright: Int) -> Double? {
            estimate(y, n: n, length: length, degree: degree, xs: xs, nleft: nleft, nright: nright, w: scratch, rw: rw)
        }
        let newnj = min(jump, n - 1)
        var nleft = 0, nright = 0
        if length >= n {
            nleft = 1; nright = n
            for i in stride(from: 0, to: n, by: newnj) { ys[i] = est(i + 1, nleft, nright) ?? y[i] }
        } else if newnj == 1 {
            let nsh = (length + 2) / 2
            nleft = 1; nright = length
            for i in 0..<n {
                if i + 1 > nsh, nright != n { nleft += 1; nright += 1 }
                ys[i] = est(i + 1, nleft, nright) ?? y[i]
            }
        } else {
            let nsh = (length + 1) / 2
            for i in stride(from: 0, to: n, by: newnj) {
                if i + 1 < nsh {
                    nleft = 1; nright = length
                } else if i + 1 >= n - nsh + 1 {
                    nleft = n - length + 1; nright = n
                } else {
                    nleft = i + 1 - nsh + 1; nright = length + i + 1 - nsh
                }
                ys[i] = est(i + 1, nleft, nright) ?? y[i]
            }
        }
        if newnj == 1 { return }
        var i = 0
        while i < n - newnj {
            let delta = (ys[i + newnj] - ys[i]) / Double(newnj)
            for j in i..<(i + newnj) { ys[j] = ys[i] + delta * Double(j - i) }
            i += newnj
        }
        let k = ((n - 1) / newnj) * newnj + 1
        if k != n {
            ys[n - 1] = est(n, nleft, nright) ?? y[n - 1]
            if k != n - 1 {
                let delta = (ys[n - 1] - ys[k - 1]) / Double(n - k)
                for j in k..<n { ys[j] = ys[k - 1] + delta * Double(j + 1 - k) }
            }
        }
    }

    /// `_ma`: the moving average of length `length` of `x[0..<n]` into `ave[0..<(n - length + 1)]`.
    static func movingAverage(_ x: UnsafeBufferPointer<Double>, n: Int, length: Int, into ave: UnsafeMutableBufferPointer<Double>) {
        let count = n - length + 1
        let flen = Double(length)
        var v = 0.0
        for i in 0..<length { v += x[i] }
        ave[0] = v / flen
        var k = length, m = 0
        for j in 1..<max(count, 1) {
            v += x[k] - x[m]
            ave[j] = v / flen
            k += 1; m += 1
        }
    }
}
