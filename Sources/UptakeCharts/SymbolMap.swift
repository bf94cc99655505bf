import Foundation

/// A proportional-symbol map: one circle per unit at its longitude and latitude, its area
/// proportional to a size (e.g. applications received), its fill the class of a value (e.g. a rate);
/// a unit without a value is drawn as missing, hatched grey, with its own legend entry.
///
/// Projection: equirectangular with the longitudes scaled by cos(mean latitude), so a degree east
/// and a degree north are about the same distance on the page at Vietnam's latitudes (the error
/// over 8°–23° N is under 8%). The map keeps that aspect: the long thin country fits a plot at most
/// ``maxMapHeight`` high, the legend in a column to its right. Symbols marked ``Symbol/inset`` (islands
/// far offshore) are drawn in a box under the legend, placed among themselves, not to scale.
///
/// The chart has no language: the caller gives every word (title, description, legend labels, each
/// symbol's tooltip) and formats every number.
public struct SymbolMap: Sendable {
    public enum LabelPriority: Sendable, Equatable {
        /// Always labelled (the lowest and highest): beside the symbol wherever it fits best.
        case always
        /// Labelled where the label overlaps no other label or symbol.
        case ifRoom
        case never
    }

    public struct Symbol: Sendable, Equatable {
        public var code: String
        /// The name drawn beside the symbol.
        public var label: String
        /// The symbol's tooltip (`<title>`): the name with its value, worded by the caller.
        public var detail: String
        public var longitude: Double
        public var latitude: Double
        /// The circle's area is proportional to it (≥ 0).
        public var size: Double
        /// The coloured value; `nil`: missing, drawn hatched grey.
        public var value: Double?
        public var labelled: LabelPriority
        /// Far offshore: drawn in the inset box rather than at its place.
        public var inset: Bool

        public init(code: String, label: String, detail: String, longitude: Double, latitude: Double, size: Double, value: Double?,
                    labelled: LabelPriority = .ifRoom, inset: Bool = false) {
            (self.code, self.label, self.detail, self.longitude, self.latitude) = (code, label, detail, longitude, latitude)
            (self.size, self.value, self.labelled, self.inset) = (size, value, labelled, inset)
        }
    }

    /// Colour classes with stated breaks: class `i` holds `breaks[i-1] ≤ value < breaks[i]`
    /// (the first is open below, the last open above), so a value on a break takes the upper class.
    public struct ColourClasses: Sendable, Equatable {
        /// Ascending; one fewer than the colours.
        public var breaks: [Double]
        public var colours: [String]
        /// One per class, worded and formatted by the caller (`20–40%`).
        public var labels: [String]

        public init(breaks: [Double], colours: [String], labels: [String]) {
            precondition(colours.count == breaks.count + 1 && labels.count == colours.count, "n colours and labels need n - 1 breaks")
            precondition(zip(breaks, breaks.dropFirst()).allSatisfy { $0 < $1 }, "breaks must ascend")
            (self.breaks, self.colours, self.labels) = (breaks, colours, labels)
        }

        /// The class of `value`: the number of breaks at or below it.
        public func classIndex(_ value: Double) -> Int { breaks.filter { $0 <= value }.count }

        public func colour(_ value: Double) -> String { colours[classIndex(value)] }

        /// ColorBrewer's YlGnBu, 5 classes (Cynthia Brewer, colorbrewer2.org): sequential, safe for
        /// colour-blind readers and in greyscale print; light = low, dark = high.
        public static let yellowGreenBlue5 = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"]
    }

    /// The size legend: its title and how a size reads (`12,500`), the caller's words and numbers.
    public struct SizeKey: Sendable {
        public var title: String
        public var label: @Sendable (Double) -> String

        public init(title: String, label: @escaping @Sendable (Double) -> String) { (self.title, self.label) = (title, label) }
    }

    public var id: String
    public var title: String
    public var description: String
    public var symbols: [Symbol]
    public var classes: ColourClasses
    /// The colour legend's heading (what the value is).
    public var legendTitle: String
    /// The missing entry's label (`no applications`).
    public var missingLabel: String
    public var sizeKey: SizeKey
    /// The inset box's caption (`Offshore, not to scale`).
    public var insetCaption: String
    public var width: Double
    public var maxMapHeight: Double
    /// The largest symbol's radius, in pixels.
    public var maxRadius: Double

