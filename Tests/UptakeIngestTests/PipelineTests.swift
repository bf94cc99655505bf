import Foundation
import Testing
import UptakeCore
import UptakeStoreAPI
@testable import UptakeIngest
import UptakeTestSupport

/// What the pipeline hands a store's writer, and when it commits: no database, a recording writer.
@Suite struct PipelineTests {
    @Test func validRowsLeaveAsTypedBatchesAndCommitOnce() throws {
        let fixture = try PipelineFixture()
        let (summary, writer) = try fixture.ingest("a.csv", bytes: Array((header + "2025-07-01,00004,land,10,4,8,2,9,7\n2025-07-02,00008,,3,1,,,,\n").utf8))
        #expect(summary.committed && summary.rows == 2 && summary.inserted == 2)
        let rows = writer.applications
        #expect(rows.map(\.localityID) == ["00004", "00008"].map { fixture.localities.id(forCode: $0) })
        #expect(rows.first?.counts == ApplicationCounts(received: 10, receivedOnline: 4, resolved: 8, resolvedOnline: 2, synced: 9, onTime: 7))
        // Two sectors met for the first time ("all" for the row without one), given the next ids in the record.
        #expect(writer.committed?.newSectors.map(\.name).sorted() == ["all", "land"])
        #expect(writer.committed?.sha256.count == 64)
    }

    /// A key repeated in the file is rejected at its line with its record, whichever path checked it.
    @Test func aRepeatedKeyGoesToTheRejectFileAsWritten() throws {
        let fixture = try PipelineFixture()
        let text = header + "2025-07-01,00004,land,1,0,,,,\n2025-07-01,00004,land,2,0,,,,\n"
        let summary = try fixture.ingest("d.csv", text, skipInvalid: true)
        #expect((summary.committed, summary.inserted, summary.rejected) == (true, 1, 1))
        let rejects = try String(contentsOfFile: fixture.dir.file("d.csv.rejects.csv"), encoding: .utf8)
        #expect(rejects == "line,column,reason,record\n3,1,\"duplicate key (2025-07-01, 00004, land): the same date, locality and sector appear earlier in this file\",\"2025-07-01,00004,land,2,0,,,,\"\n")
    }

    /// After the first problem (without skipInvalid) no row reaches the writer, and nothing commits.
    @Test func rowsStopLeavingAtTheFirstProblem() throws {
        let fixture = try PipelineFixture()
        let rows = (1...9).map { "2025-07-0\($0),00004,land,1,0,,,,\n" }.joined()
        let (summary, writer) = try fixture.ingest("e.csv", bytes: Array((header + "2025-06-30,00004,land,1,5,,,,\n" + rows).utf8))
        #expect(summary.errorCount == 1 && summary.rows == 10)
        #expect(writer.batches.isEmpty && writer.committed == nil)
    }

    /// A file the store says it already took, changing nothing, is reported as identical and not committed.
    @Test func anIdenticalFileIsNotCommitted() throws {
        let fixture = try PipelineFixture()
        let writer = RecordingWriter(localities: fixture.localities, earlier: 7)
        final class Unchanged: IngestWriter, @unchecked Sendable {
            let inner: RecordingWriter
            init(_ inner: RecordingWriter) { self.inner = inner }
            var localities: LocalityDirectory { inner.localities }
            var sectorNames: [Int: String] { inner.sectorNames }
            func write(_ batch: IngestBatch) -> IngestCounts { _ = inner.write(batch); return IngestCounts(unchanged: batch.count) }
            func endStaging() -> IngestCounts { IngestCounts() }
            func earlierIngest(sha256: String) -> Int? { inner.earlier }
            func commit(_ record: IngestRecord) { inner.commit(record) }
        }
        let path = fixture.dir.write("same.csv", header + "2025-07-01,00004,land,1,0,,,,\n")
        let summary = try IngestPipeline(name: path, format: .csv, options: IngestOptions.todaysUnits(now: "t")).write(try InputFile(path: path), to: Unchanged(writer), rejects: nil)
        #expect(summary.identicalToIngest == 7 && !summary.committed && summary.unchanged == 1)
        #expect(writer.committed == nil)
    }

