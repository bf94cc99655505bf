import Foundation
import UptakeCore

/// A tiny reader for `vn-localities-2025.csv` (code, parent_code, level, unit_type, name, full_name,
/// name_en): enough for the generator, which needs no quoting rules beyond RFC 4180's double quotes.
public enum LocalityTable {
    /// Reads the localities file at `path`.
    public static func load(path: String) throws -> [Locality] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SimulationError.unreadableLocalities(path: path, reason: "no such file or not readable")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw SimulationError.unreadableLocalities(path: path, reason: "not UTF-8")
        }
        return try parse(csv: text)
    }

    /// Parses the text of a localities CSV with a header row naming at least code, parent_code, level and name.
    public static func parse(csv text: String) throws -> [Locality] {
        var lines = text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        guard !lines.isEmpty else { throw SimulationError.noLocalities }
        var header = fields(of: lines.removeFirst())
        if let first = header.first, first.hasPrefix("\u{FEFF}") { header[0] = String(first.dropFirst()) }
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        guard let code = column("code"), let parent = column("parent_code"), let level = column("level"), let name = column("name") else {
            throw SimulationError.badLocalityRow(line: 1, reason: "the header needs code, parent_code, level and name")
        }
        let unit = column("unit_type"), full = column("full_name"), english = column("name_en")
        var result: [Locality] = []
        result.reserveCapacity(lines.count)
        for (offset, line) in lines.enumerated() {
            let f = fields(of: line)
            func at(_ i: Int?) -> String? { i.flatMap { $0 < f.count && !f[$0].isEmpty ? f[$0] : nil } }
            guard let c = at(code), let l = at(level).flatMap(LocalityLevel.init(rawValue:)), let n = at(name) else {
                throw SimulationError.badLocalityRow(line: offset + 2, reason: "code, level (province or commune) and name are required")
            }
            result.append(Locality(code: c, parentCode: at(parent), level: l, name: n, fullName: at(full), nameEn: at(english), unitType: at(unit)))
        }
        return result
    }

    static func fields(of line: Substring) -> [String] {
        var out: [String] = []
        var current = ""
        var quoted = false
        var iterator = line.makeIterator()
        while let ch = iterator.next() {
            if quoted {
                if ch == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { current.append("\"") } else { quoted = false; if next == "," { out.append(current); current = "" } else { current.append(next) } }
                    } else { quoted = false }
                } else { current.append(ch) }
            } else if ch == "\"" { quoted = true }
            else if ch == "," { out.append(current); current = "" }
            else { current.append(ch) }
        }
        out.append(current)
        return out
    }
}
