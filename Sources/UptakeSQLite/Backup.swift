import Foundation
import GRDB
import UptakeCore

extension SQLiteStore {
    /// Copies the database to `target` with SQLite's online backup: the copy holds every commit,
    /// those still in the `-wal` file included, and readers and an ingest may go on meanwhile (the
    /// copy is of one moment). It is written to a temporary file beside `target` and renamed into
    /// place, so `target` is never left half-written; on failure the temporary file is removed.
    ///
    /// ```swift
    /// let bytes = try store.backup(to: "uptake-2025-07-31.sqlite", replacing: false)
    /// ```
    ///
    /// - Parameter replacing: whether an existing `target` is replaced; without it the copy is
    ///   refused when `target` exists (also when it appears while the copy is made).
    /// - Returns: the size of the copy in bytes.
    @discardableResult
    public func backup(to target: String, replacing: Bool) throws -> Int {
        let target = StoreFile.literal(target)
        let files = FileManager.default
        if Self.sameFile(target, path) {
            throw QueryError("\(target) is the database itself", hint: "give the copy another name", code: .refused)
        }
        if !replacing, files.fileExists(atPath: target) {
            throw QueryError("\(target) exists; nothing was written", hint: "choose another file, or ask for it to be replaced", code: .refused)
        }
        // A -wal or -journal beside the target would be read as part of the new file.
        for suffix in ["-wal", "-journal"] where files.fileExists(atPath: target + suffix) {
            throw QueryError("\(target)\(suffix) exists: a process may be using \(target), or left changes in it",
                             hint: "choose another file; a copy put there would be mixed with \(target)\(suffix)", code: .refused)
        }
        let folder = (target as NSString).deletingLastPathComponent
        guard access(folder.isEmpty ? "." : folder, W_OK) == 0 else {
            throw QueryError("cannot write \(target): \(String(cString: strerror(errno)))", hint: "check that its folder exists and that you may write there", code: .io)
        }
        let temporary = (folder.isEmpty ? "" : folder + "/") + "." + (target as NSString).lastPathComponent + ".backup-" + UUID().uuidString
        do {
            let copy = try DatabaseQueue(path: temporary)
            do {
                try queue.backup(to: copy)
                try copy.close()  // the copy's last connection: nothing of it stays in a -wal
            } catch {
                try? copy.close()
                throw error
            }
            try Self.move(temporary, to: target, replacing: replacing)
        } catch {
            for suffix in ["", "-journal", "-wal", "-shm"] { try? files.removeItem(atPath: temporary + suffix) }
            if error is QueryError { throw error }
            throw SQLiteErrors.describe(error, path: target)
        }
        return (try? files.attributesOfItem(atPath: target))?[.size] as? Int ?? 0
    }

    /// Puts `temporary` at `target` in one step: `rename` when replacing, else `link` (which fails
    /// when `target` exists, even one created meanwhile) and then removing the temporary name.
    private static func move(_ temporary: String, to target: String, replacing: Bool) throws {
        if replacing {
            guard rename(temporary, target) == 0 else { throw moveFailed(target) }
            return
        }
        if link(temporary, target) == 0 {
            unlink(temporary)
            return
        }
        if errno == EEXIST {
            throw QueryError("\(target) exists; nothing was written", hint: "choose another file, or ask for it to be replaced", code: .refused)
        }
        // A file system without hard links: rename, having checked just before.
        guard !FileManager.default.fileExists(atPath: target), rename(temporary, target) == 0 else { throw moveFailed(target) }
    }

    private static func moveFailed(_ target: String) -> QueryError {
        QueryError("cannot write \(target): \(String(cString: strerror(errno)))", hint: "check that you may write its folder", code: .io)
    }

    /// Whether `a` and `b` name the same file (same device and inode).
    private static func sameFile(_ a: String, _ b: String) -> Bool {
        var x = stat(), y = stat()
        guard stat(a, &x) == 0, stat(b, &y) == 0 else { return false }
        return x.st_dev == y.st_dev && x.st_ino == y.st_ino
    }
}
