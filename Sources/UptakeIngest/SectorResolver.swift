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
    /// The last sector met: files repeat one sector over many rows, or cycle through a few.
    private var last: (name: [UInt8], id: Int) = ([], -1)

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
        if last.name.elementsEqual(bytes) { return last.id }
        let id = lookUp(bytes)
        last = (Array(bytes), id)
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
