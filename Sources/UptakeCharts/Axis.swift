import Foundation

/// How an axis writes its tick values.
/// How a language writes numbers on an axis: `12,500.5` and `35%` in English, `12.500,5` and `35 %`
/// in Vietnamese. The charts have no language of their own: the caller says which marks to use.
public struct NumberMarks: Sendable, Equatable {
    public var decimal: Character
    public var group: Character
    public var percent: String

    public init(decimal: Character, group: Character, percent: String) { (self.decimal, self.group, self.percent) = (decimal, group, percent) }

    public static let english = NumberMarks(decimal: ".", group: ",", percent: "%")
    public static let vietnamese = NumberMarks(decimal: ",", group: ".", percent: " %")

    /// `12,500.5` written with these marks.
    func apply(_ english: String) -> String {
        guard self != .english else { return english }
        return String(english.map { $0 == "," ? group : $0 == "." ? decimal : $0 })
    }
}

public enum TickFormat: Sendable, Equatable {
    /// Plain numbers, thousands grouped (`12,500`), as many decimals as the step needs.
    case number
    /// Proportions as percentages (`0.35` → `35%`), as many decimals as the step needs.
    case percent

    /// The label of `value` on an axis whose ticks are `ticks`.
    public func label(_ value: Double, ticks: NiceTicks, marks: NumberMarks = .english) -> String {
        switch self {
        case .number: return marks.apply(Self.grouped(value, decimals: ticks.decimals))
        case .percent: return marks.apply(Self.grouped(value * 100, decimals: max(0, ticks.decimals - 2))) + marks.percent
        }
    }

    /// `1234567.5` with 1 decimal → `1,234,567.5`; `-0` reads `0`.
    static func grouped(_ value: Double, decimals: Int) -> String {
        var text = String(format: "%.\(decimals)f", value)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { text.removeFirst() }
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1)
        let whole = parts.first.map(String.init) ?? "0"
        var out = ""
        for (i, c) in whole.enumerated() {
            if i > 0, (whole.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (negative ? "-" : "") + out + (parts.count > 1 ? "." + parts[1] : "")
    }
}

/// One labelled position on an axis.
public struct AxisTick: Sendable, Equatable {
    public var position: Double
    public var label: String

    public init(position: Double, label: String) { (self.position, self.label) = (position, label) }
}

/// One entry of a chart's legend.
public struct LegendEntry: Sendable, Equatable {
    public enum Symbol: Sendable, Equatable {
        case line(colour: String, dashed: Bool)
        case dot(colour: String, filled: Bool)
        case box(colour: String)
    }
    public var label: String
    public var symbol: Symbol

    public init(_ label: String, _ symbol: Symbol) { (self.label, self.symbol) = (label, symbol) }
}

/// The layout every chart shares: a visible title, a legend row under it, a plot area with a
/// gridded y axis on the left and an x axis below.
struct ChartFrame {
    var width: Double
    var height: Double
    var left: Double = 64
    var right: Double = 16
    var top: Double = 46
    var bottom: Double = 40

    var plotLeft: Double { left }
    var plotRight: Double { width - right }
    var plotTop: Double { top }
    var plotBottom: Double { height - bottom }

    func drawTitle(_ title: String, legend: [LegendEntry], into svg: inout SVGBuilder) {
        svg.element("text", [("x", "8"), ("y", "16"), ("font-size", "13"), ("font-weight", "bold"), ("fill", ChartPalette.axis)], text: title)
        var x = 8.0
        for entry in legend {
            let y = 32.0
            switch entry.symbol {
            case .line(let colour, let dashed):
                var attrs = [("x1", SVGBuilder.number(x)), ("y1", "\(y - 4)"), ("x2", SVGBuilder.number(x + 18)), ("y2", "\(y - 4)"),
                             ("stroke", colour), ("stroke-width", "2")]
                if dashed { attrs.append(("stroke-dasharray", "4 3")) }
                svg.element("line", attrs)
            case .dot(let colour, let filled):
                svg.element("circle", [("cx", SVGBuilder.number(x + 9)), ("cy", "\(y - 4)"), ("r", "4"), ("stroke", colour),
                                       ("fill", filled ? colour : "#ffffff"), ("stroke-width", "1.5")])
            case .box(let colour):
                svg.element("rect", [("x", SVGBuilder.number(x + 3)), ("y", "\(y - 10)"), ("width", "12"), ("height", "12"), ("fill", colour)])
            }
            svg.element("text", [("x", SVGBuilder.number(x + 22)), ("y", "\(y)"), ("fill", ChartPalette.axis)], text: entry.label)
            x += 30 + Double(entry.label.count) * 6.2
        }
    }

    /// Horizontal grid lines and labels at the y ticks.
    func drawYAxis(_ scale: LinearScale, _ ticks: NiceTicks, format: TickFormat, marks: NumberMarks = .english, label: String?, into svg: inout SVGBuilder) {
        for t in ticks.values {
            let y = SVGBuilder.number(scale(t))
            svg.element("line", [("x1", SVGBuilder.number(plotLeft)), ("y1", y), ("x2", SVGBuilder.number(plotRight)), ("y2", y),
                                 ("stroke", ChartPalette.grid), ("stroke-width", "1")])
            svg.element("text", [("x", SVGBuilder.number(plotLeft - 6)), ("y", SVGBuilder.number(scale(t) + 4)), ("text-anchor", "end"),
                                 ("fill", ChartPalette.axis)], text: format.label(t, ticks: ticks, marks: marks))
        }
        if let label {
            svg.element("text", [("x", "12"), ("y", SVGBuilder.number((plotTop + plotBottom) / 2)), ("text-anchor", "middle"),
                                 ("transform", "rotate(-90 12 \(SVGBuilder.number((plotTop + plotBottom) / 2)))"), ("fill", ChartPalette.axis)], text: label)
        }
    }

    /// The x axis line, tick marks and labels (positions already in pixels).
    func drawXAxis(_ ticks: [(x: Double, label: String)], label: String?, into svg: inout SVGBuilder) {
        let y = SVGBuilder.number(plotBottom)
        svg.element("line", [("x1", SVGBuilder.number(plotLeft)), ("y1", y), ("x2", SVGBuilder.number(plotRight)), ("y2", y),
                             ("stroke", ChartPalette.axis), ("stroke-width", "1")])
        for t in ticks {
            let x = SVGBuilder.number(t.x)
            svg.element("line", [("x1", x), ("y1", y), ("x2", x), ("y2", SVGBuilder.number(plotBottom + 4)), ("stroke", ChartPalette.axis)])
            // A label that would run past the chart's edge (200,000 at the right end) ends at its tick instead.
            let halfWidth = Double(t.label.count) * 3.3
            let anchor = t.x + halfWidth > width ? "end" : t.x - halfWidth < 0 ? "start" : "middle"
            svg.element("text", [("x", x), ("y", SVGBuilder.number(plotBottom + 16)), ("text-anchor", anchor), ("fill", ChartPalette.axis)], text: t.label)
        }
        if let label {
            svg.element("text", [("x", SVGBuilder.number((plotLeft + plotRight) / 2)), ("y", SVGBuilder.number(height - 6)),
                                 ("text-anchor", "middle"), ("fill", ChartPalette.axis)], text: label)
        }
    }

    /// The sentence drawn in the middle of an empty chart.
    func drawEmpty(_ message: String, into svg: inout SVGBuilder) {
        svg.element("text", [("x", SVGBuilder.number(width / 2)), ("y", SVGBuilder.number((plotTop + plotBottom) / 2)),
                             ("text-anchor", "middle"), ("fill", ChartPalette.axis)], text: message)
    }
}