    public init(id: String, title: String, description: String, symbols: [Symbol], classes: ColourClasses, legendTitle: String,
                missingLabel: String, sizeKey: SizeKey, insetCaption: String = "", width: Double = 680, maxMapHeight: Double = 720,
                maxRadius: Double = 16) {
        (self.id, self.title, self.description, self.symbols, self.classes) = (id, title, description, symbols, classes)
        (self.legendTitle, self.missingLabel, self.sizeKey, self.insetCaption) = (legendTitle, missingLabel, sizeKey, insetCaption)
        (self.width, self.maxMapHeight, self.maxRadius) = (width, maxMapHeight, maxRadius)
    }

    /// The smallest radius a unit with some size is drawn with, so it stays visible (its area then
    /// overstates its size); a missing unit's radius.
    public static let minimumRadius = 2.5
    public static let missingRadius = 4.0
    static let legendWidth = 190.0
    static let top = 40.0
    static let labelMargin = (x: 72.0, y: 14.0)
    static let insetSize = (width: 170.0, height: 110.0)

    /// Where each symbol is drawn, by code (what tests check against geography).
    public struct Placed: Sendable, Equatable {
        public var x: Double
        public var y: Double
        public var radius: Double
    }

    public struct Layout: Sendable {
        public var placed: [String: Placed]
        public var height: Double
        /// The inset box (x, y, width, height), when a symbol is drawn in it.
        public var insetBox: (x: Double, y: Double, width: Double, height: Double)?
        /// The bottom of the legend column's entries.
        var legendBottom: Double
    }

    var drawn: [Symbol] { symbols.filter { $0.longitude.isFinite && $0.latitude.isFinite } }
    var largest: Double { drawn.map(\.size).filter(\.isFinite).max() ?? 0 }
    var legendEntryCount: Int { classes.colours.count + 1 }

    func radius(_ s: Symbol) -> Double {
        guard s.value != nil, s.size.isFinite, s.size > 0, largest > 0 else { return Self.missingRadius }
        return max(Self.minimumRadius, maxRadius * (s.size / largest).squareRoot())
    }

    public func layout() -> Layout {
        let main = drawn.filter { !$0.inset }, insets = drawn.filter(\.inset)
        let mapLeft = 8.0, mapRight = width - Self.legendWidth - 8
        let innerWidth = mapRight - mapLeft - 2 * Self.labelMargin.x
        var placed: [String: Placed] = [:]
        var mapHeight = 120.0
        if !main.isEmpty {
            let meanLatitude = main.map(\.latitude).reduce(0, +) / Double(main.count)
            let k = cos(meanLatitude * .pi / 180)
            let xs = main.map { $0.longitude * k }, ys = main.map(\.latitude)
            let (x0, x1, y0, y1) = (xs.min()!, xs.max()!, ys.min()!, ys.max()!)
            let spanX = x1 - x0, spanY = y1 - y0
            // Pixels per (scaled) degree: the same both ways, as large as the width and the height cap allow.
            let fit = [spanX > 0 ? innerWidth / spanX : .infinity, spanY > 0 ? (maxMapHeight - 2 * Self.labelMargin.y) / spanY : .infinity].min()!
            let scale = fit.isFinite ? fit : 40
            mapHeight = max(mapHeight, spanY * scale + 2 * Self.labelMargin.y)
            let offsetX = mapLeft + Self.labelMargin.x + (innerWidth - spanX * scale) / 2
            for (s, x) in zip(main, xs) {
                placed[s.code] = Placed(x: offsetX + (x - x0) * scale, y: Self.top + Self.labelMargin.y + (y1 - s.latitude) * scale, radius: radius(s))
            }
        }
        let legendBottom = Self.top + 24 + Double(legendEntryCount) * 20 + 34 + 2 * maxRadius + 20
        var insetBox: (x: Double, y: Double, width: Double, height: Double)?
        if !insets.isEmpty {
            let box = (x: width - Self.legendWidth + 4, y: legendBottom + 18, width: Self.insetSize.width, height: Self.insetSize.height)
            insetBox = box
            let lons = insets.map(\.longitude), lats = insets.map(\.latitude)
            let lonScale = LinearScale(domain: lons.min()!...lons.max()!, from: box.x + 30, to: box.x + box.width - 30)
            let latScale = LinearScale(domain: lats.min()!...lats.max()!, from: box.y + box.height - 30, to: box.y + 30)
            for s in insets { placed[s.code] = Placed(x: lonScale(s.longitude), y: latScale(s.latitude), radius: radius(s)) }
        }
        let height = max(Self.top + mapHeight + 8, (insetBox.map { $0.y + $0.height } ?? legendBottom) + 12)
        return Layout(placed: placed, height: height, insetBox: insetBox, legendBottom: legendBottom)
    }

