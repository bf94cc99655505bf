import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG parsed as XML with Foundation's event parser (a malformed document fails): its elements in
/// order with their attributes and text. XMLParser rather than XMLDocument, whose XPath is not safe
/// to run from parallel tests on Linux. (A copy of UptakeChartsTests' helper.)
struct SVGElements {
    struct Element { var name: String; var attributes: [String: String]; var text = "" }
    private(set) var elements: [Element] = []

    init(_ svg: String) throws {
        let delegate = Collector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = delegate
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        elements = delegate.elements
    }

    var root: Element? { elements.first }
    func named(_ name: String) -> [Element] { elements.filter { $0.name == name } }
    /// The circles carrying `data-code`, by code.
    var symbols: [String: Element] {
        Dictionary(named("circle").compactMap { e in e.attributes["data-code"].map { ($0, e) } }, uniquingKeysWith: { a, _ in a })
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var open: [Int] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            open.append(elements.count)
            elements.append(Element(name: name, attributes: attributes))
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { if let i = open.last { elements[i].text += string } }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { open.removeLast() }
    }
}
