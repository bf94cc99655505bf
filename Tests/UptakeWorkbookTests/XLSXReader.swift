import Foundation
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An .xlsx file read back without libxlsxwriter: ZIPFoundation opens the package and Foundation's
/// XMLParser reads the workbook, its relationships, the shared strings, the styles and each sheet, as
/// the Office Open XML spec (ECMA-376 part 1, §18) lays them out. What the tests check is what Excel reads.
struct XLSXReader {
    struct Cell: Equatable {
        enum Value: Equatable {
            case number(Double)
            /// A shared string (`t="s"`): Excel's text cell.
            case text(String)
            case boolean(Bool)
            /// Any other type (`t="str"`, `t="inlineStr"`, `t="e"`): not what the writer should make.
            case other(type: String, raw: String)
        }
        var value: Value
        /// The cell's number format code (`General` when it has none).
        var numberFormat: String
        var bold: Bool
    }

    struct Sheet {
        var name: String
        /// By reference: `A1`, `C12`.
        var cells: [String: Cell]
        /// The rows above the frozen pane (`<pane ySplit="n" state="frozen">`), nil when nothing is frozen.
        var frozenRows: Int?
        /// The autofilter's range (`A1:H3`).
        var autoFilter: String?
        /// Column widths by 1-based column number.
        var widths: [Int: Double]

        subscript(_ reference: String) -> Cell? { cells[reference] }

        /// Row `n`'s cells, left to right.
        func row(_ n: Int) -> [Cell] {
            cells.filter { Int($0.key.filter(\.isNumber)) == n }.sorted { ($0.key.count, $0.key) < ($1.key.count, $1.key) }.map(\.value)
        }

        /// How many rows hold a cell.
        var rowCount: Int { Set(cells.keys.map { $0.filter(\.isNumber) }).count }
    }

    let sheets: [Sheet]

    subscript(_ name: String) -> Sheet? { sheets.first { $0.name == name } }

    init(path: String) throws {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        func part(_ name: String) throws -> Data {
            guard let entry = archive[name] else { throw ReadError.missingPart(name) }
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return data
        }
        let workbook = try XMLElements(try part("xl/workbook.xml"))
        let relations = try XMLElements(try part("xl/_rels/workbook.xml.rels"))
        // A workbook without text has no shared strings part.
        let strings = archive["xl/sharedStrings.xml"] == nil ? [] : try SharedStrings(try part("xl/sharedStrings.xml")).strings
        let styles = try Styles(try part("xl/styles.xml"))
        var targets: [String: String] = [:]
        for r in relations.elements where r.name == "Relationship" { targets[r.attributes["Id"] ?? ""] = r.attributes["Target"] }
        sheets = try workbook.elements.filter { $0.name == "sheet" }.map { sheet in
            guard let id = sheet.attributes["r:id"], let target = targets[id] else { throw ReadError.missingPart("relationship of \(sheet.attributes["name"] ?? "?")") }
            return try Self.sheet(named: sheet.attributes["name"] ?? "", XMLElements(try part("xl/" + target)), strings: strings, styles: styles)
        }
    }

    private static func sheet(named name: String, _ xml: XMLElements, strings: [String], styles: Styles) throws -> Sheet {
        var cells: [String: Cell] = [:]
        var frozen: Int?
        var filter: String?
        var widths: [Int: Double] = [:]
        for element in xml.elements {
            switch element.name {
            case "c":
                let style = Int(element.attributes["s"] ?? "0") ?? 0
                let raw = element.text
                let value: Cell.Value
                switch element.attributes["t"] {
                case nil, "n": value = .number(Double(raw) ?? .nan)
                case "s": value = .text(strings[Int(raw) ?? 0])
                case "b": value = .boolean(raw == "1")
                case let other?: value = .other(type: other, raw: raw)
                }
                cells[element.attributes["r"] ?? ""] = Cell(value: value, numberFormat: styles.numberFormat(style), bold: styles.bold(style))
            case "pane" where element.attributes["state"] == "frozen":
                frozen = Int(element.attributes["ySplit"] ?? "")
            case "autoFilter":
                filter = element.attributes["ref"]
            case "col":
                let (first, last) = (Int(element.attributes["min"] ?? "") ?? 0, Int(element.attributes["max"] ?? "") ?? 0)
                for c in first...max(first, last) { widths[c] = Double(element.attributes["width"] ?? "") }
            default:
                break
            }
        }
        return Sheet(name: name, cells: cells, frozenRows: frozen, autoFilter: filter, widths: widths)
    }

    enum ReadError: Error { case missingPart(String), badXML(String) }
}

/// Every element of a document in order, with its attributes and its direct text (a cell's `<v>` text is
/// given to its `<c>`: the text of an element's children up to the next element at its level).
private final class XMLElements: NSObject, XMLParserDelegate {
    struct Element { var name: String; var attributes: [String: String]; var text = "" }
    private(set) var elements: [Element] = []
    private var open: [Int] = []

    init(_ data: Data) throws {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        guard parser.parse() else { throw XLSXReader.ReadError.badXML(parser.parserError.map { "\($0)" } ?? "?") }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        open.append(elements.count)
        elements.append(Element(name: name, attributes: attributes))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        // Text belongs to every open element (a `<v>` inside a `<c>`: the cell's value).
        for i in open { elements[i].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { open.removeLast() }
}

/// `xl/sharedStrings.xml`: each `<si>`'s text (its `<t>`, or its runs' `<t>`s joined).
private struct SharedStrings {
    let strings: [String]
    init(_ data: Data) throws {
        strings = try XMLElements(data).elements.filter { $0.name == "si" }.map(\.text)
    }
}

/// `xl/styles.xml`: each cell format (`<cellXfs><xf>`) with its number format and font.
private struct Styles {
    private var formats: [(numFmtId: Int, fontId: Int)] = []
    private var codes: [Int: String] = Styles.builtIn
    private var bolds: [Bool] = []

    /// The number formats Excel knows by id without writing them (ECMA-376 part 1, §18.8.30).
    static let builtIn: [Int: String] = [0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 49: "@"]

    init(_ data: Data) throws {
        var inCellXfs = false, inFonts = false
        for e in try XMLElements(data).elements {
            switch e.name {
            case "numFmt": codes[Int(e.attributes["numFmtId"] ?? "") ?? -1] = e.attributes["formatCode"]
            case "fonts": (inFonts, inCellXfs) = (true, false)
            case "font" where inFonts: bolds.append(false)
            case "b" where inFonts: bolds[bolds.count - 1] = true
            case "cellXfs": (inCellXfs, inFonts) = (true, false)
            case "cellStyleXfs", "fills", "borders", "cellStyles", "dxfs": (inCellXfs, inFonts) = (false, false)
            case "xf" where inCellXfs: formats.append((Int(e.attributes["numFmtId"] ?? "0") ?? 0, Int(e.attributes["fontId"] ?? "0") ?? 0))
            default: break
            }
        }
    }

    func numberFormat(_ style: Int) -> String { style < formats.count ? codes[formats[style].numFmtId] ?? "?" : "?" }
    func bold(_ style: Int) -> Bool { style < formats.count && formats[style].fontId < bolds.count && bolds[formats[style].fontId] }
}
