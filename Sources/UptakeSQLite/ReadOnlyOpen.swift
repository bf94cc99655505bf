import Foundation
import GRDB
import UptakeCore

/// How a database that cannot be written is opened for queries.
///
/// A read-only file in a writable folder opens with `SQLITE_OPEN_READONLY`. In a read-only folder
/// SQLite cannot create the WAL index (`-shm`), so the file is opened as an `immutable=1` URI, which
/// reads it without one; that is only right when no `-wal` file holds commits not yet copied into
/// the database. A `-wal` with commits is read through its `-shm` when that exists, and refused
/// with what to do when it does not.
enum ReadOnlyOpen {
    enum Access: Equatable {
        case writable
        case readOnlyFile
        case readOnlyFolder
    }

    static func check(_ path: String) -> Access {
        guard FileManager.default.fileExists(atPath: path) else { return .writable }  // it will be created
        let folder = (path as NSString).deletingLastPathComponent
        if access(folder.isEmpty ? "." : folder, W_OK) != 0 { return .readOnlyFolder }
        if access(path, W_OK) != 0 { return .readOnlyFile }
        return .writable
    }

    /// The name to open `path` by, read-only: the path itself, or an `immutable=1` URI in a
    /// read-only folder.
    static func location(_ path: String, access: Access) throws -> String {
        guard access == .readOnlyFolder else { return path }
        let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        // A -wal with commits and its -shm beside it (left by a writer that did not close): SQLite
        // reads both without creating anything.
        if wal > 0, FileManager.default.fileExists(atPath: path + "-shm") { return path }
        if wal > 0 {
            throw QueryError("cannot read \(path): its folder is read-only and its -wal file holds changes not yet in the database",
                             hint: "open it once where its folder is writable (any uptake command does), or copy the database with its -wal file elsewhere",
                             code: .io)
        }
        let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#%"))) ?? path
        return "file:\(encoded)?immutable=1"
    }

    static func pool(_ path: String, access: Access) throws -> DatabasePool {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(60)
        return try DatabasePool(path: location(path, access: access), configuration: config)
    }
}
