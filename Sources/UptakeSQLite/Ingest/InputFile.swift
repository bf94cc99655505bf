import Foundation
import UptakeCore
import UptakeStoreAPI

/// A file read in fixed-size chunks into one reused buffer, so memory stays flat however large it is.
// Sendable by hand-off: opened on the database thread, then read only by the parsing thread.
final class InputFile: @unchecked Sendable {
    let path: String
    let size: Int64
    private let descriptor: Int32

    init(path: String) throws {
        self.path = path
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw IngestError(file: path, line: 0, column: 0, message: "cannot open the file: \(reason)", hint: "check the path and its permissions")
        }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            Foundation.close(fd)
            throw IngestError(file: path, line: 0, column: 0, message: "not a regular file", hint: "give the path of a CSV, JSON or NDJSON file")
        }
        descriptor = fd
        size = Int64(info.st_size)
    }

    func forEachChunk(size chunkSize: Int, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = read(descriptor, buffer.baseAddress, chunkSize)
            if n < 0 {
                if errno == EINTR { continue }
                throw IngestError(file: path, line: 0, column: 0, message: "cannot read the file: \(String(cString: strerror(errno)))")
            }
            if n == 0 { return }
            try body(UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
        }
    }

    deinit { Foundation.close(descriptor) }
}

/// The reject file of `--skip-invalid`: each rejected record with its line and reason, written to a
/// temporary file and moved into place only when the ingest commits.
struct RejectWriter {
    let finalPath: String
    private let temporaryPath: String
    private let handle: FileHandle

    init(path: String) throws {
        finalPath = path
        temporaryPath = path + ".partial"
        guard FileManager.default.createFile(atPath: temporaryPath, contents: Data("line,column,reason,record\n".utf8)),
              let h = FileHandle(forWritingAtPath: temporaryPath) else {
            throw IngestError(file: path, line: 0, column: 0, message: "cannot write the reject file", hint: "choose another place with --rejects")
        }
        handle = h
        handle.seekToEndOfFile()
    }

    func write(line: Int, problem: RowProblem, raw: ArraySlice<UInt8>) throws {
        let record = String(decoding: raw, as: UTF8.self)
        let fields = ["\(line)", "\(problem.column)", problem.message, record].map(CSVField.quoted)
        try handle.write(contentsOf: Data((fields.joined(separator: ",") + "\n").utf8))
    }

    mutating func commit() throws {
        try handle.close()
        if FileManager.default.fileExists(atPath: finalPath) { try FileManager.default.removeItem(atPath: finalPath) }
        try FileManager.default.moveItem(atPath: temporaryPath, toPath: finalPath)
    }

    func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporaryPath)
    }
}
