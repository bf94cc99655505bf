import PostgresNIO
import UptakeStoreAPI

/// The server keeps its answers per data version (see ``DataVersioned``). PostgreSQL's write-ahead
/// log position grows with every commit of every session, so a commit anywhere (an ingest, an
/// alert check, another analyst's process) gives a new version without a table or a trigger to keep.
/// It also moves on background writes (autovacuum, checkpoints): those only cost a recomputation.
extension PostgresStore {
    /// Plan tasks, the data version and pre-reform data; no read-only SQL yet (`POST /api/v1/sql` answers 501).
    public var capabilities: StoreCapabilities { StoreCapabilities(planTasks: self, dataVersion: self, preReform: self) }
}

extension PostgresStore: DataVersioned {
    public func dataVersion() async throws -> Int64 {
        try await withConnection { connection in
            for try await version in try await connection.query("SELECT (pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::bigint", logger: self.logger)
                .decode(Int64.self) {
                return version
            }
            return 0
        }
    }
}
