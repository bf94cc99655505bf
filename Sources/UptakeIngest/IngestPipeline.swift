import Crypto
import Foundation
import Synchronization
import UptakeCore
import UptakeStoreAPI

/// The one ingest every store and every caller shares (the CLI's `ingest` and `init`, the server's
/// upload): it reads the bytes, recognises the kind, checks every row, finds keys repeated within
/// the file, counts, writes the reject file, and hands typed batches to the store's
/// ``IngestWriter`` inside one transaction: the file is written whole or not at all (unless
/// `skipInvalid`).
///
/// Parsing and checking run on a thread of their own while the store writes on its thread, the
/// two joined by a bounded queue (``Handoff``), so both cores work and memory stays bounded.
///
/// ```swift
/// let summary = try await store.ingest(path: "july.csv", options: IngestOptions(now: now))
/// ```
public struct IngestPipeline: Sendable {
    /// The name of the input in messages and in the `ingests` table.
    public var name: String
    public var format: InputFormat
    public var options: IngestOptions
    /// The provinces an upload is limited to, or `nil`.
    public var scope: IngestScope?
    public var progress: (@Sendable (IngestProgress) -> Void)?

    public init(name: String, format: InputFormat, options: IngestOptions, scope: IngestScope? = nil,
                progress: (@Sendable (IngestProgress) -> Void)? = nil) {
        (self.name, self.format, self.options, self.scope, self.progress) = (name, format, options, scope, progress)
    }

    /// Batches waiting between the parsing thread and the store's.
    static let queuedBatches = 4

    var start: IngestStart { IngestStart(path: name, kind: options.kind ?? .applications, format: format, now: options.now, units: options.units ?? .current) }

    func makeRejects() throws -> RejectFile? {
        try options.skipInvalid ? RejectFile(path: options.rejectPath ?? name + ".rejects.csv") : nil
    }

    /// Ingests `source` into `store`.
    package func run(_ source: some IngestSource, into store: some IngestingStore) async throws -> IngestSummary {
        let rejects = try makeRejects()
        do {
            return try await store.withIngestWriter(start) { writer in try self.write(source, to: writer, rejects: rejects) }
        } catch {
            rejects?.discard()
            throw error
        }
    }

    /// The same, on the caller's thread, for a store that can block (tests, tools).
    package func runNow(_ source: some IngestSource, into store: some BlockingIngestingStore) throws -> IngestSummary {
        let rejects = try makeRejects()
        do {
            return try store.withIngestWriterNow(start) { writer in try self.write(source, to: writer, rejects: rejects) }
        } catch {
            rejects?.discard()
            throw error
        }
    }

    /// The body of the transaction, on the store's thread.
    func write(_ source: some IngestSource, to writer: any IngestWriter, rejects: RejectFile?) throws -> IngestSummary {
        let relay = progress.map { ProgressRelay(total: source.totalBytes, report: $0) }
        let batches = Handoff<IngestBatch>(capacity: IngestPipeline.queuedBatches)
        let checker = RowChecker(path: name, format: format, options: options, scope: scope, directory: writer.localities,
                                 sectorNames: writer.sectorNames, rejects: rejects, emit: { try batches.put($0) })
        let parsed = ParsedFile()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread { [format] in
            defer { done.signal() }
            do {
                parsed.set(try Self.parse(source, format: format, checker: checker, relay: relay))
                batches.finish()
            } catch {
                batches.finish(throwing: error)
            }
        }
        thread.stackSize = 1 << 22
        thread.start()

        var counts = IngestCounts()
        var written = 0
        var committed = false
        defer { if !committed { rejects?.discard() } }
        do {
            while let batch = try batches.take() {
                counts += try writer.write(batch)
                written += batch.count
                relay?.wrote(written)
            }
        } catch {
            batches.cancel()
            done.wait()
            throw error
        }
        done.wait()
        // The parsing thread has ended: its checker is this thread's now.
        let (sha256, isEmpty) = parsed.value ?? ("", false)
        if isEmpty { checker.report(RowProblem(line: 1, column: 0, message: "the file is empty", hint: "expected a header row (or JSON objects) and data rows")) }
        var summary = checker.summary
        summary.sha256 = sha256
        if summary.errorCount > 0, !options.skipInvalid { return summary }
        counts += try writer.endStaging()
        counts.unchanged += checker.unchangedLocalities
        (summary.inserted, summary.revised, summary.unchanged) = (counts.inserted, counts.revised, counts.unchanged)
        if counts.inserted == 0, counts.revised == 0, let earlier = try writer.earlierIngest(sha256: sha256) {
            summary.identicalToIngest = earlier
            return summary
        }
        try writer.commit(IngestRecord(kind: summary.kind, sha256: sha256, rows: summary.rows, counts: counts,
                                       rejected: summary.rejected, newSectors: checker.sectors.added))
        if let rejects {
            try rejects.commit()
            summary.rejectFile = rejects.finalPath
        }
        committed = true
        summary.committed = true
        return summary
    }

