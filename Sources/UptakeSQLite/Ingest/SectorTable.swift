import Foundation
import GRDB
import Synchronization

/// Sector names and their ids, shared by the parsing thread and the database thread. A new
/// well-formed name gets the next id at once, in memory; `writeNew` stores the new names inside the
/// ingest's transaction, so a rolled-back ingest leaves none behind.
final class SectorTable: Sendable {
    private struct State {
        var known: [([UInt8], Int)] = []
        var added: [(Int, String)] = []
        var nextID = 1
    }

    private let state: Mutex<State>

    init(_ db: Database) throws {
        var s = State()
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM sectors ORDER BY id") {
            s.known.append((Array((row["name"] as String).utf8), row["id"]))
        }
        s.nextID = (s.known.map(\.1).max() ?? 0) + 1
        state = Mutex(s)
    }

    func id(for bytes: UnsafeRawBufferPointer) -> Int {
        state.withLock { s in
            for (name, id) in s.known where name.elementsEqual(bytes) { return id }
            let id = s.nextID
            s.nextID += 1
            s.known.append((Array(bytes), id))
            s.added.append((id, String(decoding: bytes, as: UTF8.self)))
            return id
        }
    }

    func name(of id: Int) -> String? {
        state.withLock { s in s.known.first { $0.1 == id }.map { String(decoding: $0.0, as: UTF8.self) } }
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
