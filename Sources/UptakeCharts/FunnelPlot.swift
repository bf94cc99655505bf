/// A funnel plot: each unit's rate against its volume, the peers' target as a line, and control
/// limits that narrow as volume grows; units outside are labelled.
///
/// The limits are given, not computed here (the statistics live in UptakeCore/UptakeAnalysis):
/// curves as (volume, lower, upper) samples. The y axis covers the points and the target; a limit
/// beyond it is drawn at the plot's edge.
public struct FunnelPlot: Sendable {
    public struct Point: Sendable, Equatable {
        public var label: String
        public var volume: Double
        public var rate: Double
        /// Outside the limits (or called lagging): drawn filled red and labelled.
        public var flagged: Bool

        public init(label: String, volume: Double, rate: Double, flagged: Bool) { (self.label, self.volume, self.rate, self.flagged) = (label, volume, rate, flagged) }
    }

    public struct Limits: Sendable, Equatable {
        public var label: String
        public var volumes: [Double]
        public var lower: [Double]
        public var upper: [Double]
        public var colour: String
        public var dashed: Bool

        public init(label: String, volumes: [Double], lower: [Double], upper: [Double], colour: String, dashed: Bool) {
            (self.label, self.volumes, self.lower, self.upper, self.colour, self.dashed) = (label, volumes, lower, upper, colour, dashed)
        }
    }

    public var id: String
    public var title: String
    public var description: String
    public var points: [Point]
    public var target: Double
    public var limits: [Limits]
    public var xLabel: String
    public var yFormat: TickFormat
    public var width: Double
    public var height: Double
    /// The axes' number marks and the legend's words, in the reader's language.
    public var marks: NumberMarks = .english
    public var legendWords = LegendWords()

    public struct LegendWords: Sendable {
        public var unit = "unit", outside = "outside the limits", target = "target"
        public init() {}
        public init(unit: String, outside: String, target: String) { (self.unit, self.outside, self.target) = (unit, outside, target) }
    }

    public init(id: String, title: String, description: String, points: [Point], target: Double, limits: [Limits],
                xLabel: String = "applications", yFormat: TickFormat = .percent, width: Double = 680, height: Double = 340) {
        (self.id, self.title, self.description, self.points, self.target, self.limits) = (id, title, description, points, target, limits)
        (self.xLabel, self.yFormat, self.width, self.height) = (xLabel, yFormat, width, height)
    }

    public struct Layout: Sendable {
        public var x: LinearScale
        public var xTicks: NiceTicks
        public var y: LinearScale
        public var yTicks: NiceTicks
    }

    /// The points named beside the flagged ones, so a reader can place the chart: the highest and
    /// lowest rate and the largest volume.
    var notable: Set<String> {
        let shown = plotted
        return Set([shown.max { $0.rate < $1.rate }, shown.min { $0.rate < $1.rate }, shown.max { $0.volume < $1.volume }].compactMap { $0?.label })
    }

    /// Finite points only.
    var plotted: [Point] { points.filter { $0.volume.isFinite && $0.rate.isFinite && $0.volume >= 0 } }

    public func layout() -> Layout {
        let frame = ChartFrame(width: width, height: height, bottom: 44)
        let (x, xTicks) = LinearScale.nice(covering: plotted.map(\.volume), includeZero: true, from: frame.plotLeft + 4, to: frame.plotRight - 4, ticks: 6)
        let (y, yTicks) = LinearScale.nice(covering: plotted.map(\.rate) + [target], from: frame.plotBottom, to: frame.plotTop)
        return Layout(x: x, xTicks: xTicks, y: y, yTicks: yTicks)
    }

    public func render() -> ChartSVG {
        let frame = ChartFrame(width: width, height: height, bottom: 44)
        var svg = SVGBuilder()
        var legend = [LegendEntry(legendWords.unit, .dot(colour: ChartPalette.series, filled: false)),
                      LegendEntry(legendWords.outside, .dot(colour: ChartPalette.anomaly, filled: true)),
                      LegendEntry(legendWords.target, .line(colour: ChartPalette.axis, dashed: false))]
        legend += limits.map { LegendEntry($0.label, .line(colour: $0.colour, dashed: $0.dashed)) }
        frame.drawTitle(title, legend: legend, into: &svg)
        let points = plotted
        guard !points.isEmpty else {
            frame.drawXAxis([], label: nil, into: &svg)
            frame.drawEmpty("No unit has data for this rate.", into: &svg)
            return svg.document(width: width, height: height, title: title, description: description, id: id)
        }
        let l = layout()
        frame.drawYAxis(l.y, l.yTicks, format: yFormat, marks: marks, label: nil, into: &svg)
        frame.drawXAxis(l.xTicks.values.map { (l.x($0), TickFormat.number.label($0, ticks: l.xTicks, marks: marks)) }, label: xLabel, into: &svg)
        let (yLow, yHigh) = (l.y.domainLow, l.y.domainHigh)
        func clamped(_ v: Double) -> Double { min(max(v, yLow), yHigh) }
        for curve in limits {
            for side in [curve.lower, curve.upper] {
                let pts = zip(curve.volumes, side).filter { $0.0.isFinite && $0.1.isFinite && $0.0 <= l.x.domainHigh }.map { (x: l.x($0.0), y: l.y(clamped($0.1))) }
                guard pts.count > 1 else { continue }
                var attrs = [("d", LineChart.path(pts)), ("fill", "none"), ("stroke", curve.colour), ("stroke-width", "1.3")]
                if curve.dashed { attrs.append(("stroke-dasharray", "5 3")) }
                svg.element("path", attrs, isMark: true)
            }
        }
        let ty = SVGBuilder.number(l.y(target))
        svg.element("line", [("x1", SVGBuilder.number(frame.plotLeft)), ("y1", ty), ("x2", SVGBuilder.number(frame.plotRight)), ("y2", ty),
                             ("stroke", ChartPalette.axis), ("stroke-width", "1.2")], isMark: true)
        let named = notable
        for p in points {
            let cx = SVGBuilder.number(l.x(p.volume)), cy = SVGBuilder.number(l.y(p.rate))
            svg.element("circle", [("cx", cx), ("cy", cy), ("r", p.flagged ? "4.5" : "3.5"), ("fill", p.flagged ? ChartPalette.anomaly : "#ffffff"),
                                   ("stroke", p.flagged ? ChartPalette.anomaly : ChartPalette.series), ("stroke-width", "1.5")], isMark: true)
            if p.flagged || named.contains(p.label) {
                // Left of the point, or right of it near the left edge.
                let left = l.x(p.volume) - 6 - Double(p.label.count) * 6 > frame.plotLeft
                svg.element("text", [("x", SVGBuilder.number(l.x(p.volume) + (left ? -6 : 6))), ("y", SVGBuilder.number(l.y(p.rate) + 4)),
                                     ("text-anchor", left ? "end" : "start"),
                                     ("fill", p.flagged ? ChartPalette.anomaly : ChartPalette.axis), ("font-size", "10")], text: p.label)
            }
        }
        return svg.document(width: width, height: height, title: title, description: description, id: id)
    }
}
