import Foundation
import Testing
import UptakeCore
import UptakeSQLite
import UptakeStoreAPI
import UptakeTestSupport
import UptakeIngest

/// The span of the raw rows (``ApplicationsSpanCache``): read from the month chunks with a shortcut
/// for months whose chunks start on the 1st or end on the last day, and kept until the next ingest.
@Suite struct ApplicationsSpanTests {
    @Test func theSpanFollowsEachIngestWithAndWithoutTheShortcut() async throws {
        let dir = TemporaryDirectory()
        let store = try SQLiteStore(path: dir.file("span.sqlite"))
        defer { try? store.close() }
        func ingest(_ name: String, _ rows: String) async throws {
            let summary = try await store.ingest(path: dir.write(name, header + rows), options: IngestOptions.todaysUnits(now: "t"), progress: nil)
            #expect(summary.committed, "\(name): \(summary.errors)")
        }
        func span() async throws -> [String]? {
            try await store.applicationsSpan().map { [$0.first.description, $0.last.description] }
        }
        _ = try await store.ingest(path: dir.write("localities.csv", sampleLocalitiesCSV), options: IngestOptions.todaysUnits(now: "t"), progress: nil)
        #expect(try await span() == nil)
        // Neither end on a month's edge: the first and last months are read whole; another
        // locality's later first day and earlier last day must not win.
        try await ingest("a.csv", "2025-07-09,00008,land,1,0,,,,\n2025-07-03,00004,land,2,1,,,,\n2025-09-14,00004,land,3,1,,,,\n2025-09-02,00008,land,1,1,,,,\n")
        #expect(try await span() == ["2025-07-03", "2025-09-14"])
        #expect(try await span() == ["2025-07-03", "2025-09-14"], "kept")
        // Each end on a month's edge (September has 30 days), in one locality's chunk only.
        try await ingest("b.csv", "2025-07-01,00008,other,1,0,,,,\n2025-09-30,00004,other,1,0,,,,\n")
        #expect(try await span() == ["2025-07-01", "2025-09-30"], "a new ingest is seen, the kept span is not reused")
        // New months at both ends, on no edge (October's 30th is not its end).
        try await ingest("c.csv", "2025-06-20,00004,land,1,0,,,,\n2025-10-30,00008,land,1,0,,,,\n2025-10-12,00004,land,1,0,,,,\n")
        #expect(try await span() == ["2025-06-20", "2025-10-30"])
        // October's 31st beside chunks that end on the 30th: the shortcut must ask for the 31st.
        try await ingest("d.csv", "2025-10-31,00004,other,1,0,,,,\n")
        #expect(try await span() == ["2025-06-20", "2025-10-31"])
        // A second store on the same file (another process's view) agrees.
        let other = try SQLiteStore(path: dir.file("span.sqlite"))
        defer { try? other.close() }
        #expect(try await other.applicationsSpan().map { [$0.first.description, $0.last.description] } == ["2025-06-20", "2025-10-31"])
    }
}
