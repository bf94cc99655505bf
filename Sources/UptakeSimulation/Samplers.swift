/// Samplers for the count models, all on ``SimulationRandom`` and ``DeterministicMath``.
extension SimulationRandom {
    /// A standard normal deviate (Marsaglia's polar method: needs only `log` and `√`).
    @inlinable
    public mutating func nextNormal() -> Double {
        while true {
            let u = 2 * nextUnit() - 1
            let v = 2 * nextUnit() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                return u * (-2 * DeterministicMath.log(s) / s).squareRoot()
            }
        }
    }

    /// A Gamma(shape, 1) deviate: Marsaglia & Tsang (2000), with the u^(1/shape) boost for shape < 1.
    public mutating func nextGamma(shape: Double) -> Double {
        precondition(shape > 0)
        if shape < 1 {
            let g = nextGamma(shape: shape + 1)
            return g * DeterministicMath.exp(DeterministicMath.log(nextOpenUnit()) / shape)
        }
        let d = shape - 1.0 / 3.0
        let c = 1 / (9 * d).squareRoot()
        while true {
            var x: Double, v: Double
            repeat {
                x = nextNormal()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = nextOpenUnit()
            if u < 1 - 0.0331 * x * x * x * x { return d * v }
            if DeterministicMath.log(u) < 0.5 * x * x + d * (1 - v + DeterministicMath.log(v)) { return d * v }
        }
    }

    /// A Poisson(mean) count: multiplication method below 30, a rounded normal with continuity
    /// correction above (relative error of the variance under 2% there, irrelevant for simulation).
    public mutating func nextPoisson(mean: Double) -> Int {
        if !(mean > 0) { return 0 }
        if mean < 30 {
            let limit = DeterministicMath.exp(-mean)
            var k = 0
            var p = nextUnit()
            while p > limit { k += 1; p *= nextUnit() }
            return k
        }
        let x = (mean + mean.squareRoot() * nextNormal()).rounded(.toNearestOrEven)
        return x < 0 ? 0 : Int(x)
    }

    /// A gamma–Poisson (negative binomial) count with the given mean and variance mean + mean²/shape:
    /// overdispersed daily volumes.
    public mutating func nextGammaPoisson(mean: Double, shape: Double) -> Int {
        if !(mean > 0) { return 0 }
        return nextPoisson(mean: mean * nextGamma(shape: shape) / shape)
    }

    /// A Binomial(n, p) count: Bernoulli trials for n ≤ 24, inversion for small n·p, and a rounded,
    /// clamped normal when both n·p and n·(1−p) exceed 12.
    public mutating func nextBinomial(count n: Int, probability p: Double) -> Int {
        if n <= 0 || p <= 0 { return 0 }
        if p >= 1 { return n }
        if n <= 24 {
            var k = 0
            for _ in 0..<n where nextUnit() < p { k += 1 }
            return k
        }
        let q = 1 - p
        let np = Double(n) * p
        let nq = Double(n) * q
        if np > 12 && nq > 12 {
            let x = (np + (np * q).squareRoot() * nextNormal()).rounded(.toNearestOrEven)
            return x < 0 ? 0 : (x > Double(n) ? n : Int(x))
        }
        if np > 12 { return n - nextBinomial(count: n, probability: q) }
        // Inversion from k = 0 with the recurrence P(k+1) = P(k)·(n−k)/(k+1)·p/q.
        var pk = DeterministicMath.exp(Double(n) * DeterministicMath.log(q))
        var u = nextUnit()
        var k = 0
        let ratio = p / q
        while u > pk && k < n {
            u -= pk
            pk *= Double(n - k) / Double(k + 1) * ratio
            k += 1
        }
        return k
    }
}
