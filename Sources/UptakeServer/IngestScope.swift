import Foundation
import UptakeCore

/// Whether an upload stays inside a province token's scope: a CSV of applications, incidents or
/// readiness whose every row names the province or one of its communes. Checked on the whole body
/// before the ingest starts, so a refused upload writes nothing.
enum IngestScope {
    /// The first row outside `provinces`, as a refusal (403), or `nil` when every row is inside.
    static func refusal(csv body: [UInt8], provinces: Set<String>, localities: [Locality]) -> String? {
        let parents = Dictionary(localities.map { ($0.code, $0.parentCode) }, uniquingKeysWith: { a, _ in a })
        var parser = CSVParser()
        var row = RawRow()
        var localityColumn: Int?
        var header = true
        var refusal: String?
        let handle = { (event: CSVParser.Event, row: inout RawRow) in
            guard refusal == nil, case .record = event else { return }
            if header {
                header = false
                let names = (0..<row.fieldCount).map { row.text($0).trimmingCharacters(in: .whitespaces) }
                guard let kind = InputKind.recognise(fields: names), kind != .localities else {
                    refusal = "a province's token ingests applications, incidents or readiness rows, not this file"
                    return
                }
                localityColumn = names.firstIndex(of: "locality")
                if localityColumn == nil { refusal = "line 1: the file has no locality column: a province's token ingests its own localities only" }
                return
            }
            guard let column = localityColumn else { return }
            let code = column < row.fieldCount ? row.text(column).trimmingCharacters(in: .whitespaces) : ""
            if !provinces.contains(code), !provinces.contains((parents[code] ?? nil) ?? "") {
                refusal = "line \(row.line): locality \"\(code)\" is outside the token's scope (province \(provinces.sorted().joined(separator: ", ")))"
            }
        }
        body.withUnsafeBytes { parser.feed($0, row: &row, handle) }
        parser.finish(row: &row, handle)
        return refusal
    }
}
