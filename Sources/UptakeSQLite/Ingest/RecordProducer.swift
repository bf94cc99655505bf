import Crypto
import Foundation
import UptakeCore
import UptakeStoreAPI

/// One parsed record on its way from the parsing thread to the database thread.
enum ParsedItem: Sendable {
    /// An applications row the hot path has already checked.
    case fast(ApplicationRow, line: Int, dateColumn: Int)
    /// Any other record (a header, another kind, a row the hot path was unsure of), or a problem.
    case event(RowProblem?, RawRow)
}

/// What the parsing thread learnt about the whole file.
struct ProducerOutcome: Sendable {
    var sha256 = ""
    var isEmptyFile = false
    var error: IngestError?
}

/// Reads, hashes and parses a file on a thread of its own, checking applications rows on the fast
/// path there too, and hands batches to the database thread through a bounded queue: parsing runs
/// on the second core while SQLite works on the first, and memory stays bounded.
final class RecordProducer: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [[ParsedItem]] = []
    private var done = false
    private var cancelled = false
    private(set) var outcome = ProducerOutcome()
    static let capacity = 4
    static let batchSize = 2048

    struct Setup: Sendable {
        let file: InputFile
        let format: InputFormat
        let forcedKind: InputKind?
        let directory: LocalityDirectory
        let sectors: SectorTable
        let progress: (@Sendable (Int64, Int64) -> Void)?
    }

    init(_ setup: Setup) {
        let thread = Thread { [self] in self.produce(setup) }
        thread.stackSize = 1 << 22
        thread.start()
    }

    /// The next batch, or `nil` when the file is done.
    func next() -> [ParsedItem]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !done { condition.wait() }
        if batches.isEmpty { return nil }
        let batch = batches.removeFirst()
        condition.broadcast()
        return batch
    }

    /// Stops the parsing thread early (the database thread failed) and waits for it to end.
    func cancel() {
        condition.lock()
        cancelled = true
        batches.removeAll()
        condition.broadcast()
        while !done { condition.wait() }
        condition.unlock()
    }

    private func put(_ batch: [ParsedItem]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= RecordProducer.capacity && !cancelled { condition.wait() }
        if cancelled { return false }
        batches.append(batch)
        condition.broadcast()
        return true
    }

    private func finish(_ result: ProducerOutcome) {
        condition.lock()
        outcome = result
        done = true
        condition.broadcast()
        condition.unlock()
    }

    private struct Stop: Error {}

    private func produce(_ s: Setup) {
        var result = ProducerOutcome()
        var batch: [ParsedItem] = []
        batch.reserveCapacity(RecordProducer.batchSize)
        // A local cache of the last sector seen keeps the shared table's lock off most rows.
        var lastSector: ([UInt8], Int) = ([], -1)
        let validator = RowValidator(resolveLocality: { s.directory.id(forCodeBytes: $0) }, resolveSector: { b in
            if lastSector.0.elementsEqual(b) { return lastSector.1 }
            let id = s.sectors.id(for: b)
            lastSector = (Array(b), id)
            return id
        })
        var columns: ApplicationColumns?
        var sawHeader = s.format != .csv
        func emit(_ item: ParsedItem) throws {
            batch.append(item)
            if batch.count >= RecordProducer.batchSize {
                guard put(batch) else { throw Stop() }
                batch.removeAll(keepingCapacity: true)
            }
        }
        func handle(_ event: CSVParser.Event, _ row: inout RawRow) throws {
            if case .problem(let p) = event { return try emit(.event(p, row)) }
            if !sawHeader {
                sawHeader = true
                let names = (0..<row.fieldCount).map { row.text($0) }
                if (s.forcedKind ?? InputKind.recognise(fields: names)) == .applications {
                    let (map, problems) = FieldMap.build(names: names, columns: row.columns, schema: InputKind.applications.schema, line: row.line)
                    if problems.isEmpty { columns = ApplicationColumns(map); header = row.fieldCount }
                    allSector = Array(Sector.all.name.utf8).withUnsafeBytes { s.sectors.id(for: $0) }
                }
                return try emit(.event(nil, row))
            }
            if let c = columns, row.fieldCount == header, let value = validator.fastApplication(row, columns: c, allSectorID: allSector) {
                return try emit(.fast(value, line: row.line, dateColumn: c.date.map { row.columns[$0] } ?? 1))
            }
            try emit(.event(nil, row))
        }
        var header = 0
        var allSector = 0
        do {
            let file = s.file
            var hasher = SHA256()
            var row = RawRow()
            var csv = CSVParser()
            var json = JSONRecordParser(mode: s.format == .ndjson ? .lines : .array)
            var read: Int64 = 0
            try file.forEachChunk(size: FileIngest.chunkSize) { chunk in
                hasher.update(bufferPointer: chunk)
                read += Int64(chunk.count)
                if s.format == .csv { try csv.feed(chunk, row: &row, handle) } else { try json.feed(chunk, row: &row, handle) }
                s.progress?(read, file.size)
            }
            if s.format == .csv { try csv.finish(row: &row, handle) } else { try json.finish(row: &row, handle) }
            if !batch.isEmpty, !put(batch) { throw Stop() }
            result.isEmptyFile = s.format == .csv ? csv.isEmptyFile : json.isEmptyFile
            result.sha256 = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        } catch let e as IngestError {
            result.error = e
        } catch {
            // Stop: the database thread cancelled; nothing to report.
        }
        finish(result)
    }
}
