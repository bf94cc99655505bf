/// A numerator and denominator of a rate (e.g. received_online over received) in one period.
public struct RateCounts: Sendable, Hashable, Codable {
    public let numerator: Double
    public let denominator: Double
    public init(numerator: Double, denominator: Double) {
        precondition(numerator >= 0 && numerator <= denominator, "need 0 ≤ numerator ≤ denominator")
        self.numerator = numerator
        self.denominator = denominator
    }
}

/// One child's (a commune's, a sector's) share of a rate change.
public struct RateChangeContribution: Sendable, Hashable, Codable {
    public let id: String
    /// The change due to the child's own rate: (r₁ − r₀)·(w₀ + w₁)/2.
    public let within: Double
    /// The change due to the child's weight in the total, centred on the aggregate's mean rate:
    /// (w₁ − w₀)·((r₀ + r₁)/2 − (R₀ + R₁)/2). A unit that gains share pulls the total up only if its
    /// rate is above the aggregate's; gaining share at the aggregate's own rate changes nothing.
    public let mix: Double
    public var total: Double { within + mix }
}

/// The exact split of a change in an aggregate rate R = ΣN/ΣD into within-unit and mix effects.
///
/// With wₜ,ᵢ = Dₜ,ᵢ/ΣDₜ the child's share of the denominator and rₜ,ᵢ = Nₜ,ᵢ/Dₜ,ᵢ its rate, Rₜ = Σ wₜ,ᵢ rₜ,ᵢ
/// and R₁ − R₀ = Σᵢ [(r₁ − r₀)(w₀ + w₁)/2 + (w₁ − w₀)(r̄ᵢ − R̄)] exactly, with r̄ᵢ = (r₀ + r₁)/2 and
/// R̄ = (R₀ + R₁)/2: the symmetric (Shapley) two-factor split, which averages the two orders of the
/// classic shift-share decomposition (Kitagawa 1955; Das Gupta 1993), so there is no interaction term.
///
/// The per-unit mix is *centred*: since Σᵢ (w₁ − w₀) = 0, subtracting R̄ leaves the totals unchanged
/// but makes each unit's mix mean something on its own. Uncentred, (w₁ − w₀)·r̄ᵢ credits a large unit
/// that merely gained share with a large mix even at the aggregate's rate.
///
/// A worked example (the test `centredMixThreeUnits`): A 40/100 → 100/200, B 60/100 → 70/100, C
/// 100/200 → 50/100. R₀ = 200/400 = 50%, R₁ = 220/400 = 55%, R̄ = 52.5%. Within: A 10 pp × 0.375 =
/// +3.75 pp, B 10 pp × 0.25 = +2.5 pp, C 0. Mix: A +0.25 × (45% − 52.5%) = −1.875 pp (it gained share
/// at a below-average rate), B 0, C −0.25 × (50% − 52.5%) = +0.625 pp. Sum 6.25 − 1.25 = 5 pp. (The
/// uncentred mix would read A +11.25 pp and C −12.5 pp.)
///
/// A child with no denominator in one period (a unit entering or leaving) has no rate there; its rate
/// is taken equal to its rate in the other period, so its within effect is 0 and its whole
/// contribution, w₁(r₁ − R̄) (entering) or −w₀(r₀ − R̄) (leaving), is mix. The sum stays exact.
public struct RateChangeDecomposition: Sendable, Hashable, Codable {
    public let baselineRate: Double
    public let currentRate: Double
    public let contributions: [RateChangeContribution]

    public var totalChange: Double { currentRate - baselineRate }
    public var withinEffect: Double { contributions.reduce(0) { $0 + $1.within } }
    public var mixEffect: Double { contributions.reduce(0) { $0 + $1.mix } }

    /// - Throws: ``StatisticsError`` when a period has no denominator at all (no aggregate rate).
    public init(_ children: [(id: String, baseline: RateCounts, current: RateCounts)]) throws(StatisticsError) {
        let d0 = children.reduce(0) { $0 + $1.baseline.denominator }, d1 = children.reduce(0) { $0 + $1.current.denominator }
        guard d0 > 0, d1 > 0 else { throw StatisticsError("a rate change needs a denominator in both periods (baseline \(d0), current \(d1))") }
        baselineRate = children.reduce(0) { $0 + $1.baseline.numerator } / d0
        currentRate = children.reduce(0) { $0 + $1.current.numerator } / d1
        let mean = (baselineRate + currentRate) / 2
        contributions = children.map { child in
            let w0 = child.baseline.denominator / d0, w1 = child.current.denominator / d1
            let own0 = child.baseline.denominator > 0 ? child.baseline.numerator / child.baseline.denominator : nil
            let own1 = child.current.denominator > 0 ? child.current.numerator / child.current.denominator : nil
            let r0 = own0 ?? own1 ?? 0, r1 = own1 ?? own0 ?? 0
            return RateChangeContribution(id: child.id, within: (r1 - r0) * (w0 + w1) / 2, mix: (w1 - w0) * ((r0 + r1) / 2 - mean))
        }
    }
}
