/// Sums filed in pre-reform units, folded into today's units through a ``ReformCrosswalk``.
///
/// - Provinces: exact. Every old unit lies in one old province, and every old province went whole
///   into one new province, so a new province's sums are the sum of its old units' sums.
/// - Communes: exact where the old unit went whole (its sums go to its one new commune).
/// - A **divided** old unit's sums are split by ``equalShares(_:parts:)``: the source gives no share
///   (no area or population of the parts), and equal shares are the one rule computable from what
///   it gives. A new commune that received any such share is marked ``FoldedSums/allocated``.
public struct FoldedSums: Sendable, Equatable {
    public var sums: CountSums
    /// Some of `sums` rests on the equal-shares allocation of a divided old unit.
    public var allocated: Bool

    public init(sums: CountSums = CountSums(), allocated: Bool = false) { (self.sums, self.allocated) = (sums, allocated) }
}

extension ReformCrosswalk {
    /// Splits `sums` into `parts` integer shares, each field on its own: every part gets the floor
    /// of `value / parts`, and the first `value % parts` parts (the new communes in code order) one
    /// more, so the shares add up to the whole exactly. Since a share is monotone in the value,
    /// a field bounded by another (online ≤ received) stays bounded in every share. `rows` is not
    /// split: each part rests on all the old unit's rows.
    public static func equalShares(_ sums: CountSums, parts: Int) -> [CountSums] {
        precondition(parts > 0, "a unit goes into at least one new unit")
        let values = sums.values
        return (0..<parts).map { j in
            var share = values.map { v -> Int64 in
                let (q, r) = v.quotientAndRemainder(dividingBy: Int64(parts))
                return q + (Int64(j) < r ? 1 : 0)
            }
            share[0] = sums.rows
            return CountSums(values: share)
        }
    }

    /// Each new commune's sums from old units' sums (keyed by the old unit's index in ``units``).
    public func foldToCommunes(_ old: [Int: CountSums]) -> [String: FoldedSums] {
        var out: [String: FoldedSums] = [:]
        for (index, sums) in old {
            let unit = units[index]
            if unit.isDivided {
                for (code, share) in zip(unit.parts, Self.equalShares(sums, parts: unit.parts.count)) {
                    out[code, default: FoldedSums()].sums += share
                    out[code, default: FoldedSums()].allocated = true
                }
            } else {
                out[unit.parts[0], default: FoldedSums()].sums += sums
            }
        }
        return out
    }

    /// Each new province's sums from old units' sums: exact, never allocated.
    public func foldToProvinces(_ old: [Int: CountSums]) -> [String: CountSums] {
        var out: [String: CountSums] = [:]
        for (index, sums) in old { out[units[index].newProvinceCode, default: CountSums()] += sums }
        return out
    }
}
