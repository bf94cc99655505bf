import Foundation
import GRDB
import Synchronization

/// Sector names and their ids, shared by the parsing thread and the database thread. A new
/// well-formed name gets the next id at once, in memory; `writeNew` stores the new names inside the
/// ingest's transaction, so a rolled-back ingest leaves none behind.
final class SectorTable: Sendable {
    private struct State {
        /// Ids by the hash of their name's bytes (a bucket holds the names that collide): a lookup
        /// costs a hash and allocates nothing, where a scan of every name made a file of 20,000
        /// sectors quadratic (131 s).
        var idsByHash: [Int: [Int]] = [:]
        var names: [Int: [UInt8]] = [:]
        var added: [(Int, String)] = []
        var nextID = 1

        mutating func insert(_ name: [UInt8], id: Int) {
            idsByHash[name.withUnsafeBytes(SectorTable.hash), default: []].append(id)
            names[id] = name
        }
    }

    private let state: Mutex<State>

    init(_ db: Database) throws {
        var s = State()
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM sectors ORDER BY id") {
            s.insert(Array((row["name"] as String).utf8), id: row["id"])
        }
        s.nextID = (s.names.keys.max() ?? 0) + 1
        state = Mutex(s)
    }

    private static func hash(_ bytes: UnsafeRawBufferPointer) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: bytes)
        return hasher.finalize()
    }

    func id(for bytes: UnsafeRawBufferPointer) -> Int {
        state.withLock { s in
            for id in s.idsByHash[SectorTable.hash(bytes)] ?? [] where s.names[id]?.elementsEqual(bytes) == true { return id }
            let id = s.nextID
            s.nextID += 1
            s.insert(Array(bytes), id: id)
            s.added.append((id, String(decoding: bytes, as: UTF8.self)))
            return id
        }
    }

    func name(of id: Int) -> String? {
        state.withLock { s in s.names[id].map { String(decoding: $0, as: UTF8.self) } }
    }

    /// Stores the names added since the last call.
    func writeNew(_ db: Database) throws {
        let pending = state.withLock { s in
            defer { s.added.removeAll() }
            return s.added
        }
        for (id, name) in pending { try db.execute(sql: "INSERT INTO sectors (id, name) VALUES (?, ?)", arguments: [id, name]) }
    }
}
