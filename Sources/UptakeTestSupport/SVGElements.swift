import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG parsed as XML with Foundation's event parser (a malformed document fails): its elements in
/// order with their attributes and text. XMLParser rather than XMLDocument, whose XPath is not safe
/// to run from parallel tests on Linux. Shared by the charts' and the report's tests.
public struct SVGElements {
    public struct Element { public var name: String; public var attributes: [String: String]; public var text = "" }
    public private(set) var elements: [Element] = []

    public init(_ svg: String) throws {
        let delegate = Collector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = delegate
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        elements = delegate.elements
    }

    public var root: Element? { elements.first }
    public func named(_ name: String) -> [Element] { elements.filter { $0.name == name } }
    /// The circles carrying `data-code`, by code.
    public var symbols: [String: Element] {
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
