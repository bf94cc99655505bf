import Foundation
import GRDB
import UptakeCore

/// SQLite's errors as a user should read them: what is wrong with which file, and what to do,
/// instead of "SQLite error 26: file is not a database".
enum SQLiteErrors {
    static func describe(_ error: any Error, path: String) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return QueryError("\(path) is not an SQLite database or is damaged",
                              hint: "check the path; a damaged Uptake database is best replaced by a copy made with 'uptake backup'",
                              code: .io)
        case .SQLITE_READONLY:
            return readOnly(path, detail: error.message ?? "attempt to write a readonly database")
        case .SQLITE_CANTOPEN:
            return QueryError("cannot open \(path)", hint: "check that its folder exists and that you may read the file", code: .io)
        case .SQLITE_FULL:
            return QueryError("cannot write \(path): the disk is full", hint: "free space on its disk and try again", code: .io)
        default:
            return QueryError("\(path): \(error.message ?? "SQLite error \(error.resultCode.rawValue)")", code: .io)
        }
    }

    /// A write refused although the database file itself may be writable: most often a `-wal` or
    /// `-shm` file beside it that another user created by reading it (issue 22), which this user may
    /// not write. Names those files, their owner and the fix.
    static func readOnly(_ path: String, detail: String) -> QueryError {
        let me = geteuid()
        let foreign = [path + "-wal", path + "-shm"].compactMap { file -> (file: String, uid: UInt32, size: Int)? in
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: file),
                  let uid = (attributes[.ownerAccountID] as? NSNumber)?.uint32Value, uid != me else { return nil }
            return (file, uid, attributes[.size] as? Int ?? 0)
        }
        guard let first = foreign.first else {
            return QueryError("cannot write \(path): \(detail)",
                              hint: "check that you may write the database, its folder, and its -wal and -shm files if they exist",
                              code: .io)
        }
        let owner = userName(first.uid)
        let names = foreign.map(\.file)
        let message = "cannot write \(path): \(names.joined(separator: " and ")) \(names.count == 1 ? "belongs" : "belong") to \(owner), not to \(userName(me))"
        if foreign.contains(where: { $0.file.hasSuffix("-wal") && $0.size > 0 }) {
            return QueryError(message, hint: "its -wal holds changes not yet in the database, so do not delete it: have \(owner) (or root) open the database for writing once, e.g. with 'uptake init', which folds them in", code: .io)
        }
        return QueryError(message, hint: "a user without write permission read the database and left them (empty); when no uptake process uses the database, remove them: rm \(names.map { "'\($0)'" }.joined(separator: " ")) (as \(owner) or root if the folder has the sticky bit)", code: .io)
    }

    static func userName(_ uid: UInt32) -> String {
        guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else { return "uid \(uid)" }
        return "\(String(cString: name)) (uid \(uid))"
    }
}