    /// The kind comes from the header or the first object's keys, or is forced.
    @Test(arguments: [("i.csv", "start,end,locality,system,kind\n2025-07-03,,00004,one_stop,outage\n", InputKind.incidents),
                      ("r.ndjson", #"{"date":"2025-07-31","locality":"00004","criterion":"digital_signature","value":false}"# + "\n", .readiness),
                      ("a.json", #"[{"date":"2025-07-02","locality":"00004","received":10,"received_online":4}]"#, .applications)])
    func theKindIsRecognised(name: String, text: String, kind: InputKind) throws {
        let fixture = try PipelineFixture()
        let (summary, writer) = try fixture.ingest(name, bytes: Array(text.utf8))
        #expect(summary.kind == kind && summary.committed && writer.committed?.kind == kind)
    }

    /// Bytes streamed in small chunks from a task give the same summary and rows as the file.
    @Test func aStreamedBodyGivesWhatTheFileGives() async throws {
        let fixture = try PipelineFixture()
        let text = header + (1...300).map { "2025-07-\(String(format: "%02d", $0 % 28 + 1)),\(["00004", "00008"][$0 % 2]),s\($0 % 11),\($0),1,,,,\n" }.joined()
        let (fromFile, fileWriter) = try fixture.ingest("s.csv", bytes: Array(text.utf8))
        let source = StreamedSource()
        let bytes = Array(text.utf8)
        let feeding = Task {
            for start in stride(from: 0, to: bytes.count, by: 7) { try await source.chunks.putAwaiting(Array(bytes[start..<min(start + 7, bytes.count)])) }
            source.chunks.finish()
        }
        let writer = RecordingWriter(localities: fixture.localities)
        let pipeline = IngestPipeline(name: fixture.dir.file("s.csv"), format: .csv, options: IngestOptions.todaysUnits(now: "2025-08-01T00:00:00Z"))
        let streamed = try await Task.detached { try pipeline.write(source, to: writer, rejects: nil) }.value
        try await feeding.value
        #expect(streamed == fromFile)
        #expect(writer.applications == fileWriter.applications)
    }

    /// A province's token: a row of another province ends the ingest with a refusal, nothing
    /// committed; so does a localities file.
    @Test func aRowOutsideTheScopeIsRefused() throws {
        let fixture = try PipelineFixture()
        let scope = IngestScope(provinces: ["01"])
        let inside = try fixture.ingest("in.csv", bytes: Array((header + "2025-07-01,00004,land,1,0,,,,\n2025-07-01,01,land,1,0,,,,\n").utf8), scope: scope)
        #expect(inside.0.committed)
        let writer = RecordingWriter(localities: fixture.localities)
        let text = header + "2025-07-01,00004,land,1,0,,,,\n2025-07-01,01273,land,1,0,,,,\n"
        #expect(throws: IngestScope.Refusal.self) { _ = try fixture.ingest("out.csv", bytes: Array(text.utf8), writer: writer, scope: scope) }
        #expect(writer.committed == nil)
        #expect(throws: IngestScope.Refusal.self) {
            _ = try fixture.ingest("l.csv", bytes: Array("code,parent_code,level,name\n01,,province,Hà Nội\n".utf8), scope: scope)
        }
    }

    /// A key repeated far from its first row (past the first batches) is found at its line.
    @Test func aRepeatedKeyFarApartIsFound() throws {
        let fixture = try PipelineFixture()
        let codes = ["00004", "00008", "01273"]
        var lines = (0..<3000).map { i in "\(Day(iso: "2025-01-01")!.advanced(by: i / 3)),\(codes[i % 3]),land,10,4,,,," }
        lines.insert(lines[10], at: 2500)  // line 2502 repeats line 12
        let (summary, writer) = try fixture.ingest("far.csv", bytes: Array((header + lines.joined(separator: "\n") + "\n").utf8))
        #expect(summary.errors.map(\.line) == [2502] && !summary.committed && writer.committed == nil)
        #expect(summary.errors.first?.message.hasPrefix("duplicate key (2025-01-04, 00008, land)") == true)
    }

    /// A forced kind is checked against its own columns.
    @Test func aForcedKindIsCheckedAgainstItsOwnColumns() throws {
        let fixture = try PipelineFixture()
        let text = header + "2025-07-01,00004,land,10,4,,,,\n"
        let forced = try fixture.ingest("a.csv", text, kind: .readiness)
        #expect(!forced.committed && forced.errors.first?.message == "unknown column \"sector\"")
        let right = try fixture.ingest("b.csv", text, kind: .applications)
        #expect(right.committed && right.kind == .applications && right.inserted == 1)
    }
}
