import Foundation
import Testing
import UptakeCore
import UptakeStoreAPI
@testable import UptakeIngest
import UptakeTestSupport

/// The committed corpus of hostile inputs in `BadInputs/`: each `NAME.EXT` (csv, json or ndjson) is
/// run through the pipeline over the sample localities, and `NAME.expected` pins the outcome.
///
/// `NAME.expected` holds `exit N` (the status `uptake ingest` gives: 1 for invalid data, 0 for a
/// committed file) and then the first problem, `NAME.EXT:line:column: message`. A refused file is
/// never committed (the stores' tests show that an uncommitted ingest leaves every table as it was).
@Suite struct BadInputCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("BadInputs")

    static var inputs: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasSuffix(".expected") }.sorted()
    }

    @Test func theCorpusIsThere() {
        #expect(BadInputCorpusTests.inputs.count >= 15)
        for name in BadInputCorpusTests.inputs {
            let expected = BadInputCorpusTests.folder.appendingPathComponent((name as NSString).deletingPathExtension + ".expected")
            #expect(FileManager.default.fileExists(atPath: expected.path), "\(name) has no .expected file")
        }
    }

    @Test(arguments: inputs)
    func refusedWithItsMessage(name: String) throws {
        let base = (name as NSString).deletingPathExtension
        let expected = try String(contentsOf: BadInputCorpusTests.folder.appendingPathComponent(base + ".expected"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let fixture = try PipelineFixture()
        let bytes = try Data(contentsOf: BadInputCorpusTests.folder.appendingPathComponent(name))
        let (summary, writer) = try fixture.ingest(name, bytes: Array(bytes))
        let exit = summary.committed || summary.identicalToIngest != nil ? 0 : 1
        #expect("exit \(exit)" == expected.first, "\(name)")
        let first = summary.errors.first.map { "\($0.location): \($0.message)" }
        #expect(first == expected.dropFirst().first.map { fixture.dir.file("") + $0 }, "\(name)")
        #expect((writer.committed != nil) == (exit == 0), "\(name): a refused file is never committed")
    }
}
