import Foundation
import Testing
import UptakeCharts
import UptakeTestSupport

/// A line chart's comparison series (last year's same days): drawn dashed and grey behind the
/// values, on the same scale, in the legend; missing days break it.
@Suite struct LineChartComparisonTests {
    @Test func theComparisonIsDashedOnTheSameScale() {
        var chart = LineChart(id: "c", title: "t", description: "d", values: [10, 12, 11, 13], valuesLabel: "2025-07",
                              xLabels: ["1", "2", "3", "4"])
        let without = chart.render().svg
        chart.comparison = [20, .nan, 30, 40]
        chart.comparisonLabel = "2024-07"
        let svg = chart.render().svg
        #expect(!without.contains("stroke-dasharray=\"5 3\""))
        // Two runs: day 1 alone (a grey dot) and days 3-4 (a dashed line).
        #expect(svg.components(separatedBy: "stroke-dasharray=\"5 3\"").count - 1 == 1, "one dashed run")
        #expect(svg.contains("r=\"2\" fill=\"\(ChartPalette.baseline)\""), "the lone day's dot")
        #expect(svg.contains(">2024-07<"))
        #expect(chart.layout().yTicks.values.last ?? 0 >= 40, "the axis covers last year's 40")
    }
}
