import GRDB
import UptakeCore
import UptakeStoreAPI

/// Every stored locality, indexed both ways: code → id for ingest, id → locality for answers.
public struct LocalityDirectory: Sendable {
    public struct Entry: Sendable {
        public let id: Int
        public let locality: Locality
        public let parentID: Int?
    }

    public private(set) var entries: [Int: Entry] = [:]
    private var idsByCode: [String: Int] = [:]
    /// Numeric codes packed as `length * 10¹² + value`, so "01" and "00001" differ: a lookup
    /// without building a String on the ingest hot path.
    private var idsByNumericCode: [Int: Int] = [:]

    init(_ db: Database) throws {
        // Read through the raw statement: every query starts by loading the 3,355 localities, and
        // GRDB's row decoding was most of a rates query's time in profiles.
        let statement = try PreparedStatement(db, """
            SELECT l.id, l.parent_id, l.code, p.code, l.level, l.name, l.full_name, l.name_en, l.unit_type
            FROM localities l LEFT JOIN localities p ON p.id = l.parent_id
            """)
        try statement.forEachRow(integers: 2, texts: 7) { ints, texts in
            let locality = Locality(code: texts[0] ?? "", parentCode: texts[1], level: LocalityLevel(rawValue: texts[2] ?? "") ?? .commune,
                                    name: texts[3] ?? "", fullName: texts[4], nameEn: texts[5], unitType: texts[6])
            guard let id = ints[0] else { return }  // the primary key: never NULL
            add(Entry(id: Int(id), locality: locality, parentID: ints[1].map(Int.init)))
        }
    }

    mutating func add(_ entry: Entry) {
        entries[entry.id] = entry
        idsByCode[entry.locality.code] = entry.id
        if let key = LocalityDirectory.numericKey(Array(entry.locality.code.utf8)) { idsByNumericCode[key] = entry.id }
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

    public func id(forCode code: String) -> Int? { idsByCode[code] }

    public func id(forCodeBytes bytes: UnsafeRawBufferPointer) -> Int? {
        if let key = LocalityDirectory.numericKey(bytes) { return idsByNumericCode[key] }
        return idsByCode[String(decoding: bytes, as: UTF8.self)]
    }

    public func locality(id: Int) -> Locality? { entries[id]?.locality }

    /// The province a locality rolls up to: itself for a province.
    public func provinceID(of id: Int) -> Int? {
        guard let e = entries[id] else { return nil }
        return e.locality.level == .province ? id : e.parentID
    }

    /// The province id of every locality id, as a dense array (0 where there is none) for the ingest hot path.
    func provinceIndex() -> [Int] {
        var index = [Int](repeating: 0, count: (entries.keys.max() ?? 0) + 1)
        for id in entries.keys { index[id] = provinceID(of: id) ?? 0 }
        return index
    }

    public func children(of id: Int) -> [Entry] {
        entries.values.filter { $0.parentID == id }.sorted { $0.locality.code < $1.locality.code }
    }

    public func all(level: LocalityLevel) -> [Entry] {
        entries.values.filter { $0.locality.level == level }.sorted { $0.locality.code < $1.locality.code }
    }
}
