import Foundation
import UptakeCore

/// A file read in fixed-size chunks into one reused buffer, so memory stays flat however large it is.
// Sendable by hand-off: opened by the caller, then read only by the parsing thread.
public final class InputFile: @unchecked Sendable {
    public let path: String
    public let size: Int64
    private let descriptor: Int32

    public init(path: String) throws {
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

    public func forEachChunk(size chunkSize: Int, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = try read(into: buffer)
            if n == 0 { return }
            try body(UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
        }
    }

    /// Reads the next bytes into `buffer`: how many (0 at the end). For callers that await between chunks.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let n = Foundation.read(descriptor, buffer.baseAddress, buffer.count)
            if n < 0 {
                if errno == EINTR { continue }
                throw IngestError(file: path, line: 0, column: 0, message: "cannot read the file: \(String(cString: strerror(errno)))")
            }
            return n
        }
    }

    deinit { Foundation.close(descriptor) }
}

/// The reject file of `--skip-invalid`: each rejected record with its line and reason, written to a
/// temporary file and moved into place only when the ingest commits.
// Sendable by hand-off: made by the caller, then written by the parsing thread, then committed or
// discarded by the store's thread once the parsing thread has ended.
public final class RejectFile: @unchecked Sendable {
    public let finalPath: String
    private let temporaryPath: String
    private let handle: FileHandle

    public init(path: String) throws {
        finalPath = path
        temporaryPath = path + ".partial"
        guard FileManager.default.createFile(atPath: temporaryPath, contents: Data("line,column,reason,record\n".utf8)),
              let h = FileHandle(forWritingAtPath: temporaryPath) else {
            throw IngestError(file: path, line: 0, column: 0, message: "cannot write the reject file", hint: "choose another place with --rejects")
        }
        handle = h
        handle.seekToEndOfFile()
    }

    public func write(line: Int, problem: RowProblem, raw: ArraySlice<UInt8>) throws {
        let record = String(decoding: raw, as: UTF8.self)
        let fields = ["\(line)", "\(problem.column)", problem.message, record].map(CSVField.quoted)
        try handle.write(contentsOf: Data((fields.joined(separator: ",") + "\n").utf8))
    }

    public func commit() throws {
        try handle.close()
        if FileManager.default.fileExists(atPath: finalPath) { try FileManager.default.removeItem(atPath: finalPath) }
        try FileManager.default.moveItem(atPath: temporaryPath, toPath: finalPath)
    }

    public func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporaryPath)
    }
}
