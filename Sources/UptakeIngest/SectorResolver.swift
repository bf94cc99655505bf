import UptakeCore

/// Sector names and their ids for one ingest: the stored ones, and a new well-formed name gets the
/// next id at once, in memory; the store writes the new names when the ingest commits, so a
/// rolled-back ingest leaves none behind. Used by the parsing thread only.
final class SectorResolver {
    /// Ids by the hash of their name's bytes (a bucket holds the names that collide): a lookup costs
    /// a hash and allocates nothing, where a scan of every name made a file of 20,000 sectors
    /// quadratic (131 s).
    private var idsByHash: [Int: [Int]] = [:]
    private var names: [Int: [UInt8]] = [:]
    private(set) var added: [(id: Int, name: String)] = []
    private var nextID: Int
    /// The first sectors met whose names fit a ``PackedName``: files repeat one sector over many
    /// rows or cycle through a few, so a row's sector is found by comparing integers, starting after
    /// the last one found, where hashing every row's name (and copying it as the last met) was ~6%
    /// of an ingest's CPU.
    private var recent: [(name: PackedName, id: Int)] = []
    private var lastFound = 0
    static let recentLimit = 32

    init(_ stored: [Int: String]) {
        nextID = (stored.keys.max() ?? 0) + 1
        for (id, name) in stored { insert(Array(name.utf8), id: id) }
    }

    private func insert(_ name: [UInt8], id: Int) {
        idsByHash[name.withUnsafeBytes(SectorResolver.hash), default: []].append(id)
        names[id] = name
    }

    private static func hash(_ bytes: UnsafeRawBufferPointer) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: bytes)
        return hasher.finalize()
    }

    func id(for bytes: UnsafeRawBufferPointer) -> Int {
        guard let name = PackedName(bytes) else { return lookUp(bytes) }
        let found = recent.withUnsafeBufferPointer { recent -> Int? in
            let count = recent.count
            var slot = lastFound + 1 >= count ? 0 : lastFound + 1
            for _ in 0..<count {
                if recent[slot].name == name {
                    lastFound = slot
                    return recent[slot].id
                }
                slot = slot + 1 == count ? 0 : slot + 1
            }
            return nil
        }
        if let found { return found }
        let id = lookUp(bytes)
        if recent.count < SectorResolver.recentLimit {
            recent.append((name, id))
            lastFound = recent.count - 1
        }
        return id
    }

    private func lookUp(_ bytes: UnsafeRawBufferPointer) -> Int {
        for id in idsByHash[SectorResolver.hash(bytes)] ?? [] where names[id]?.elementsEqual(bytes) == true { return id }
        let id = nextID
        nextID += 1
        insert(Array(bytes), id: id)
        added.append((id, String(decoding: bytes, as: UTF8.self)))
        return id
    }

    func name(of id: Int) -> String? { names[id].map { String(decoding: $0, as: UTF8.self) } }
}
