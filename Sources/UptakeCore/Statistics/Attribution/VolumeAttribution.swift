import Foundation

/// One child's (a commune's, a sector's) part in a change of volume, in Adtributor's terms.
public struct VolumeContribution: Sendable, Hashable, Codable {
    public let id: String
    /// What the child was expected to have (its baseline, scaled to the window).
    public let expected: Double
    public let observed: Double
    /// Explanatory power: the child's share of the total change, (A − F)ᵢ / (A − F). `nil` when the
    /// total did not change (no change to share out).
    public let share: Double?
    /// Surprise: the Jensen–Shannon term of the child's share of the total before (p = Fᵢ/F) and
    /// after (q = Aᵢ/A), ½[p log(2p/(p+q)) + q log(2q/(p+q))] in nats, 0·log 0 read as 0: a child that
    /// moved in proportion with the total has no surprise however large it is.
    public let surprise: Double
    /// Whether Adtributor's selection keeps it (see ``VolumeAttribution``).
    public let selected: Bool
}

/// Where a change of volume came from, over one dimension (the communes of a province, the sectors),
/// as Adtributor does it (Bhagwan et al., "Adtributor: revenue debugging in advertising systems",
/// NSDI 2014, §3.2).
///
/// Each child gets its explanatory power EPᵢ = (Aᵢ − Fᵢ)/(A − F) (the shares sum to 1) and its
/// surprise (the Jensen–Shannon divergence term between its share of the expected and of the
/// observed total). Children are taken by decreasing surprise while each explains more than
/// `minimumShare` of the change, until together they explain `enoughShare` of it; those are
/// `selected`. Safe at zero baselines: a child that had nothing and now has some (or the reverse)
/// has p or q = 0, whose term is 0.
///
/// Worked example (`VolumeAttributionTests.handWorked`): A 100 → 50, B 100 → 100, C 0 → 10.
/// F = 200, A = 160, change −40. EP: A −50/−40 = 1.25, B 0, C 10/−40 = −0.25. Surprise of A:
/// p = 0.5, q = 0.3125: ½[0.5 ln(1/0.8125) + 0.3125 ln(0.625/0.8125)] = 0.010 915; of C: p = 0,
/// q = 0.0625: ½ · 0.0625 · ln 2 = 0.021 66. A is selected (1.25 ≥ 0.67 at once); C explains a
/// negative part of the fall and is not.
public struct VolumeAttribution: Sendable, Hashable, Codable {
    public let expectedTotal: Double
    public let observedTotal: Double
    /// Best first: selected children by decreasing surprise, then the others by decreasing |share|.
    public let contributions: [VolumeContribution]

    public var change: Double { observedTotal - expectedTotal }

    /// - Parameters:
    ///   - children: each child's expected and observed volume (non-negative).
    ///   - minimumShare: Adtributor's T_EP (0.1): a child explaining less is never selected.
    ///   - enoughShare: Adtributor's T_EEP (0.67): stop once the selected explain this much.
    public init(_ children: [(id: String, expected: Double, observed: Double)], minimumShare: Double = 0.1, enoughShare: Double = 0.67) {
        let f = children.reduce(0) { $0 + $1.expected }, a = children.reduce(0) { $0 + $1.observed }
        expectedTotal = f
        observedTotal = a
        let change = a - f
        let raw = children.map { c -> (id: String, expected: Double, observed: Double, share: Double?, surprise: Double) in
            let p = f > 0 ? c.expected / f : 0, q = a > 0 ? c.observed / a : 0
            let share = change != 0 ? (c.observed - c.expected) / change : nil
            return (c.id, c.expected, c.observed, share, VolumeAttribution.surprise(p, q))
        }
        let bySurprise = raw.indices.sorted { (raw[$0].surprise, raw[$1].id) > (raw[$1].surprise, raw[$0].id) }
        var selected = Set<Int>()
        var explained = 0.0
        for i in bySurprise {
            guard explained < enoughShare else { break }
            if let s = raw[i].share, s > minimumShare {
                selected.insert(i)
                explained += s
            }
        }
        let order = bySurprise.filter { selected.contains($0) }
            + raw.indices.filter { !selected.contains($0) }.sorted {
                (abs(raw[$0].share ?? 0), raw[$1].id) > (abs(raw[$1].share ?? 0), raw[$0].id)
            }
        contributions = order.map { i in
            VolumeContribution(id: raw[i].id, expected: raw[i].expected, observed: raw[i].observed, share: raw[i].share,
                               surprise: raw[i].surprise, selected: selected.contains(i))
        }
    }

    /// ½[p log(2p/(p+q)) + q log(2q/(p+q))], each term 0 when its share is 0.
    public static func surprise(_ p: Double, _ q: Double) -> Double {
        func term(_ x: Double) -> Double { x > 0 ? x * log(2 * x / (p + q)) : 0 }
        return 0.5 * (term(p) + term(q))
    }
}
