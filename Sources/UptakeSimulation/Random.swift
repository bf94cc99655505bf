/// The random numbers behind the generated dataset.
///
/// Uptake writes its own generator instead of using `SystemRandomNumberGenerator` (not seedable)
/// or GSL's `gsl_rng` (seedable, but a C dependency whose stream and samplers the generator would
/// then be tied to, with no say over how each locality gets its own stream). The rule here: the same
/// seed gives the same bytes on any machine, so everything below uses integer operations and the
/// IEEE-exact `+ − × ÷ √`; the two transcendental functions the samplers need are in
/// ``DeterministicMath`` rather than the platform's libm, whose last bits differ between systems.

/// SplitMix64 (Steele, Lea & Flood 2014): a 64-bit mixer, used to expand seeds.
public struct SplitMix64: Sendable {
    @usableFromInline var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    @inlinable
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// The SplitMix64 finaliser: a bijective avalanche of `z`.
    @inlinable
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// xoshiro256** (Blackman & Vigna 2018): the generator every stream of the simulation uses.
///
/// ```swift
/// var rng = SimulationRandom(seed: 2025, key: "01273", stream: "applications/land")
/// let u = rng.nextUnit()  // in [0, 1)
/// ```
public struct SimulationRandom: Sendable {
    @usableFromInline var s0, s1, s2, s3: UInt64

    /// A generator whose state is expanded from `seed` by SplitMix64.
    public init(seed: UInt64) {
        var sm = SplitMix64(seed: seed)
        s0 = sm.next(); s1 = sm.next(); s2 = sm.next(); s3 = sm.next()
    }

    /// The stream named `stream` for the locality (or other entity) `key`: independent of every other
    /// key and stream, so filtering localities never changes another locality's numbers.
    public init(seed: UInt64, key: String, stream: String) {
        self.init(seed: SimulationRandom.streamSeed(seed: seed, key: key, stream: stream))
    }

    /// FNV-1a over `key`, a separator and `stream`, folded with `seed` through SplitMix64.
    public static func streamSeed(seed: UInt64, key: String, stream: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        h = (h ^ 0x1F) &* 0x0000_0100_0000_01B3
        for byte in stream.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return SplitMix64.mix(SplitMix64.mix(seed ^ 0x5851_F42D_4C95_7F2D) ^ h)
    }

    /// The next 64 random bits.
    @inlinable
    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// A uniform double in [0, 1) with 53 random bits.
    @inlinable
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform double in (0, 1]: safe to take the logarithm of.
    @inlinable
    public mutating func nextOpenUnit() -> Double {
        Double((next() >> 11) + 1) * 0x1.0p-53
    }

    /// A uniform integer in `0..<bound` (Lemire's multiply-shift; the tiny bias is irrelevant here).
    @inlinable
    public mutating func next(below bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }
}

/// A stateless uniform number in [0, 1) for `key` and `stream`: for one-off draws (a commune's size,
/// a province's rank) that must not depend on how many other draws were made.
public func stableUnit(seed: UInt64, key: String, stream: String) -> Double {
    Double(SplitMix64.mix(SimulationRandom.streamSeed(seed: seed, key: key, stream: stream)) >> 11) * 0x1.0p-53
}
