/// A dot chart with intervals, one row per category: the baseline's value (a hollow grey dot) and
/// the current value (a filled dot), each with its interval as a bar. Month over month, provinces
/// ranked.
public struct IntervalChart: Sendable {
    public struct Estimate: Sendable, Equatable {
        public var value: Double
        public var low: Double?
        public var high: Double?

        public init(value: Double, low: Double? = nil, high: Double? = nil) { (self.value, self.low, self.high) = (value, low, high) }
    }

    public struct Row: Sendable, Equatable {
        public var label: String
        public var baseline: Estimate?
        public var current: Estimate?
        /// Drawn in red (e.g. a significant fall).
        public var highlighted: Bool

        public init(label: String, baseline: Estimate?, current: Estimate?, highlighted: Bool = false) {
            (self.label, self.baseline, self.current, self.highlighted) = (label, baseline, current, highlighted)
        }
    }

    public var id: String
    public var title: String
    public var description: String
    public var rows: [Row]
    public var baselineLabel: String
    public var currentLabel: String
    public var format: TickFormat
    /// The axis's number marks, in the reader's language.
    public var marks: NumberMarks = .english
    /// What a highlighted row means, in the legend (`nil`: no legend entry).
    public var highlightLabel: String?
    public var width: Double
    /// Pixels per row.
    public var rowHeight: Double

    public init(id: String, title: String, description: String, rows: [Row], baselineLabel: String, currentLabel: String,
                format: TickFormat = .percent, highlightLabel: String? = nil, width: Double = 680, rowHeight: Double = 16) {
        (self.id, self.title, self.description, self.rows, self.baselineLabel, self.currentLabel) = (id, title, description, rows, baselineLabel, currentLabel)
        (self.format, self.highlightLabel, self.width, self.rowHeight) = (format, highlightLabel, width, rowHeight)
    }

    public var height: Double { 46 + 40 + max(1, Double(rows.count)) * rowHeight + 8 }

    var frame: ChartFrame { ChartFrame(width: width, height: height, left: 150, right: 20, top: 50, bottom: 36) }

    public struct Layout: Sendable {
        public var x: LinearScale
        public var xTicks: NiceTicks
        /// The centre of each row, in pixels.
        public var rowY: [Double]
    }

    public func layout() -> Layout {
        let f = frame
        let values = rows.flatMap { r in [r.baseline, r.current].compactMap { $0 }.flatMap { [$0.value, $0.low ?? .nan, $0.high ?? .nan] } }
        let (x, ticks) = LinearScale.nice(covering: values, from: f.plotLeft + 4, to: f.plotRight - 4, ticks: 6)
        let rowY = rows.indices.map { f.plotTop + (Double($0) + 0.5) * rowHeight }
        return Layout(x: x, xTicks: ticks, rowY: rowY)
    }

    public func render() -> ChartSVG {
        let f = frame
        var svg = SVGBuilder()
        var legend: [LegendEntry] = []
        if rows.contains(where: { $0.baseline != nil }) { legend.append(LegendEntry(baselineLabel, .dot(colour: ChartPalette.baseline, filled: false))) }
        legend.append(LegendEntry(currentLabel, .dot(colour: ChartPalette.series, filled: true)))
        if let highlightLabel, rows.contains(where: \.highlighted) { legend.append(LegendEntry(highlightLabel, .dot(colour: ChartPalette.anomaly, filled: true))) }
        f.drawTitle(title, legend: legend, into: &svg)
        let hasValues = rows.contains { r in [r.baseline, r.current].contains { $0.map { $0.value.isFinite } ?? false } }
        guard hasValues else {
            f.drawEmpty("No values to compare.", into: &svg)
            return svg.document(width: width, height: height, title: title, description: description, id: id)
        }
        let l = layout()
        for t in l.xTicks.values {
            let x = SVGBuilder.number(l.x(t))
            svg.element("line", [("x1", x), ("y1", SVGBuilder.number(f.plotTop)), ("x2", x), ("y2", SVGBuilder.number(f.plotBottom)),
                                 ("stroke", ChartPalette.grid)])
        }
        f.drawXAxis(l.xTicks.values.map { (l.x($0), format.label($0, ticks: l.xTicks, marks: marks)) }, label: nil, into: &svg)
        for (row, y) in zip(rows, l.rowY) {
            svg.element("text", [("x", SVGBuilder.number(f.plotLeft - 8)), ("y", SVGBuilder.number(y + 4)), ("text-anchor", "end"),
                                 ("fill", row.highlighted ? ChartPalette.anomaly : ChartPalette.axis)], text: row.label)
            for (estimate, isCurrent) in [(row.baseline, false), (row.current, true)] {
                guard let e = estimate, e.value.isFinite else { continue }
                let colour = isCurrent ? (row.highlighted ? ChartPalette.anomaly : ChartPalette.series) : ChartPalette.baseline
                let dy = isCurrent ? 3.0 : -3.0
                if let lo = e.low, let hi = e.high, lo.isFinite, hi.isFinite {
                    svg.element("line", [("x1", SVGBuilder.number(l.x(lo))), ("y1", SVGBuilder.number(y + dy)), ("x2", SVGBuilder.number(l.x(hi))),
                                         ("y2", SVGBuilder.number(y + dy)), ("stroke", colour), ("stroke-width", "2")], isMark: true)
                }
                svg.element("circle", [("cx", SVGBuilder.number(l.x(e.value))), ("cy", SVGBuilder.number(y + dy)), ("r", "3.5"),
                                       ("fill", isCurrent ? colour : "#ffffff"), ("stroke", colour), ("stroke-width", "1.5")], isMark: true)
            }
        }
        return svg.document(width: width, height: height, title: title, description: description, id: id)
    }
}
