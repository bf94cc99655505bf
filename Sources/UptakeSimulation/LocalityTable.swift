import Foundation
import UptakeCore

/// Reads `vn-localities-2025.csv` (code, parent_code, level, unit_type, name, full_name, name_en)
/// for the generator, through the project's one CSV reader.
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
        let records: [CSVText.Record]
        do {
            records = try CSVText.records(text)
        } catch {
            throw SimulationError.badLocalityRow(line: error.line, reason: error.message)
        }
        guard let header = records.first?.fields, records.count > 1 else { throw SimulationError.noLocalities }
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        guard let code = column("code"), let parent = column("parent_code"), let level = column("level"), let name = column("name") else {
            throw SimulationError.badLocalityRow(line: 1, reason: "the header needs code, parent_code, level and name")
        }
        let unit = column("unit_type"), full = column("full_name"), english = column("name_en")
        var result: [Locality] = []
        result.reserveCapacity(records.count)
        for record in records.dropFirst() {
            let f = record.fields
            func at(_ i: Int?) -> String? { i.flatMap { $0 < f.count && !f[$0].isEmpty ? f[$0] : nil } }
            guard let c = at(code), let l = at(level).flatMap(LocalityLevel.init(rawValue:)), let n = at(name) else {
                throw SimulationError.badLocalityRow(line: record.line, reason: "code, level (province or commune) and name are required")
            }
            result.append(Locality(code: c, parentCode: at(parent), level: l, name: n, fullName: at(full), nameEn: at(english), unitType: at(unit)))
        }
        return result
    }
}
