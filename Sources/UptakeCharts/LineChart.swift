/// A daily series as a line, with a smoothed line over it, shaded bands (holidays) and marked days
/// (anomalies, changepoints).
///
/// Missing days (`NaN`) break the line rather than drawing it through zero; a lone day between gaps
/// is drawn as a dot. With no finite value the chart says so in words and draws no marks.
public struct LineChart: Sendable {
    /// A marked day or run of days.
    public struct Marker: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// Days judged anomalous: a red ring on each day of the run.
            case anomaly
            /// A lasting change starting that day: a dashed vertical line.
            case changepoint
        }
        public var first: Int
        public var last: Int
        public var kind: Kind
        public var label: String

        public init(first: Int, last: Int, kind: Kind, label: String) { (self.first, self.last, self.kind, self.label) = (first, last, kind, label) }
    }

    public var id: String
    public var title: String
    /// What the chart shows, for screen readers and the printed page alike (`<desc>`).
    public var description: String
    public var values: [Double]
    public var valuesLabel: String
    /// The same length as `values` (`NaN` where undefined), e.g. the 7-day mean.
    public var smoothed: [Double]?
    public var smoothedLabel: String
    /// Another series on the same days and scale, drawn dashed and grey (e.g. the same days a year
    /// before); `NaN` where missing.
    public var comparison: [Double]? = nil
    public var comparisonLabel = "a year before"
    /// The label of every index (dates); ticks show some of them.
    public var xLabels: [String]
    /// Indices to label on the x axis; `nil`: R-style nice ticks over the indices.
    public var xTickIndices: [Int]?
    /// Index ranges shaded behind the line (holidays).
    public var bands: [ClosedRange<Int>]
    public var bandLabel: String
    public var markers: [Marker]
    public var yFormat: TickFormat
    /// Start the y axis at 0 (volumes).
    public var includeZero: Bool
    public var width: Double
    public var height: Double
    /// The axis's number marks and the markers' legend words, in the reader's language.
    public var marks: NumberMarks = .english
    public var anomalyLabel = "anomaly"
    public var levelShiftLabel = "level shift"

    public init(id: String, title: String, description: String, values: [Double], valuesLabel: String, smoothed: [Double]? = nil,
                smoothedLabel: String = "7-day mean", xLabels: [String], xTickIndices: [Int]? = nil, bands: [ClosedRange<Int>] = [],
                bandLabel: String = "holiday", markers: [Marker] = [], yFormat: TickFormat = .number, includeZero: Bool = true,
                width: Double = 680, height: Double = 260) {
        (self.id, self.title, self.description, self.values, self.valuesLabel) = (id, title, description, values, valuesLabel)
        (self.smoothed, self.smoothedLabel, self.xLabels, self.xTickIndices) = (smoothed, smoothedLabel, xLabels, xTickIndices)
        (self.bands, self.bandLabel, self.markers, self.yFormat, self.includeZero) = (bands, bandLabel, markers, yFormat, includeZero)
        (self.width, self.height) = (width, height)
    }

    /// The geometry the chart uses, exposed for tests: the scales, the ticks and the line's segments in pixels.
    public struct Layout: Sendable {
        public var x: LinearScale
        public var y: LinearScale
        public var yTicks: NiceTicks
        /// Runs of consecutive finite values, as pixel points.
        public var segments: [[(x: Double, y: Double)]]
    }

    public func layout() -> Layout {
        let frame = ChartFrame(width: width, height: height)
        let x = LinearScale(domain: 0...Double(max(values.count - 1, 0)), from: frame.plotLeft + 6, to: frame.plotRight - 6)  // one day: centred
        let (y, ticks) = LinearScale.nice(covering: values + (smoothed ?? []) + (comparison ?? []), includeZero: includeZero, from: frame.plotBottom, to: frame.plotTop)
        return Layout(x: x, y: y, yTicks: ticks, segments: Self.segments(values, x: x, y: y))
    }

    /// Runs of finite values (NaN and infinities break the line).
    static func segments(_ values: [Double], x: LinearScale, y: LinearScale) -> [[(x: Double, y: Double)]] {
        var out: [[(x: Double, y: Double)]] = []
        var current: [(x: Double, y: Double)] = []
        for (i, v) in values.enumerated() {
            if v.isFinite { current.append((x(Double(i)), y(v))) } else if !current.isEmpty { out.append(current); current = [] }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    static func path(_ points: [(x: Double, y: Double)]) -> String {
        points.enumerated().map { i, p in (i == 0 ? "M" : "L") + SVGBuilder.number(p.x) + " " + SVGBuilder.number(p.y) }.joined(separator: " ")
    }

    public func render() -> ChartSVG {
        let frame = ChartFrame(width: width, height: height)
        var svg = SVGBuilder()
        var legend = [LegendEntry(valuesLabel, .line(colour: ChartPalette.series, dashed: false))]
        if smoothed != nil { legend.append(LegendEntry(smoothedLabel, .line(colour: ChartPalette.smoothed, dashed: false))) }
        if comparison != nil { legend.append(LegendEntry(comparisonLabel, .line(colour: ChartPalette.baseline, dashed: true))) }
        if !bands.isEmpty { legend.append(LegendEntry(bandLabel, .box(colour: ChartPalette.band))) }
        if markers.contains(where: { $0.kind == .anomaly }) { legend.append(LegendEntry(anomalyLabel, .dot(colour: ChartPalette.anomaly, filled: false))) }
        if markers.contains(where: { $0.kind == .changepoint }) { legend.append(LegendEntry(levelShiftLabel, .line(colour: ChartPalette.changepoint, dashed: true))) }
        frame.drawTitle(title, legend: legend, into: &svg)
        guard values.contains(where: \.isFinite) || (comparison ?? []).contains(where: \.isFinite) else {
            frame.drawXAxis([], label: nil, into: &svg)
            frame.drawEmpty("No data for this series.", into: &svg)
            return svg.document(width: width, height: height, title: title, description: description, id: id)
        }
        let layout = layout()
        let (x, y) = (layout.x, layout.y)
        let half = values.count > 1 ? (x(1) - x(0)) / 2 : 6
        for band in bands where band.lowerBound < values.count {
            let x0 = max(frame.plotLeft, x(Double(band.lowerBound)) - half), x1 = min(frame.plotRight, x(Double(min(band.upperBound, values.count - 1))) + half)
            svg.element("rect", [("x", SVGBuilder.number(x0)), ("y", SVGBuilder.number(frame.plotTop)), ("width", SVGBuilder.number(x1 - x0)),
                                 ("height", SVGBuilder.number(frame.plotBottom - frame.plotTop)), ("fill", ChartPalette.band)])
        }
        frame.drawYAxis(y, layout.yTicks, format: yFormat, marks: marks, label: nil, into: &svg)
        let tickIndices = xTickIndices ?? NiceTicks(low: 0, high: Double(max(values.count - 1, 0)), count: 6).values
            .map { Int($0) }.filter { $0 >= 0 && $0 < values.count }
        frame.drawXAxis(tickIndices.filter { $0 < xLabels.count }.map { (x(Double($0)), xLabels[$0]) }, label: nil, into: &svg)
        // Under this period's line: the comparison is the backdrop.
        if let comparison {
            for segment in Self.segments(Array(comparison.prefix(values.count)), x: x, y: y) {
                if segment.count == 1 {
                    svg.element("circle", [("cx", SVGBuilder.number(segment[0].x)), ("cy", SVGBuilder.number(segment[0].y)), ("r", "2"),
                                           ("fill", ChartPalette.baseline)], isMark: true)
                } else {
                    svg.element("path", [("d", Self.path(segment)), ("fill", "none"), ("stroke", ChartPalette.baseline),
                                         ("stroke-width", "1.5"), ("stroke-dasharray", "5 3")], isMark: true)
                }
            }
        }
        for segment in layout.segments {
            if segment.count == 1 {
                svg.element("circle", [("cx", SVGBuilder.number(segment[0].x)), ("cy", SVGBuilder.number(segment[0].y)), ("r", "2.5"),
                                       ("fill", ChartPalette.series)], isMark: true)
            } else {
                svg.element("path", [("d", Self.path(segment)), ("fill", "none"), ("stroke", ChartPalette.series), ("stroke-width", "1.5")], isMark: true)
            }
        }
        if let smoothed {
            for segment in Self.segments(smoothed, x: x, y: y) where segment.count > 1 {
                svg.element("path", [("d", Self.path(segment)), ("fill", "none"), ("stroke", ChartPalette.smoothed), ("stroke-width", "2")], isMark: true)
            }
        }
        for m in markers where m.first < values.count {
            switch m.kind {
            case .changepoint:
                let px = SVGBuilder.number(x(Double(m.first)))
                svg.element("line", [("x1", px), ("y1", SVGBuilder.number(frame.plotTop)), ("x2", px), ("y2", SVGBuilder.number(frame.plotBottom)),
                                     ("stroke", ChartPalette.changepoint), ("stroke-width", "1.5"), ("stroke-dasharray", "4 3")], isMark: true)
                svg.element("text", [("x", SVGBuilder.number(x(Double(m.first)) + 3)), ("y", SVGBuilder.number(frame.plotTop + 10)),
                                     ("fill", ChartPalette.changepoint), ("font-size", "10")], text: m.label)
            case .anomaly:
                for i in m.first...min(m.last, values.count - 1) where values[i].isFinite {
                    svg.element("circle", [("cx", SVGBuilder.number(x(Double(i)))), ("cy", SVGBuilder.number(y(values[i]))), ("r", "4.5"),
                                           ("fill", "none"), ("stroke", ChartPalette.anomaly), ("stroke-width", "2")], isMark: true)
                }
                let i = min(m.first, values.count - 1)
                svg.element("text", [("x", SVGBuilder.number(x(Double(i)) + 6)), ("y", SVGBuilder.number((values[i].isFinite ? y(values[i]) : frame.plotTop) - 8)),
                                     ("fill", ChartPalette.anomaly), ("font-size", "10")], text: m.label)
            }
        }
        return svg.document(width: width, height: height, title: title, description: description, id: id)
    }
}
