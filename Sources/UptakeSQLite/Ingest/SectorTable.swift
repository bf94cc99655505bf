import Foundation
import GRDB

/// Sector names and their ids, shared by the parsing thread and the database thread. A new
/// well-formed name gets the next id at once, in memory; `writeNew` stores the new names inside the
/// ingest's transaction, so a rolled-back ingest leaves none behind.
final class SectorTable: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [([UInt8], Int)] = []
    private var added: [(Int, String)] = []
    private var nextID: Int

    init(_ db: Database) throws {
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM sectors ORDER BY id") {
            known.append((Array((row["name"] as String).utf8), row["id"]))
        }
        nextID = (known.map(\.1).max() ?? 0) + 1
    }

    func id(for bytes: UnsafeRawBufferPointer) -> Int {
        lock.lock()
        defer { lock.unlock() }
        for (name, id) in known where name.elementsEqual(bytes) { return id }
        let id = nextID
        nextID += 1
        known.append((Array(bytes), id))
        added.append((id, String(decoding: bytes, as: UTF8.self)))
        return id
    }

    func name(of id: Int) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return known.first { $0.1 == id }.map { String(decoding: $0.0, as: UTF8.self) }
    }

    /// Stores the names added since the last call.
    func writeNew(_ db: Database) throws {
        lock.lock()
        let pending = added
        added.removeAll()
        lock.unlock()
        for (id, name) in pending { try db.execute(sql: "INSERT INTO sectors (id, name) VALUES (?, ?)", arguments: [id, name]) }
    }
}
