/// One child's part in a unit's gap to a reference rate.
public struct GapContribution: Sendable, Hashable, Codable {
    public let id: String
    public let numerator: Double
    public let denominator: Double
    /// The child's own rate; `nil` without a denominator.
    public var rate: Double? { denominator > 0 ? numerator / denominator : nil }
    /// Its part of the gap in proportion units: (Nᵢ − R_ref·Dᵢ)/ΣD = wᵢ(rᵢ − R_ref). The parts sum
    /// to the unit's gap exactly; negative pulls the unit below the reference.
    public let points: Double
    /// What the child would have had more at the reference rate: R_ref·Dᵢ − Nᵢ (e.g. applications
    /// that would have been online); negative when it did better.
    public let shortfall: Double
    /// `points` over the gap: the child's share of it (`nil` when the gap is 0).
    public let share: Double?
}

/// Where a unit's gap to a reference rate (the nation's, another unit's) comes from, child by child.
///
/// R_U − R_ref = Σᵢ wᵢ(rᵢ − R_ref) with wᵢ = Dᵢ/ΣD: each child contributes its volume-weighted
/// distance from the reference, so a large commune slightly below the nation can cost more than a
/// small one far below. Worked example (`RateGapTests.handWorked`): nation 40%; the unit has
/// A 100/500 and B 300/500 (unit 40%). A: 0.5 × (20% − 40%) = −10 points, shortfall 0.4·500 − 100 =
/// 100 applications; B +10 points, shortfall −100. Gap 0.
public struct RateGap: Sendable, Hashable, Codable {
    public let unitRate: Double
    public let referenceRate: Double
    /// Most negative (costliest) first.
    public let contributions: [GapContribution]
    public var gap: Double { unitRate - referenceRate }

    /// - Throws: ``StatisticsError`` when the children have no denominator at all, or the
    ///   reference is not a proportion.
    public init(_ children: [(id: String, numerator: Double, denominator: Double)], reference: Double) throws(StatisticsError) {
        guard reference >= 0, reference <= 1 else { throw StatisticsError("the reference rate must lie in [0, 1] (got \(reference))") }
        let total = children.reduce(0) { $0 + $1.denominator }
        guard total > 0 else { throw StatisticsError("a gap needs some denominator in the unit") }
        unitRate = children.reduce(0) { $0 + $1.numerator } / total
        referenceRate = reference
        let gap = unitRate - reference
        contributions = children.map { c in
            let points = (c.numerator - reference * c.denominator) / total
            return GapContribution(id: c.id, numerator: c.numerator, denominator: c.denominator, points: points,
                                   shortfall: reference * c.denominator - c.numerator, share: gap != 0 ? points / gap : nil)
        }.sorted { ($0.points, $0.id) < ($1.points, $1.id) }
    }
}