    public func render() -> ChartSVG {
        let l = layout()
        var svg = SVGBuilder()
        let hatch = "\(id)-missing"
        svg.raw("""
            <defs><pattern id="\(SVGBuilder.escape(hatch))" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
            <rect width="4" height="4" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="4" stroke="\(ChartPalette.baseline)" stroke-width="1.5"/></pattern></defs>
            """)
        svg.element("text", [("x", "8"), ("y", "16"), ("font-size", "13"), ("font-weight", "bold"), ("fill", ChartPalette.axis)], text: title)
        drawLegend(l, hatch: hatch, into: &svg)
        if drawn.isEmpty {
            svg.element("text", [("x", SVGBuilder.number((width - Self.legendWidth) / 2)), ("y", SVGBuilder.number(Self.top + 60)),
                                 ("text-anchor", "middle"), ("fill", ChartPalette.axis)], text: "–")
            return svg.document(width: width, height: l.height, title: title, description: description, id: id)
        }
        if let box = l.insetBox {
            svg.element("rect", [("x", SVGBuilder.number(box.x)), ("y", SVGBuilder.number(box.y)), ("width", SVGBuilder.number(box.width)),
                                 ("height", SVGBuilder.number(box.height)), ("fill", "none"), ("stroke", ChartPalette.baseline), ("stroke-dasharray", "4 3")])
            svg.element("text", [("x", SVGBuilder.number(box.x)), ("y", SVGBuilder.number(box.y - 5)), ("fill", ChartPalette.axis), ("font-size", "10")],
                        text: insetCaption)
        }
        // Largest first, so a small unit is never hidden under a large neighbour.
        let order = drawn.sorted { (radius($0), $1.code) > (radius($1), $0.code) }
        for s in order {
            guard let p = l.placed[s.code] else { continue }
            let missing = s.value == nil
            svg.raw("<g><title>\(SVGBuilder.escape(s.detail))</title>")
            svg.element("circle", [("cx", SVGBuilder.number(p.x)), ("cy", SVGBuilder.number(p.y)), ("r", SVGBuilder.number(p.radius)),
                                   ("fill", missing ? "url(#\(hatch))" : classes.colour(s.value!)),
                                   ("stroke", missing ? ChartPalette.baseline : ChartPalette.axis), ("stroke-width", missing ? "1" : "0.6"),
                                   ("class", missing ? "symbol missing" : "symbol"), ("data-code", s.code),
                                   ("data-class", s.value.map { String(classes.classIndex($0)) } ?? "missing")], isMark: true)
            svg.raw("</g>")
        }
        drawLabels(l, into: &svg)
        return svg.document(width: width, height: l.height, title: title, description: description, id: id)
    }

    /// The colour classes, the missing entry and the size key, in the column right of the map.
    func drawLegend(_ l: Layout, hatch: String, into svg: inout SVGBuilder) {
        let x = width - Self.legendWidth + 4
        var y = Self.top + 8
        svg.element("text", [("x", SVGBuilder.number(x)), ("y", SVGBuilder.number(y)), ("font-weight", "bold"), ("fill", ChartPalette.axis)], text: legendTitle)
        y += 8
        let entries = zip(classes.colours, classes.labels).map { ($0, $1) } + [("url(#\(hatch))", missingLabel)]
        for (i, (fill, label)) in entries.enumerated() {
            svg.element("rect", [("x", SVGBuilder.number(x)), ("y", SVGBuilder.number(y)), ("width", "16"), ("height", "14"), ("fill", fill),
                                 ("stroke", i == entries.count - 1 ? ChartPalette.baseline : ChartPalette.axis), ("stroke-width", "0.6"),
                                 ("class", i == entries.count - 1 ? "legend-missing" : "legend-class")])
            svg.element("text", [("x", SVGBuilder.number(x + 22)), ("y", SVGBuilder.number(y + 11)), ("fill", ChartPalette.axis)], text: label)
            y += 20
        }
        y += 14
        svg.element("text", [("x", SVGBuilder.number(x)), ("y", SVGBuilder.number(y)), ("font-weight", "bold"), ("fill", ChartPalette.axis)], text: sizeKey.title)
        // Nested circles on one baseline, each labelled level with its top (labels kept 12 px apart).
        let baseY = y + 14 + 2 * maxRadius, cx = x + maxRadius + 2
        var labelY = -Double.infinity
        for v in sizeKeyValues {
            let r = max(Self.minimumRadius, maxRadius * (v / largest).squareRoot())
            labelY = max(baseY - 2 * r, labelY + 12)
            svg.element("circle", [("cx", SVGBuilder.number(cx)), ("cy", SVGBuilder.number(baseY - r)), ("r", SVGBuilder.number(r)),
                                   ("fill", "none"), ("stroke", ChartPalette.axis), ("stroke-width", "0.8")])
            svg.element("polyline", [("points", "\(SVGBuilder.number(cx)),\(SVGBuilder.number(baseY - 2 * r)) \(SVGBuilder.number(cx + maxRadius + 6)),"
                                         + "\(SVGBuilder.number(labelY)) \(SVGBuilder.number(cx + maxRadius + 10)),\(SVGBuilder.number(labelY))"),
                                     ("fill", "none"), ("stroke", ChartPalette.baseline), ("stroke-width", "0.6")])
            svg.element("text", [("x", SVGBuilder.number(cx + maxRadius + 12)), ("y", SVGBuilder.number(labelY + 3.5)), ("fill", ChartPalette.axis),
                                 ("font-size", "10")], text: sizeKey.label(v))
        }
    }

