import Foundation

/// A chart drawn as SVG text, with what a test or a page needs to know about it.
public struct ChartSVG: Sendable, Equatable {
    /// A complete `<svg>` element (with `xmlns`, so it can also be written to its own file).
    public let svg: String
    public let title: String
    /// The data marks drawn (lines, points, bars, intervals; not axes or legends): 0 for an empty chart.
    public let markCount: Int
}

/// Text made safe for XML and HTML, in element content and in attribute values alike: the five
/// specials escaped. The one escaper of the charts and of the report's HTML fragments.
public enum XMLText {
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}

/// Builds SVG text: escapes text, writes coordinates with two decimals, counts data marks.
struct SVGBuilder {
    private(set) var body: [String] = []
    private(set) var marks = 0

    /// Escapes the five XML specials (text and attribute values alike).
    static func escape(_ text: String) -> String { XMLText.escaped(text) }

    /// A coordinate: two decimals, no trailing zeros, never `-0`.
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        var s = String(format: "%.2f", x)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s == "-0" ? "0" : s
    }

    /// An element; `isMark` counts it as a data mark (and gives it the class `mark`).
    mutating func element(_ name: String, _ attributes: [(String, String)], text: String? = nil, isMark: Bool = false) {
        var attrs = attributes
        if isMark {
            marks += 1
            if let i = attrs.firstIndex(where: { $0.0 == "class" }) { attrs[i].1 = "mark " + attrs[i].1 } else { attrs.append(("class", "mark")) }
        }
        let a = attrs.map { " \($0.0)=\"\(Self.escape($0.1))\"" }.joined()
        if let text { body.append("<\(name)\(a)>\(Self.escape(text))</\(name)>") } else { body.append("<\(name)\(a)/>") }
    }

    mutating func raw(_ text: String) { body.append(text) }

    func document(width: Double, height: Double, title: String, description: String, id: String) -> ChartSVG {
        let w = Self.number(width), h = Self.number(height)
        let head = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(w) \(h)" width="\(w)" height="\(h)" role="img" \
            aria-labelledby="\(id)-title \(id)-desc" font-family="DejaVu Sans, Arial, sans-serif" font-size="11">
            <title id="\(id)-title">\(Self.escape(title))</title>
            <desc id="\(id)-desc">\(Self.escape(description))</desc>
            <rect x="0" y="0" width="\(w)" height="\(h)" fill="#ffffff"/>
            """
        return ChartSVG(svg: head + "\n" + body.joined(separator: "\n") + "\n</svg>\n", title: title, markCount: marks)
    }
}

/// The chart module's colours: readable in print and by colour-blind readers (Okabe–Ito).
public enum ChartPalette {
    public static let series = "#0072B2"
    public static let smoothed = "#D55E00"
    public static let band = "#E8E8E8"
    public static let anomaly = "#CC0000"
    public static let changepoint = "#7F3C8D"
    public static let baseline = "#8C8C8C"
    public static let limit95 = "#56B4E9"
    public static let limit998 = "#0072B2"
    public static let grid = "#DDDDDD"
    public static let axis = "#333333"
}
