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
    /// The first sectors met, their names' bytes end to end: files repeat one sector over many rows
    /// or cycle through a few, so a row's sector is found by comparing a few bytes, starting after
    /// the last one found, where hashing every row's name (and copying it as the last met) was ~6%
    /// of an ingest's CPU.
    private var recentBytes: [UInt8] = []
    private var recent: [(end: Int, id: Int)] = []
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
        let count = recent.count
        if count > 0 {
            var slot = lastFound + 1 == count ? 0 : lastFound + 1
            for _ in 0..<count {
                if let id = recentID(at: slot, matching: bytes) {
                    lastFound = slot
                    return id
                }
                slot = slot + 1 == count ? 0 : slot + 1
            }
        }
        let id = lookUp(bytes)
        if count < SectorResolver.recentLimit {
            recentBytes.append(contentsOf: bytes)
            recent.append((recentBytes.count, id))
            lastFound = count
        }
        return id
    }

    private func recentID(at slot: Int, matching bytes: UnsafeRawBufferPointer) -> Int? {
        let entry = recent[slot]
        let start = slot == 0 ? 0 : recent[slot - 1].end
        guard entry.end - start == bytes.count else { return nil }
        let same = recentBytes.withUnsafeBytes { all in
            var i = 0
            while i < bytes.count, all[start + i] == bytes[i] { i += 1 }
            return i == bytes.count
        }
        return same ? entry.id : nil
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