    /// The size key's circles: the largest round number (1, 2 or 5 × 10ⁿ) not above the largest
    /// size, and a tenth of it.
    var sizeKeyValues: [Double] {
        guard largest > 0, largest.isFinite else { return [] }
        let power = pow(10, floor(log10(largest)))
        let top = [5.0, 2, 1].map { $0 * power }.first { $0 <= largest } ?? power
        return [top, top / 10]
    }

    /// Names beside their symbols: `.always` first, then `.ifRoom` where nothing is overlapped,
    /// trying right, left, above, below and the four diagonals.
    func drawLabels(_ l: Layout, into svg: inout SVGBuilder) {
        typealias Box = (x0: Double, y0: Double, x1: Double, y1: Double)
        func overlaps(_ a: Box, _ b: Box) -> Bool { a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1 }
        let circles: [String: Box] = l.placed.mapValues { p in (p.x - p.radius, p.y - p.radius, p.x + p.radius, p.y + p.radius) }
        var taken: [Box] = []
        let candidates = drawn.filter { $0.labelled != .never && !$0.inset || $0.labelled == .always }
            .sorted { ($0.labelled == .always ? 0 : 1, -$0.size, $0.code) < ($1.labelled == .always ? 0 : 1, -$1.size, $1.code) }
        let right = width - Self.legendWidth - 2
        for s in candidates {
            guard let p = l.placed[s.code] else { continue }
            let w = Double(s.label.count) * 5.8, h = 11.0, gap = p.radius + 3
            let d = gap * 0.7   // the diagonals: at the circle's 45° points
            let options: [(x: Double, y: Double, anchor: String, box: Box)] = [
                (p.x + gap, p.y + 3.5, "start", (p.x + gap, p.y - h / 2, p.x + gap + w, p.y + h / 2)),
                (p.x - gap, p.y + 3.5, "end", (p.x - gap - w, p.y - h / 2, p.x - gap, p.y + h / 2)),
                (p.x, p.y - gap - 2, "middle", (p.x - w / 2, p.y - gap - h, p.x + w / 2, p.y - gap)),
                (p.x, p.y + gap + 9, "middle", (p.x - w / 2, p.y + gap, p.x + w / 2, p.y + gap + h)),
                (p.x + d, p.y - d - 2, "start", (p.x + d, p.y - d - h, p.x + d + w, p.y - d)),
                (p.x + d, p.y + d + 9, "start", (p.x + d, p.y + d, p.x + d + w, p.y + d + h)),
                (p.x - d, p.y - d - 2, "end", (p.x - d - w, p.y - d - h, p.x - d, p.y - d)),
                (p.x - d, p.y + d + 9, "end", (p.x - d - w, p.y + d, p.x - d, p.y + d + h)),
            ]
            let inside = options.filter { $0.box.x0 >= 2 && ($0.box.x1 <= right || s.inset) && $0.box.y0 >= Self.top - 4 }
            let free = inside.first { o in
                !taken.contains { overlaps($0, o.box) } && !circles.contains { $0.key != s.code && overlaps($0.value, o.box) }
            }
            let clearOfLabels = inside.first { o in !taken.contains { overlaps($0, o.box) } }
            guard let chosen = free ?? (s.labelled == .always ? clearOfLabels ?? inside.first ?? options[0] : nil) else { continue }
            taken.append(chosen.box)
            svg.element("text", [("x", SVGBuilder.number(chosen.x)), ("y", SVGBuilder.number(chosen.y)), ("text-anchor", chosen.anchor),
                                 ("font-size", "10"), ("fill", ChartPalette.axis), ("stroke", "#ffffff"), ("stroke-width", "3"),
                                 ("paint-order", "stroke"), ("class", "label"), ("data-code", s.code)], text: s.label)
        }
    }
}
