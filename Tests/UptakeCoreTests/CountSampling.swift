import Foundation
import UptakeTestSupport

/// Negative-binomial counts for planted-event tests, drawn independently of the code under test:
/// gamma (Marsaglia & Tsang 2000) mixed Poisson (multiplication method; means here stay below 700).
struct CountSampler {
    var rng: SeededRandom

    init(seed: UInt64) { rng = SeededRandom(seed: seed) }

    mutating func unit() -> Double { (Double(rng.next() >> 11) + 0.5) / 9_007_199_254_740_992 }

    mutating func normal() -> Double {
        (-2 * log(unit())).squareRoot() * cos(2 * .pi * unit())
    }

    mutating func gamma(shape: Double) -> Double {
        if shape < 1 { return gamma(shape: shape + 1) * pow(unit(), 1 / shape) }
        let d = shape - 1.0 / 3.0, c = 1 / (9 * d).squareRoot()
        while true {
            var x = 0.0, v = 0.0
            repeat { x = normal(); v = 1 + c * x } while v <= 0
            v = v * v * v
            let u = unit()
            if log(u) < 0.5 * x * x + d * (1 - v + log(v)) { return d * v }
        }
    }

    mutating func poisson(mean: Double) -> Double {
        guard mean > 0 else { return 0 }
        let limit = exp(-mean)
        var k = 0.0, p = unit()
        while p > limit { k += 1; p *= unit() }
        return k
    }

    /// NB with mean `mean` and shape θ (variance mean + mean²/θ); Poisson when θ is infinite.
    mutating func negativeBinomial(mean: Double, shape: Double) -> Double {
        shape.isInfinite ? poisson(mean: mean) : poisson(mean: mean * gamma(shape: shape) / shape)
    }

    /// The simulator's weekday factors (UptakeSimulation `DayFactors.weekday`), Monday … Sunday.
    static let weekdayFactors = [1.12, 1.05, 1.0, 1.0, 0.93, 0.30, 0.03]

    /// `days` calendar days from a Monday: weekends not worked, NB counts on every day with the
    /// simulator's weekday pattern, and the schedule.
    mutating func series(days: Int, level: Double, shape: Double) -> (counts: [Double], weekdays: [UInt8]) {
        var counts: [Double] = [], weekdays: [UInt8] = []
        for t in 0..<days {
            let w = t % 7 + 1
            counts.append(negativeBinomial(mean: level * CountSampler.weekdayFactors[w - 1], shape: shape))
            weekdays.append(w <= 5 ? UInt8(w) : 0)
        }
        return (counts, weekdays)
    }
}
