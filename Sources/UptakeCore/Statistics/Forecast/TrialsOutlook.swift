import Foundation

/// What a forecast day's unknown number of trials N means for its share: N ≥ 1 negative binomial
/// (the count model's predictive NB2, `shape` `.infinity` for Poisson, conditioned on at least one
/// application, since a day without any has no share) and X | N beta-binomial(N, p, ρ), Williams'
/// model (``ShareModel``).
///
/// One pass over N from 1 upwards: each NB term relative to P(N = 1) (rescaled before it overflows),
/// with P(X = 0 | N) = Π_{j<N} ((1 − p)(1 − ρ) + jρ)/((1 − ρ) + jρ) and P(X = N | N) likewise with p
/// (the beta-binomial's end points; (1 − p)ᴺ and pᴺ at ρ = 0) carried along; it stops past the mean
/// once a term is below 10⁻¹⁷ of the sum. p is the fitted share, its own uncertainty left out here.
struct TrialsOutlook {
    /// E[1/N | N ≥ 1].
    let meanInverse: Double
    /// P(X = 0 | N ≥ 1): the day's share is 0.
    let allFail: Double
    /// P(X = N | N ≥ 1): the day's share is 1.
    let allSucceed: Double

    init(mean: Double, shape: Double, share p: Double, rho: Double) {
        guard mean > 0 else { self.init(oneTrialWithShare: p); return }
        let poisson = shape.isInfinite
        let q = poisson ? 0 : mean / (shape + mean)
        var weight = 1.0, total = 0.0, inverse = 0.0, none = 0.0, all = 0.0
        var fail = 1 - p, succeed = p, k = 1.0
        while true {
            total += weight
            inverse += weight / k
            none += weight * fail
            all += weight * succeed
            // From N = k to k + 1: the NB ratio, and one more trial that fails (succeeds) with the rest.
            weight *= poisson ? mean / (k + 1) : (k + shape) / (k + 1) * q
            fail *= ((1 - p) * (1 - rho) + k * rho) / ((1 - rho) + k * rho)
            succeed *= (p * (1 - rho) + k * rho) / ((1 - rho) + k * rho)
            k += 1
            if total > 1e250 {
                weight *= 1e-250; total *= 1e-250; inverse *= 1e-250; none *= 1e-250; all *= 1e-250
            }
            if k > mean && weight <= total * 1e-17 { break }
        }
        self.init(meanInverse: inverse / total, allFail: none / total, allSucceed: all / total)
    }

    /// A day expected to have no applications at all: taken as one trial.
    init(oneTrialWithShare p: Double) {
        self.init(meanInverse: 1, allFail: 1 - p, allSucceed: p)
    }

    private init(meanInverse: Double, allFail: Double, allSucceed: Double) {
        (self.meanInverse, self.allFail, self.allSucceed) = (meanInverse, allFail, allSucceed)
    }
}
