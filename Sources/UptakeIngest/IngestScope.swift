import UptakeCore
import UptakeStoreAPI

/// The provinces an upload may touch (a province's token on the server): applications, incidents
/// or readiness rows whose every locality is one of the provinces or one of their communes. A row
/// outside ends the ingest with a ``Refusal``, and nothing is written.
public struct IngestScope: Sendable {
    public let provinces: Set<String>

    public init(provinces: Set<String>) { self.provinces = provinces }

    /// Why an upload is outside its scope.
    public struct Refusal: Error, Sendable {
        public let message: String
        init(_ message: String) { self.message = message }
    }

    func check(kind: InputKind, names: [String]) throws {
        guard kind != .localities else { throw Refusal("a province's token ingests applications, incidents or readiness rows, not this file") }
        guard names.contains("locality") else { throw Refusal("line 1: the file has no locality column: a province's token ingests its own localities only") }
    }

    func check(_ row: RawRow, map: FieldMap, schema: InputSchema, directory: LocalityDirectory) throws {
        let source = schema.index(of: "locality").flatMap { $0 < map.sourceIndex.count ? map.sourceIndex[$0] : nil }
        let code = source.map { row.text($0) } ?? ""
        let parent = directory.id(forCode: code).flatMap { directory.locality(id: $0)?.parentCode }
        if !provinces.contains(code), !provinces.contains(parent ?? "") {
            throw Refusal("line \(row.line): locality \"\(code)\" is outside the token's scope (province \(provinces.sorted().joined(separator: ", ")))")
        }
    }
}
