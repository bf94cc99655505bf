import Testing
@testable import UptakeCharts

@Suite struct ChartGeometryTests {
    @Test func linearScaleMapsEndsAndMiddle() {
        let s = LinearScale(domain: 0...100, from: 300, to: 20)   // a y axis: larger values higher up
        #expect(s(0) == 300)
        #expect(s(100) == 20)
        #expect(s(50) == 160)
        #expect(LinearScale(domain: 5...5, from: 0, to: 10)(5) == 5)   // zero width: the middle
    }

    @Test func niceScaleCoversTheValuesAndStartsAtZeroForVolumes() {
        let (s, ticks) = LinearScale.nice(covering: [812, 5687, .nan, 8586], includeZero: true, from: 200, to: 0)
        #expect(ticks.values == [0, 2000, 4000, 6000, 8000, 10000])
        #expect(s.domainLow == 0 && s.domainHigh == 10000)
        #expect(s(8586) > 0 && s(8586) < 200)
    }

    static func dates(_ n: Int) -> [String] { (0..<n).map { "d\($0)" } }

    @Test func emptySeriesSaysSoAndDrawsNoMarks() {
        for values in [[Double](), [.nan, .nan]] {
            let chart = LineChart(id: "e", title: "Empty", description: "nothing", values: values, valuesLabel: "received", xLabels: Self.dates(values.count)).render()
            #expect(chart.markCount == 0)
            #expect(chart.svg.contains("No data for this series."))
            #expect(chart.svg.contains("<title id=\"e-title\">Empty</title>"))
            #expect(chart.svg.contains("<desc id=\"e-desc\">nothing</desc>"))
        }
    }

    @Test func singlePointIsADotInTheMiddle() {
        let chart = LineChart(id: "s", title: "One", description: "one day", values: [42], valuesLabel: "received", xLabels: ["2025-07-01"])
        let layout = chart.layout()
        #expect(layout.segments.count == 1 && layout.segments[0].count == 1)
        let frame = ChartFrame(width: chart.width, height: chart.height)
        #expect(abs(layout.segments[0][0].x - (frame.plotLeft + frame.plotRight) / 2) < 1e-9)   // zero-width x domain: centred
        #expect(layout.yTicks.values.first == 0 && layout.yTicks.values.last! >= 42)
        let svg = chart.render()
        #expect(svg.markCount == 1)
        #expect(svg.svg.contains("<circle"))
    }

    @Test func missingDaysBreakTheLine() {
        let values: [Double] = [10, 12, .nan, 11, 13, 14, .nan, .nan, 9]
        let chart = LineChart(id: "g", title: "Gaps", description: "d", values: values, valuesLabel: "received", xLabels: Self.dates(values.count))
        let segments = chart.layout().segments
        #expect(segments.map(\.count) == [2, 3, 1])
        // x positions are evenly spaced by index: the gap keeps its width.
        let x = chart.layout().x
        #expect(abs(segments[1][0].x - x(3)) < 1e-9)
        #expect(abs((x(1) - x(0)) - (x(4) - x(3))) < 1e-9)
        #expect(chart.render().markCount == 3)   // two paths and a dot
    }

    @Test func markersBandsAndSmoothedLineAreDrawn() {
        let values = (0..<28).map { Double(100 + ($0 % 7 == 5 || $0 % 7 == 6 ? -80 : 0)) }
        let chart = LineChart(id: "m", title: "Marks", description: "d", values: values, valuesLabel: "received",
                              smoothed: values.indices.map { $0 < 6 ? .nan : 80 }, xLabels: Self.dates(28), bands: [2...3],
                              markers: [.init(first: 10, last: 11, kind: .anomaly, label: "drop"), .init(first: 20, last: 20, kind: .changepoint, label: "shift")])
        let svg = chart.render()
        // 1 series path + 1 smoothed path + 2 anomaly rings + 1 changepoint line.
        #expect(svg.markCount == 5)
        #expect(svg.svg.contains(ChartPalette.band))
        #expect(svg.svg.contains("7-day mean"))
    }

    @Test func textIsEscapedAndVietnameseKept() {
        let chart = LineChart(id: "v", title: "Hà Nội <&> \"Huế\"", description: "Thừa Thiên Huế", values: [1, 2], valuesLabel: "x", xLabels: ["a", "b"]).render()
        #expect(chart.svg.contains("Hà Nội &lt;&amp;&gt; &quot;Huế&quot;"))
        #expect(chart.svg.contains("Thừa Thiên Huế"))
        #expect(!chart.svg.contains("NaN") && !chart.svg.contains("nan"))
    }

    @Test func funnelLabelsOutliersAndSkipsNaN() {
        let plot = FunnelPlot(id: "f", title: "Funnel", description: "d", points: [
            .init(label: "Hà Nội", volume: 400_000, rate: 0.327, flagged: true),
            .init(label: "Huế", volume: 60_000, rate: 0.52, flagged: false),
            .init(label: "Bắc Ninh", volume: 80_000, rate: 0.48, flagged: false),
            .init(label: "empty", volume: 0, rate: .nan, flagged: false),
        ], target: 0.5, limits: [.init(label: "99.8%", volumes: [1000, 100_000, 400_000], lower: [-0.5, 0.45, 0.47], upper: [1.5, 0.55, 0.53],
                                       colour: ChartPalette.limit998, dashed: true)])
        let layout = plot.layout()
        #expect(layout.x.domainLow == 0 && layout.x.domainHigh >= 400_000)
        #expect(layout.y.domainLow <= 0.327 && layout.y.domainHigh >= 0.52)
        let svg = plot.render()
        #expect(svg.markCount == 2 + 1 + 3)   // two limit curves, the target, three units
        #expect(svg.svg.contains(">Hà Nội</text>"))   // flagged (and the lowest, the largest)
        #expect(svg.svg.contains(">Huế</text>"))   // the highest rate: named so a reader can place the chart
        #expect(!svg.svg.contains(">Bắc Ninh</text>"))   // inside the limits and no extreme: not labelled
        #expect(FunnelPlot(id: "f0", title: "t", description: "d", points: [], target: 0.5, limits: []).render().markCount == 0)
    }

    @Test func intervalChartRowsAndGeometry() {
        let chart = IntervalChart(id: "i", title: "MoM", description: "d", rows: [
            .init(label: "A", baseline: .init(value: 0.40, low: 0.38, high: 0.42), current: .init(value: 0.45, low: 0.43, high: 0.47)),
            .init(label: "B", baseline: .init(value: 0.50), current: nil, highlighted: true),
        ], baselineLabel: "June", currentLabel: "July")
        let l = chart.layout()
        #expect(l.rowY.count == 2 && l.rowY[1] - l.rowY[0] == chart.rowHeight)
        #expect(l.x(0.40) < l.x(0.45))
        #expect(chart.render().markCount == 2 + 2 + 1)   // A: two bars, two dots; B: one dot
        let empty = IntervalChart(id: "i0", title: "t", description: "d", rows: [], baselineLabel: "a", currentLabel: "b").render()
        #expect(empty.markCount == 0)
    }

    @Test func coordinatesAreShortAndNeverNegativeZero() {
        #expect(SVGBuilder.number(12.3456) == "12.35")
        #expect(SVGBuilder.number(-0.001) == "0")
        #expect(SVGBuilder.number(40) == "40")
        #expect(SVGBuilder.number(.nan) == "0")
    }
}
