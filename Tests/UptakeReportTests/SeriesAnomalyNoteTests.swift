import Testing
import UptakeAnalysis
import UptakeCore
import UptakeReport

/// `uptake detect`'s table note says what observed and expected are for the cost PELT used: a line's
/// value at the change for `--cost linear`, segment means otherwise.
@Suite struct SeriesAnomalyNoteTests {
    /// A rise for 30 days, then a fall, with ±0.25 of noise.
    static let series = DateValueSeries(first: Day(iso: "2025-01-01")!, values: (0..<60).map { (t: Int) -> Double in
        let trend: Double = t < 30 ? Double(t) : Double(60 - t)
        return trend + (t % 2 == 0 ? 0.25 : -0.25)
    })

    static func note(_ cost: SeriesCost?) throws -> String {
        let answer = try DetectQuestion(series: series, method: .pelt, cost: cost, calendar: .everyDay).answer(calendar: .vietnam)
        return try #require(SeriesAnomalyReport(answer.anomalies, method: answer.method, cost: answer.cost).tables.first?.notes.first)
    }

    @Test func linearSaysLinesAndTheOthersSayMeans() throws {
        let linear = try Self.note(.linear)
        #expect(linear == "method pelt; 1 found; changepoints: observed is the new segment's line on its first day, expected the previous line extended to that day, score in penalties")
        // Not counts (fractions): without --cost, pelt takes the gaussian cost.
        #expect(try Self.note(nil).hasSuffix("observed is the new segment's mean, expected the previous one's, score in penalties"))
    }
}
