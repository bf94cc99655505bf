import Foundation
import Testing
import UptakeTestSupport
@testable import UptakeCharts

@Suite struct SymbolMapTests {
    static let classes = SymbolMap.ColourClasses(breaks: [0.2, 0.4, 0.6, 0.8], colours: SymbolMap.ColourClasses.yellowGreenBlue5,
                                                 labels: ["< 20%", "20–40%", "40–60%", "60–80%", "≥ 80%"])

    static func map(_ symbols: [SymbolMap.Symbol]) -> SymbolMap {
        SymbolMap(id: "m", title: "Rates & places", description: "A test map <with> specials", symbols: symbols, classes: classes,
                  legendTitle: "Online-submission rate", missingLabel: "no applications", sizeKey: .init(title: "Applications", label: { String(Int($0)) }),
                  insetCaption: "Offshore")
    }

    static func symbol(_ code: String, _ lat: Double, _ lon: Double, _ size: Double, _ value: Double?, inset: Bool = false) -> SymbolMap.Symbol {
        SymbolMap.Symbol(code: code, label: "Unit \(code)", detail: "Unit \(code): \(value.map { "\($0)" } ?? "none")", longitude: lon, latitude: lat,
                         size: size, value: value, inset: inset)
    }

    @Test(arguments: [(0.0, 0), (0.1999, 0), (0.2, 1), (0.39, 1), (0.4, 2), (0.6, 3), (0.8, 4), (1.0, 4)])
    func aValueOnABreakTakesTheUpperClass(value: Double, expected: Int) {
        #expect(Self.classes.classIndex(value) == expected)
    }

    @Test func wellFormedAccessibleAndColouredByTheBreaks() throws {
        let values: [Double?] = [0.05, 0.2, 0.35, 0.5, 0.79, 0.8, nil]
        let symbols = values.enumerated().map { i, v in Self.symbol("0\(i)", 10 + Double(i) * 2, 105 + Double(i % 3), Double(100 * (i + 1)), v) }
        let chart = Self.map(symbols).render()
        let doc = try SVGElements(chart.svg)
        #expect(doc.root?.attributes["role"] == "img")
        #expect(doc.root?.attributes["aria-labelledby"] == "m-title m-desc")
        #expect(doc.named("title").first { $0.attributes["id"] == "m-title" }?.text == "Rates & places")
        #expect(doc.named("desc").first { $0.attributes["id"] == "m-desc" }?.text == "A test map <with> specials")
        #expect(chart.markCount == values.count)
        let circles = doc.symbols
        #expect(circles.count == values.count)
        for (i, v) in values.enumerated() {
            let fill = circles["0\(i)"]?.attributes["fill"]
            if let v {
                #expect(fill == SymbolMap.ColourClasses.yellowGreenBlue5[Self.classes.classIndex(v)], "value \(v)")
            } else {
                #expect(fill == "url(#m-missing)")
                #expect(circles["0\(i)"]?.attributes["data-class"] == "missing")
            }
        }
        // The legend: five classes and the missing entry, hatched as the missing symbol is.
        let keys = doc.named("rect")
        #expect(keys.filter { $0.attributes["class"] == "legend-class" }.map { $0.attributes["fill"] } == SymbolMap.ColourClasses.yellowGreenBlue5)
        #expect(keys.first { $0.attributes["class"] == "legend-missing" }?.attributes["fill"] == "url(#m-missing)")
        #expect(doc.named("text").contains { $0.text == "no applications" })
        #expect(doc.named("pattern").map { $0.attributes["id"] } == ["m-missing"])
    }

    /// North is up, east is right, the aspect kept; a larger size is a larger circle, area for area.
    @Test func positionsFollowGeographyAndAreasFollowSizes() {
        let map = Self.map([Self.symbol("north", 21, 105.8, 400, 0.3), Self.symbol("south", 10.8, 106.7, 100, 0.5), Self.symbol("west", 21.4, 103.0, 0, nil)])
        let l = map.layout()
        let n = l.placed["north"]!, s = l.placed["south"]!, w = l.placed["west"]!
        #expect(n.y < s.y && w.x < n.x && n.x < s.x)
        let k = cos((21 + 10.8 + 21.4) / 3 * .pi / 180)
        let ratio = (s.x - w.x) / (s.y - w.y)
        #expect(abs(ratio - (106.7 - 103.0) * k / (21.4 - 10.8)) < 1e-9, "one scale both ways")
        #expect(abs(n.radius / s.radius - 2) < 1e-9, "4 times the size, twice the radius")
        #expect(w.radius == SymbolMap.missingRadius)
        #expect(s.y <= map.maxMapHeight + SymbolMap.top)
    }

    @Test func anOffshoreSymbolIsDrawnInTheInsetAndLabelled() throws {
        let map = Self.map([Self.symbol("a", 15.9, 108.2, 50, 0.5), Self.symbol("b", 16.1, 108.0, 50, 0.45),
                            SymbolMap.Symbol(code: "far", label: "Far isle", detail: "Far isle", longitude: 112.1, latitude: 16.5, size: 1, value: nil,
                                             labelled: .always, inset: true)])
        let l = map.layout()
        let box = try #require(l.insetBox), far = try #require(l.placed["far"])
        #expect(far.x > box.x && far.x < box.x + box.width && far.y > box.y && far.y < box.y + box.height)
        #expect(l.placed["a"]!.x < box.x, "the mainland keeps the map area")
        let svg = map.render().svg
        #expect(svg.contains(">Far isle</text>") && svg.contains(">Offshore</text>"))
    }

    @Test func theLowestAndHighestAreAlwaysLabelled() {
        // A cluster where labels cannot all fit: the two marked .always still get theirs.
        var symbols = (0..<30).map { i in Self.symbol("c\(i)", 21 + Double(i % 5) * 0.05, 105.8 + Double(i / 5) * 0.05, 100, 0.5) }
        symbols[7].labelled = .always
        symbols[22].labelled = .always
        symbols.append(Self.symbol("far", 10, 106, 100, 0.5))
        let svg = Self.map(symbols).render().svg
        #expect(svg.contains("data-code=\"c7\">Unit c7</text>") && svg.contains("data-code=\"c22\">Unit c22</text>"))
        let labels = svg.components(separatedBy: "class=\"label\"").count - 1
        #expect(labels < symbols.count, "crowded names are left out")
    }
}
