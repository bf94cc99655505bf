import Foundation
import UptakeCore
import UptakeStoreAPI
@testable import UptakeIngest
import UptakeTestSupport

/// A store's writer that keeps what the pipeline hands it: the batches, and the record it commits.
/// Every row it is given counts as inserted (a localities update as revised), as in an empty store.
final class RecordingWriter: IngestWriter, @unchecked Sendable {
    let localities: LocalityDirectory
    let sectorNames: [Int: String]
    /// The ingest an identical file is reported to repeat (what a store finds by the hash).
    var earlier: Int?
    private(set) var batches: [IngestBatch] = []
    private(set) var committed: IngestRecord?

    init(localities: LocalityDirectory = LocalityDirectory(), sectorNames: [Int: String] = [:], earlier: Int? = nil) {
        (self.localities, self.sectorNames, self.earlier) = (localities, sectorNames, earlier)
    }

    func write(_ batch: IngestBatch) -> IngestCounts {
        batches.append(batch)
        guard case .localities(let writes) = batch else { return IngestCounts(inserted: batch.count) }
        let updates = writes.filter { if case .update = $0 { true } else { false } }.count
        return IngestCounts(inserted: writes.count - updates, revised: updates)
    }

    func endStaging() -> IngestCounts { IngestCounts() }
    func earlierIngest(sha256: String) -> Int? { earlier }
    func commit(_ record: IngestRecord) { committed = record }

    var applications: [ApplicationRow] {
        var all: [ApplicationRow] = []
        for case .applications(let rows) in batches { all += rows }
        return all
    }

    var localityWrites: [LocalityWrite] {
        var all: [LocalityWrite] = []
        for case .localities(let rows) in batches { all += rows }
        return all
    }
}

/// A folder for the inputs and the sample localities (two provinces, three communes) as a store would hold them.
final class PipelineFixture: @unchecked Sendable {
    let dir = TemporaryDirectory()
    let localities: LocalityDirectory

    init() throws {
        let writer = RecordingWriter()
        let path = dir.write("localities.csv", sampleLocalitiesCSV)
        let summary = try IngestPipeline(name: path, format: .csv, options: IngestOptions.todaysUnits(now: "t")).write(try InputFile(path: path), to: writer, rejects: nil)
        precondition(summary.committed, "the sample localities load")
        var directory = LocalityDirectory()
        for case .insert(let id, let l, let parentID) in writer.localityWrites { directory.add(.init(id: id, locality: l, parentID: parentID)) }
        localities = directory
    }

    /// Ingests `bytes` written to `name` with a fresh writer over the sample localities.
    func ingest(_ name: String, bytes: [UInt8], options: IngestOptions = IngestOptions.todaysUnits(now: "2025-08-01T00:00:00Z"),
                writer: RecordingWriter? = nil, scope: IngestScope? = nil) throws -> (IngestSummary, RecordingWriter) {
        let path = dir.write(name, bytes: bytes)
        let writer = writer ?? RecordingWriter(localities: localities)
        let pipeline = IngestPipeline(name: path, format: options.format ?? InputFormat.from(path: path), options: options, scope: scope)
        let rejects = try options.skipInvalid ? RejectFile(path: options.rejectPath ?? path + ".rejects.csv") : nil
        return (try pipeline.write(try InputFile(path: path), to: writer, rejects: rejects), writer)
    }

    func ingest(_ name: String, _ text: String, skipInvalid: Bool = false, kind: InputKind? = nil) throws -> IngestSummary {
        try ingest(name, bytes: Array(text.utf8), options: IngestOptions.todaysUnits(now: "2025-08-01T00:00:00Z", kind: kind, skipInvalid: skipInvalid)).0
    }
}

let header = "date,locality,sector,received,received_online,resolved,resolved_online,synced,on_time\n"
