/// `exp` and `log` written with IEEE-exact arithmetic only, so results are bit-identical on every
/// platform (libm implementations may differ in the last bit, which can flip a rounded count).
///
/// Accuracy is about 1e-15 relative over the ranges the samplers use; speed is comparable to libm.
public enum DeterministicMath {
    @usableFromInline static let ln2Hi = 6.931_471_803_691_238_164_90e-01
    @usableFromInline static let ln2Lo = 1.908_214_929_270_587_700_02e-10

    /// e^x. Range reduction x = k·ln2 + r with |r| ≤ ln2/2, then a degree-13 Taylor polynomial.
    @inlinable
    public static func exp(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x > 709 { return .infinity }
        if x < -745 { return 0 }
        let k = (x * 1.442_695_040_888_963_4).rounded(.toNearestOrEven)
        let r = (x - k * ln2Hi) - k * ln2Lo
        var p = 1.0 / 6_227_020_800.0
        p = p * r + 1.0 / 479_001_600.0
        p = p * r + 1.0 / 39_916_800.0
        p = p * r + 1.0 / 3_628_800.0
        p = p * r + 1.0 / 362_880.0
        p = p * r + 1.0 / 40_320.0
        p = p * r + 1.0 / 5_040.0
        p = p * r + 1.0 / 720.0
        p = p * r + 1.0 / 120.0
        p = p * r + 1.0 / 24.0
        p = p * r + 1.0 / 6.0
        p = p * r + 0.5
        p = p * r + 1.0
        p = p * r + 1.0
        return scale(p, by: Int(k))
    }

    /// The natural logarithm of x > 0. x = m·2^e with m in [√½, √2), then
    /// log m = 2·atanh(s), s = (m−1)/(m+1), summed to s^21.
    @inlinable
    public static func log(_ x: Double) -> Double {
        if x.isNaN || x < 0 { return .nan }
        if x == 0 { return -.infinity }
        if x.isInfinite { return x }
        var e = Int(x.exponent)
        var m = x.significand  // in [1, 2)
        if m > 1.414_213_562_373_095_1 { m *= 0.5; e += 1 }
        let s = (m - 1) / (m + 1)
        let s2 = s * s
        var p = 1.0 / 21.0
        p = p * s2 + 1.0 / 19.0
        p = p * s2 + 1.0 / 17.0
        p = p * s2 + 1.0 / 15.0
        p = p * s2 + 1.0 / 13.0
        p = p * s2 + 1.0 / 11.0
        p = p * s2 + 1.0 / 9.0
        p = p * s2 + 1.0 / 7.0
        p = p * s2 + 1.0 / 5.0
        p = p * s2 + 1.0 / 3.0
        p = p * s2 + 1.0
        let fe = Double(e)
        return fe * ln2Hi + (2 * s * p + fe * ln2Lo)
    }

    /// The logistic function 1 / (1 + e^−x).
    @inlinable
    public static func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

    @usableFromInline
    static func scale(_ value: Double, by power: Int) -> Double {
        // Two steps keep 2^power representable across the whole exp range.
        let half = power / 2
        return value * Double(sign: .plus, exponent: half, significand: 1)
            * Double(sign: .plus, exponent: power - half, significand: 1)
    }
}