    /// Reads, hashes and parses the whole source on the parsing thread; returns the SHA-256 and
    /// whether the file held no record.
    static func parse(_ source: some IngestSource, format: InputFormat, checker: RowChecker, relay: ProgressRelay?) throws -> (String, Bool) {
        var hasher = SHA256()
        var row = RawRow()
        var csv = CSVParser()
        var json = JSONRecordParser(mode: format == .ndjson ? .lines : .array)
        var read: Int64 = 0
        let handle = checker.handle
        try source.forEachChunk { chunk in
            hasher.update(bufferPointer: chunk)
            read += Int64(chunk.count)
            if format == .csv { try csv.feed(chunk, row: &row, handle) } else { try json.feed(chunk, row: &row, handle) }
            relay?.read(read)
        }
        if format == .csv { try csv.finish(row: &row, handle) } else { try json.finish(row: &row, handle) }
        try checker.flush()
        let digest = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        return (digest, format == .csv ? csv.isEmptyFile : json.isEmptyFile)
    }
}

/// What the parsing thread hands back when it ends.
private final class ParsedFile: Sendable {
    private let state = Mutex<(String, Bool)?>(nil)
    func set(_ value: (String, Bool)) { state.withLock { $0 = value } }
    var value: (String, Bool)? { state.withLock { $0 } }
}

/// Merges the two threads' reports into one ``IngestProgress`` for the caller.
final class ProgressRelay: Sendable {
    private let state: Mutex<IngestProgress>
    private let report: @Sendable (IngestProgress) -> Void

    init(total: Int64, report: @escaping @Sendable (IngestProgress) -> Void) {
        state = Mutex(IngestProgress(bytesRead: 0, totalBytes: total, rowsWritten: 0))
        self.report = report
    }

    func read(_ bytes: Int64) { report(state.withLock { $0.bytesRead = bytes; return $0 }) }
    func wrote(_ rows: Int) { report(state.withLock { $0.rowsWritten = rows; return $0 }) }
}

extension IngestingStore {
    /// Reads, checks and writes one input file: all of it or, on an invalid row, none of it (unless
    /// `options.skipInvalid`). The format is `options.format`, or taken from the file name.
    public func ingest(path: String, options: IngestOptions, progress: (@Sendable (IngestProgress) -> Void)? = nil) async throws -> IngestSummary {
        let file = try InputFile(path: path)  // a missing or unreadable file is reported before anything starts
        let pipeline = IngestPipeline(name: path, format: options.format ?? InputFormat.from(path: path), options: options, progress: progress)
        return try await pipeline.run(file, into: self)
    }
}

extension BlockingIngestingStore {
    /// The same ingest, on the caller's thread (it blocks until the file is written).
    public func ingestNow(path: String, options: IngestOptions, progress: (@Sendable (IngestProgress) -> Void)? = nil) throws -> IngestSummary {
        let file = try InputFile(path: path)
        let pipeline = IngestPipeline(name: path, format: options.format ?? InputFormat.from(path: path), options: options, progress: progress)
        return try pipeline.runNow(file, into: self)
    }
}
