import Foundation

/// Readable axis ticks: round numbers (1, 2 or 5 times a power of ten) that cover a range.
///
/// The algorithm is R's `pretty()` (`src/appl/pretty.c`, R 4.2, with its defaults: `n = 5`,
/// `min.n = n %/% 3`, `shrink.sml = 0.75`, `high.u.bias = 1.5`, `u5.bias = 0.5 + 1.5 · high.u.bias`,
/// no epsilon correction), so the ticks an analyst sees here are the ones R would draw. Checked
/// against R's own output (Tests/UptakeChartsTests/Fixtures/pretty-ticks.json, made by
/// scripts/fixtures/make_pretty_ticks_fixture.R).
///
/// ```swift
/// NiceTicks(low: 0.3267, high: 0.6).values   // [0.30, 0.35, …, 0.60]
/// ```
public struct NiceTicks: Sendable, Equatable {
    /// The tick values, ascending; the first is at or below `low`, the last at or above `high`.
    public let values: [Double]
    /// The distance between ticks.
    public let step: Double

    /// Ticks for `low...high` (swapped when reversed), about `count` intervals. Non-finite bounds
    /// give the ticks of `0...1`.
    public init(low: Double, high: Double, count: Int = 5) {
        var (lo, up) = (min(low, high), max(low, high))
        if !lo.isFinite || !up.isFinite { (lo, up) = (0, 1) }
        let n = max(1, count), minN = count / 3
        let h = 1.5, h5 = 0.5 + 1.5 * h
        let dx = up - lo
        var cell: Double
        let small: Bool
        if dx == 0 && up == 0 {
            cell = 1
            small = true
        } else {
            cell = max(abs(lo), abs(up))
            let u = (1 + (h5 >= 1.5 * h + 0.5 ? 1 / (1 + h) : 1.5 / (1 + h5))) * Double(n) * Double.ulpOfOne
            small = dx < cell * u * 3
        }
        if small {
            if cell > 10 { cell = 9 + cell / 10 }
            cell *= 0.75
            if minN > 1 { cell /= Double(minN) }
        } else {
            cell = dx
            if n > 1 { cell /= Double(n) }
        }
        cell = min(max(cell, 0x1p-20 * Double.leastNormalMagnitude), Double.greatestFiniteMagnitude / 1.25)
        let base = Self.power10(cell)
        var unit = base
        if 2 * base - cell < h * (cell - unit) {
            unit = 2 * base
            if 5 * base - cell < h5 * (cell - unit) {
                unit = 5 * base
                if 10 * base - cell < h * (cell - unit) { unit = 10 * base }
            }
        }
        let eps = 1e-10
        var ns = (lo / unit + eps).rounded(.down), nu = (up / unit - eps).rounded(.up)
        while ns * unit > lo + eps * unit { ns -= 1 }
        while nu * unit < up - eps * unit { nu += 1 }
        var k = Int(0.5 + nu - ns)
        if k < minN {
            k = minN - k
            if ns >= 0 {
                nu += Double(k / 2)
                ns -= Double(k / 2 + k % 2)
            } else {
                ns -= Double(k / 2)
                nu += Double(k / 2 + k % 2)
            }
            k = minN
        }
        let first = ns * unit, last = nu * unit
        let by = k > 0 ? (last - first) / Double(k) : 0
        // As R's seq.int(from, to, length.out = k + 1), with values within 1e-14 steps of zero set to 0.
        values = (0...k).map { i in
            let v = i == k ? last : first + Double(i) * by
            return abs(v) < 1e-14 * by ? 0 : v
        }
        step = unit
    }

    /// 10^floor(log10(x)), as R computes it.
    static func power10(_ x: Double) -> Double { pow(10, (log10(x)).rounded(.down)) }

    /// Decimals that show every tick distinctly: 0 for steps of 1 or more, 2 for 0.05.
    public var decimals: Int {
        var d = 0
        var s = step
        while d < 12, (s - s.rounded()).magnitude > 1e-9 * max(1, s.magnitude) { s *= 10; d += 1 }
        return d
    }
}
