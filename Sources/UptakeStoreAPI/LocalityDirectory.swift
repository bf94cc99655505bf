import UptakeCore

/// Every stored locality, indexed both ways: code → id for ingest, id → locality for answers.
/// Shared by the stores (each loads it its own way: SQLite and PostgreSQL).
package struct LocalityDirectory: Sendable {
    package struct Entry: Sendable {
        package let id: Int
        package let locality: Locality
        package let parentID: Int?

        package init(id: Int, locality: Locality, parentID: Int?) {
            (self.id, self.locality, self.parentID) = (id, locality, parentID)
        }
    }

    package private(set) var entries: [Int: Entry] = [:]
    private var idsByCode: [String: Int] = [:]
    /// Numeric codes packed as `length * 10¹² + value`, so "01" and "00001" differ: a lookup
    /// without building a String on the ingest hot path.
    private var idsByNumericCode: [Int: Int] = [:]

    package init() {}

    /// Room for `count` localities at once: every query loads all 3,355, and growing three dictionaries
    /// step by step was a third of loading them (issue 27).
    package init(capacity count: Int) {
        entries.reserveCapacity(count)
        idsByCode.reserveCapacity(count)
        idsByNumericCode.reserveCapacity(count)
    }

    package mutating func add(_ entry: Entry) {
        entries[entry.id] = entry
        idsByCode[entry.locality.code] = entry.id
        if let key = LocalityDirectory.numericKey(entry.locality.code.utf8) { idsByNumericCode[key] = entry.id }
    }

    static func numericKey(_ bytes: some Collection<UInt8>) -> Int? {
        guard (1...12).contains(bytes.count) else { return nil }
        var v = 0
        for b in bytes {
            let d = Int(b) &- 48
            guard d >= 0, d <= 9 else { return nil }
            v = v * 10 + d
        }
        return bytes.count * 1_000_000_000_000 + v
    }

    package func id(forCode code: String) -> Int? { idsByCode[code] }

    package func id(forCodeBytes bytes: UnsafeRawBufferPointer) -> Int? {
        if let key = LocalityDirectory.numericKey(bytes) { return idsByNumericCode[key] }
        return idsByCode[String(decoding: bytes, as: UTF8.self)]
    }

    package func locality(id: Int) -> Locality? { entries[id]?.locality }

    /// The province a locality rolls up to: itself for a province.
    package func provinceID(of id: Int) -> Int? {
        guard let e = entries[id] else { return nil }
        return e.locality.level == .province ? id : e.parentID
    }

    /// The province id of every locality id, as a dense array (0 where there is none) for the ingest hot path.
    package func provinceIndex() -> [Int] {
        var index = [Int](repeating: 0, count: (entries.keys.max() ?? 0) + 1)
        for id in entries.keys { index[id] = provinceID(of: id) ?? 0 }
        return index
    }

    package func children(of id: Int) -> [Entry] {
        entries.values.filter { $0.parentID == id }.sorted { $0.locality.code < $1.locality.code }
    }

    package func all(level: LocalityLevel) -> [Entry] {
        entries.values.filter { $0.locality.level == level }.sorted { $0.locality.code < $1.locality.code }
    }
}
