import UptakeCore
import UptakeStoreAPI

extension Table {
    /// What `uptake ingest` writes per file in CSV and JSON (and the server's ingest answers).
    public init(ingests: [IngestSummary]) {
        self.init(columns: ["path", "kind", "format", "rows", "inserted", "revised", "unchanged", "rejected", "errors", "committed", "identical_to_ingest"],
                  rows: ingests.map { s in
                      [.text(s.path), .text(s.kind.rawValue), .text(s.format.rawValue), .integer(Int64(s.rows)), .integer(Int64(s.inserted)),
                       .integer(Int64(s.revised)), .integer(Int64(s.unchanged)), .integer(Int64(s.rejected)), .integer(Int64(s.errorCount)),
                       .text(s.committed ? "true" : "false"), s.identicalToIngest.map { .integer(Int64($0)) } ?? .empty]
                  })
    }
}
