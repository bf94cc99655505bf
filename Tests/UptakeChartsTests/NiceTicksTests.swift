import Foundation
import Testing
@testable import UptakeCharts

@Suite struct NiceTicksTests {
    struct Case: Decodable { var low: Double; var high: Double; var n: Int; var ticks: [Double] }
    struct Fixture: Decodable { var generator: String; var cases: [Case] }

    static func fixture() throws -> Fixture {
        let url = try #require(Bundle.module.url(forResource: "pretty-ticks", withExtension: "json", subdirectory: "Fixtures"))
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }

    /// R's pretty() on 90 ranges (hand-picked and random, from 1e-5 to 1e7, degenerate ones among them).
    /// Tolerance: R builds the ticks with seq.int(length.out =), we with first + i·step; both are
    /// the same decimal numbers up to a few ulps, so 1e-12 of the step.
    @Test func matchesRPretty() throws {
        let fixture = try Self.fixture()
        #expect(fixture.cases.count == 90)
        for c in fixture.cases {
            let ticks = NiceTicks(low: c.low, high: c.high, count: c.n)
            #expect(ticks.values.count == c.ticks.count, "pretty(c(\(c.low), \(c.high)), \(c.n)): \(ticks.values) vs R \(c.ticks)")
            guard ticks.values.count == c.ticks.count else { continue }
            for (ours, r) in zip(ticks.values, c.ticks) {
                #expect(abs(ours - r) <= 1e-12 * ticks.step, "pretty(c(\(c.low), \(c.high)), \(c.n)): \(ours) vs R \(r)")
            }
        }
    }

    @Test func hand_checked() {
        // 0.3267..0.6 in about 5 steps: 0.273/5 = 0.0547 → unit 0.05 (5 × 0.01), from 0.30 to 0.60.
        let rates = NiceTicks(low: 0.3267, high: 0.6)
        #expect(rates.step == 0.05)
        #expect(rates.values.count == 7)
        #expect(rates.decimals == 2)
        #expect(NiceTicks(low: 0, high: 8586).values == [0, 2000, 4000, 6000, 8000, 10000])
        #expect(NiceTicks(low: 0, high: 8586).decimals == 0)
    }

    @Test func coversTheRangeAndSwapsReversedBounds() {
        let t = NiceTicks(low: 93, high: 17, count: 4)
        #expect(t.values.first! <= 17 && t.values.last! >= 93)
        #expect(zip(t.values, t.values.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func nonFiniteBoundsGiveTheUnitInterval() {
        #expect(NiceTicks(low: .nan, high: 3).values == NiceTicks(low: 0, high: 1).values)
        #expect(NiceTicks(low: 0, high: .infinity).values.last == 1)
    }

    @Test func labels() {
        let t = NiceTicks(low: 0, high: 120000)
        #expect(TickFormat.number.label(100000, ticks: t) == "100,000")
        let p = NiceTicks(low: 0.3267, high: 0.6)
        #expect(TickFormat.percent.label(0.35, ticks: p) == "35%")
        let fine = NiceTicks(low: 0.321, high: 0.334)
        #expect(TickFormat.percent.label(fine.values[1], ticks: fine).hasSuffix("%"))
        #expect(TickFormat.percent.label(fine.values[1], ticks: fine).contains("."))
        #expect(TickFormat.number.label(-0.0001, ticks: NiceTicks(low: -10, high: 10)) == "0")   // step 5: no decimals, no "-0"
        #expect(TickFormat.number.label(-0.0001, ticks: NiceTicks(low: -1, high: 1)) == "0.0")   // step 0.5: one decimal
    }
}
