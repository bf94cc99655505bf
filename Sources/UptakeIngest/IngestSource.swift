import Foundation
import UptakeCore
import UptakeStoreAPI

/// Where an ingest's bytes come from: a file, or a request body as it arrives. Read once, in
/// order, by the pipeline's parsing thread, which may block on it.
public protocol IngestSource: Sendable {
    /// The size in bytes when known beforehand (for progress), else 0.
    var totalBytes: Int64 { get }
    /// Hands every chunk to `body` in order; returns at the end.
    func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws
}

extension InputFile: IngestSource {
    public var totalBytes: Int64 { size }
    /// Chunks of 1 MiB read into one reused buffer.
    public func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        try forEachChunk(size: 1 << 20, body)
    }
}

/// Bytes that arrive from a task, e.g. a request body streamed by a server: the task puts chunks
/// (`putAwaiting`, bounded, so a fast client waits for the ingest rather than filling memory) and
/// finishes; an error it finishes with (a body over the limit, a client gone) ends the ingest,
/// which then writes nothing.
public final class StreamedSource: IngestSource {
    public let chunks = Handoff<[UInt8]>(capacity: 8)
    public let totalBytes: Int64

    public init(totalBytes: Int64 = 0) { self.totalBytes = totalBytes }

    public func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        do {
            while let chunk = try chunks.take() { try chunk.withUnsafeBytes(body) }
        } catch {
            chunks.cancel()  // the feeding task stops at its next put
            throw error
        }
    }
}
