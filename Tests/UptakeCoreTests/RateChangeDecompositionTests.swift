import Testing
import UptakeCore
import UptakeTestSupport

@Suite struct RateChangeDecompositionTests {
    func counts(_ n: Double, _ d: Double) -> RateCounts { RateCounts(numerator: n, denominator: d) }

    /// By hand. Commune A: 30/100 → 60/100; commune B: 80/100 → 90/300.
    /// Totals: R0 = 110/200 = 0.55, R1 = 150/400 = 0.375, change −0.175; R̄ = 0.4625.
    /// A: w 0.5 → 0.25, r 0.3 → 0.6: within 0.3·0.375 = 0.1125, mix −0.25·(0.45 − 0.4625) = 0.003125.
    /// B: w 0.5 → 0.75, r 0.8 → 0.3: within −0.5·0.625 = −0.3125, mix 0.25·(0.55 − 0.4625) = 0.021875.
    /// Sum: 0.1125 + 0.003125 − 0.3125 + 0.021875 = −0.175. ✓
    @Test func workedExample() throws {
        let d = try RateChangeDecomposition([
            (id: "A", baseline: counts(30, 100), current: counts(60, 100)),
            (id: "B", baseline: counts(80, 100), current: counts(90, 300)),
        ])
        expectClose(0.55, d.baselineRate)
        expectClose(0.375, d.currentRate)
        expectClose(0.1125, d.contributions[0].within)
        expectClose(0.003125, d.contributions[0].mix)
        expectClose(-0.3125, d.contributions[1].within)
        expectClose(0.021875, d.contributions[1].mix)
        expectClose(-0.175, d.withinEffect + d.mixEffect)
    }

    /// Entering and leaving units: all mix. C enters with 50/100; B leaves (it had 20/100).
    /// R0 = (10 + 20)/200 = 0.15; R1 = (40 + 50)/200 = 0.45, R̄ = 0.3. A: w 0.5 → 0.5, r 0.1 → 0.4: within 0.15.
    /// B leaves: mix −0.5·(0.2 − 0.3) = 0.05. C enters: mix 0.5·(0.5 − 0.3) = 0.1. Sum 0.3 = 0.45 − 0.15. ✓
    @Test func enteringAndLeavingUnitsAreMix() throws {
        let d = try RateChangeDecomposition([
            (id: "A", baseline: counts(10, 100), current: counts(40, 100)),
            (id: "B", baseline: counts(20, 100), current: counts(0, 0)),
            (id: "C", baseline: counts(0, 0), current: counts(50, 100)),
        ])
        expectClose(0.15, d.contributions[0].within)
        #expect(d.contributions[1].within == 0 && d.contributions[2].within == 0)
        expectClose(0.05, d.contributions[1].mix)
        expectClose(0.1, d.contributions[2].mix)
        expectClose(0.3, d.totalChange, rel: 1e-12)
        expectClose(d.totalChange, d.withinEffect + d.mixEffect, rel: 0, abs: 1e-12)
    }

    /// Property: on random data (seeded), including children absent in one period, the parts add up to
    /// the total change within 1e-12 (the sums of a few dozen terms of size ≤ 1 lose at most ~1e-15).
    @Test(arguments: 1...200 as ClosedRange<UInt64>)
    func partsSumToTheTotalChange(seed: UInt64) throws {
        var rng = SeededRandom(seed: seed)
        let childCount = Int(rng.next() % 30) + 1
        let children = (0..<childCount).map { i -> (id: String, baseline: RateCounts, current: RateCounts) in
            func random() -> RateCounts {
                if rng.next() % 8 == 0 { return RateCounts(numerator: 0, denominator: 0) }
                let d = Double(rng.next() % 5000 + 1)
                return RateCounts(numerator: (d * Double(rng.next() % 1001) / 1000).rounded(.down), denominator: d)
            }
            return (id: "c\(i)", baseline: random(), current: random())
        }
        guard children.contains(where: { $0.baseline.denominator > 0 }), children.contains(where: { $0.current.denominator > 0 }) else { return }
        let d = try RateChangeDecomposition(children)
        let sum = d.contributions.reduce(0) { $0 + $1.within + $1.mix }
        expectClose(d.totalChange, sum, rel: 0, abs: 1e-12)
    }

    /// The issue-10 example, by hand (also in `RateChangeDecomposition`'s documentation and `compare --help`).
    /// A 40/100 → 100/200, B 60/100 → 70/100, C 100/200 → 50/100: R0 = 0.5, R1 = 0.55, R̄ = 0.525.
    /// w: A 0.25 → 0.5, B 0.25 → 0.25, C 0.5 → 0.25. r: A 0.4 → 0.5, B 0.6 → 0.7, C 0.5 → 0.5.
    /// Within: A 0.1·0.375 = 0.0375, B 0.1·0.25 = 0.025, C 0.
    /// Centred mix: A 0.25·(0.45 − 0.525) = −0.01875, B 0, C −0.25·(0.5 − 0.525) = 0.00625.
    /// Uncentred it would be A 0.1125 and C −0.125, with the same sum −0.0125: B, the only unit whose own
    /// rate and share both helped, would rank last by size.
    @Test func centredMixThreeUnits() throws {
        let d = try RateChangeDecomposition([
            (id: "A", baseline: counts(40, 100), current: counts(100, 200)),
            (id: "B", baseline: counts(60, 100), current: counts(70, 100)),
            (id: "C", baseline: counts(100, 200), current: counts(50, 100)),
        ])
        expectClose(0.05, d.totalChange, rel: 1e-12)
        expectClose(0.0375, d.contributions[0].within)
        expectClose(0.025, d.contributions[1].within)
        #expect(d.contributions[2].within == 0)
        expectClose(-0.01875, d.contributions[0].mix)
        #expect(d.contributions[1].mix == 0)
        expectClose(0.00625, d.contributions[2].mix)
        expectClose(-0.0125, d.mixEffect, rel: 1e-12)
        expectClose(0.0625, d.withinEffect, rel: 1e-12)
        let bySize = d.contributions.sorted { abs($0.total) > abs($1.total) }.map(\.id)
        #expect(bySize == ["B", "A", "C"])
    }

    @Test func noDenominatorThrows() {
        #expect(throws: StatisticsError("a rate change needs a denominator in both periods (baseline 100.0, current 0.0)")) {
            _ = try RateChangeDecomposition([(id: "A", baseline: counts(5, 100), current: counts(0, 0))])
        }
    }
}

