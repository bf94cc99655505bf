import Foundation
import GRDB
import Synchronization
import UptakeCore
import UptakeStoreAPI

/// Reads one input file in chunks, checks every row and writes it inside one transaction: a file is
/// written whole or not at all (unless `skipInvalid`), and a process killed mid-way leaves the
/// database as it was (WAL journal).
struct FileIngest {
    let path: String
    let options: IngestOptions
    let progress: (@Sendable (IngestProgress) -> Void)?

    static let chunkSize = 1 << 20

    func run(_ queue: some DatabaseWriter) throws -> IngestSummary {
        let file = try InputFile(path: path)  // a missing or unreadable file is reported before anything starts
        let format = options.format ?? InputFormat.from(path: path)
        var summary = IngestSummary(path: path, kind: options.kind ?? .applications, format: format)
        var rejects = try options.skipInvalid ? RejectWriter(path: options.rejectPath ?? path + ".rejects.csv") : nil
        let relay: ProgressRelay? = progress.map { ProgressRelay(total: file.size, report: $0) }
        var readProgress: (@Sendable (Int64, Int64) -> Void)?
        if let relay { readProgress = { read, _ in relay.read(read) } }

        try queue.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                try db.execute(sql: "INSERT INTO ingests (path, sha256, kind, format, ingested_at) VALUES (?, '', ?, ?, ?)",
                               arguments: [path, summary.kind.rawValue, format.rawValue, options.now])
                let ingestID = Int(db.lastInsertedRowID)
                let sectors = try SectorTable(db)
                let directory = try LocalityDirectory(db)
                var state = RowDispatcher(db: db, ingestID: ingestID, options: options, summary: summary, sectors: sectors, directory: directory)
                let producer = RecordProducer(.init(file: file, format: format, forcedKind: options.kind, directory: directory,
                                                    sectors: sectors, progress: readProgress))
                do {
                    var checked: [(ApplicationRow, line: Int, dateColumn: Int)] = []
                    while let batch = producer.next() {
                        for item in batch {
                            switch item {
                            case .fast(let value, let line, let column): checked.append((value, line, column))
                            case .event(let problem, var row):
                                try state.handleFast(checked, &rejects)
                                checked.removeAll(keepingCapacity: true)
                                try state.handle(problem.map { .problem($0) } ?? .record, &row, &rejects)
                            }
                        }
                        try state.handleFast(checked, &rejects)
                        checked.removeAll(keepingCapacity: true)
                        relay?.wrote(state.summary.rows)
                    }
                } catch {
                    producer.cancel()
                    throw error
                }
                let produced = producer.outcome
                if let error = produced.error { throw error }
                if produced.isEmptyFile {
                    state.report(RowProblem(line: 1, column: 0, message: "the file is empty",
                                            hint: "expected a header row (or JSON objects) and data rows"))
                }
                try state.finish()
                summary = state.summary
                summary.sha256 = produced.sha256

                if summary.errorCount > 0, !options.skipInvalid { return .rollback }
                if summary.inserted == 0, summary.revised == 0,
                   let earlier = try Int.fetchOne(db, sql: "SELECT id FROM ingests WHERE sha256 = ? AND id <> ? ORDER BY id LIMIT 1",
                                                  arguments: [summary.sha256, ingestID]) {
                    summary.identicalToIngest = earlier
                    return .rollback
                }
                try sectors.writeNew(db)
                try db.execute(sql: """
                    UPDATE ingests SET sha256 = ?, kind = ?, rows = ?, inserted = ?, revised = ?, unchanged = ?, rejected = ? WHERE id = ?
                    """, arguments: [summary.sha256, summary.kind.rawValue, summary.rows, summary.inserted, summary.revised,
                                     summary.unchanged, summary.rejected, ingestID])
                if var r = rejects {
                    try r.commit()
                    summary.rejectFile = r.finalPath
                    rejects = nil
                }
                summary.committed = true
                return .commit
            }
        }
        rejects?.discard()
        return summary
    }
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
