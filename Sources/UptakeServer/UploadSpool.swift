import Foundation
import Logging
import UptakeCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where `POST /api/v1/ingest` puts a body while the store ingests it (the store reads a path). The
/// folder is this user's alone (0700, refused if another user owns it or it is a link) and each file
/// is created 0600 with O_EXCL, so no other account reads an upload or plants one. A file is removed
/// when its request ends, however it ends; one left by a crash carries the dead process's id in its
/// name and is removed when a server next starts (files of running servers are left alone).
struct UploadSpool: Sendable {
    let directory: String

    /// `uptake-uploads-UID` in the system's temporary folder.
    static var defaultDirectory: String {
        FileManager.default.temporaryDirectory.appendingPathComponent("uptake-uploads-\(getuid())").path
    }

    /// Writes `bytes` to a new file of the spool and runs `body` with its path; the file is gone when this returns or throws.
    func withFile<T>(_ bytes: [UInt8], suffix: String, _ body: (String) async throws -> T) async throws -> T {
        try prepareDirectory()
        let path = directory + "/\(getpid())-\(UUID().uuidString).\(suffix)"
        defer { unlink(path) }
        try write(bytes, to: path)
        return try await body(path)
    }

    /// Creates the folder (0700) or checks the one there: a real folder of this user, open to no one else.
    func prepareDirectory() throws {
        if mkdir(directory, 0o700) != 0, errno != EEXIST {
            throw QueryError("cannot create the upload folder \(directory): \(String(cString: strerror(errno)))", code: .io)
        }
        var info = stat()
        guard lstat(directory, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == getuid() else {
            throw QueryError("the upload folder \(directory) is not a folder of this user", hint: "remove it, or start the server with another temporary folder (TMPDIR)",
                             code: .io)
        }
        if info.st_mode & 0o077 != 0, chmod(directory, 0o700) != 0 {
            throw QueryError("cannot make the upload folder \(directory) private", code: .io)
        }
    }

    private func write(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw QueryError("cannot create \(path): \(String(cString: strerror(errno)))", code: .io) }
        let file = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        try file.write(contentsOf: bytes)
        try file.close()
    }

    /// Removes the files that servers no longer running left (a crash, a kill), and returns how many.
    @discardableResult
    func removeStale(logger: Logger) -> Int {
        guard (try? prepareDirectory()) != nil, let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return 0 }
        var removed = 0
        for name in names {
            guard let pid = name.split(separator: "-").first.flatMap({ pid_t($0) }), pid > 0,
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            if unlink(directory + "/" + name) == 0 { removed += 1 }
        }
        if removed > 0 { logger.info("removed uploads left by stopped servers", metadata: ["files": "\(removed)", "folder": "\(directory)"]) }
        return removed
    }
}
