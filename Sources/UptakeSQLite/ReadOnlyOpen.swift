import Foundation
import GRDB
import UptakeCore

/// How a database that cannot be written is opened for queries, without creating any file.
///
/// A read-only open of a WAL database creates its `-wal` and `-shm` when they are missing, owned by
/// whoever opened it; in a folder others share, the owner's next ingest then fails ("attempt to
/// write a readonly database", issue 22). So a database this user may not write is read through
/// its `-wal` and `-shm` when both exist (a writer left them or is at work: SQLite then creates
/// nothing), and otherwise as an `immutable=1` URI, which reads the file alone and creates nothing;
/// that is only right when no `-wal` file holds commits not yet copied into the database. A `-wal`
/// with commits but no `-shm` is refused with what to do.
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

    /// The name to open `path` by, read-only: the path itself, or an `immutable=1` URI when this user
    /// may not write the database or its folder and reading it otherwise would create files.
    static func location(_ path: String, access: Access) throws -> String {
        guard access != .writable else { return path }
        let files = FileManager.default
        let wal = (try? files.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int
        if wal != nil, files.fileExists(atPath: path + "-shm") { return path }
        if let wal, wal > 0 {
            let why = access == .readOnlyFolder ? "its folder is read-only" : "you may not write it"
            throw QueryError("cannot read \(path): \(why) and its -wal file holds changes not yet in the database",
                             hint: "open it once as a user who may write it and its folder (any uptake command does), or copy the database with its -wal file elsewhere",
                             code: .io)
        }
        return immutable(path)
    }

    /// An `immutable=1` URI for `path`: SQLite reads the file alone, creating nothing beside it.
    static func immutable(_ path: String) -> String {
        let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#%"))) ?? path
        return "file:\(encoded)?immutable=1"
    }

    static func pool(_ path: String, access: Access) throws -> DatabasePool {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(60)
        config.prepareDatabase { db in try ChunkSQLFunction.install(on: db.sqliteConnection!) }
        return try DatabasePool(path: location(path, access: access), configuration: config)
    }
}
