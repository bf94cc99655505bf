import Foundation
import GRDB
import Synchronization
import UptakeCore
import UptakeStoreAPI

/// SQLite's `PRAGMA data_version` on a connection of its own that never writes: the number changes
/// whenever any other connection commits (this process's ingest, or `uptake ingest` in another
/// process on the same file). Values of one connection only are comparable, hence one connection,
/// opened read-only on first use and kept.
final class DataVersionProbe: Sendable {
    private let connection = Mutex<DatabaseQueue?>(nil)

    func version(path: String) async throws -> Int64 {
        let queue = try connection.withLock { open -> DatabaseQueue in
            if let open { return open }
            var config = Configuration()
            config.readonly = true
            config.busyMode = .timeout(10)
            let queue = try DatabaseQueue(path: ReadOnlyOpen.location(path, access: ReadOnlyOpen.check(path)), configuration: config)
            open = queue
            return queue
        }
        // One statement in autocommit, prepared once: no transaction around it (GRDB's read would add one).
        return try await queue.unsafeRead { db in try Int64.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? 0 }
    }

    /// Closes the connection, if it was opened (``SQLiteStore/close()``: the last connection to close
    /// is the one that may remove the -wal).
    func close() {
        connection.withLock { open in
            try? open?.close()
            open = nil
        }
    }
}

extension SQLiteStore: DataVersioned {
    public func dataVersion() async throws -> Int64 {
        try await versionProbe.version(path: path)
    }
}

extension SQLiteStore {
    /// Every one: plan tasks, read-only SQL, the file's data version and pre-reform applications.
    public var capabilities: StoreCapabilities { StoreCapabilities(planTasks: self, readOnlySQL: self, dataVersion: self, preReform: self) }
}

extension SQLiteStore: ReadOnlySQLStore {
    /// `uptake sql`'s statement (read-only connection, authorizer, progress-handler interrupt), on a
    /// thread of its own: it blocks for up to `timeLimit` seconds, which no cooperative thread may.
    /// Cancelling the calling task (a client that went away) stops it at its next progress check,
    /// with `CancellationError`.
    public func readOnlyQuery(_ sql: String, timeLimit: Double, maxRows: Int) async throws -> SQLRows {
        let cancellation = QueryCancellation()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                DispatchQueue.global(qos: .userInitiated).async {
                    continuation.resume(with: Result {
                        var rows: [[String?]] = []
                        let limits = QueryLimits(maxSeconds: timeLimit, maxResultBytes: QueryLimits.heldResultBytes)
                        let columns = try self.query(sql: sql, limits: limits, cancellation: cancellation) { row in
                            guard rows.count < maxRows else {
                                throw QueryError("the result has more than \(maxRows) rows", hint: "add a LIMIT, or aggregate with GROUP BY", code: .refused)
                            }
                            rows.append(row)
                        }
                        return SQLRows(columns: columns, rows: rows)
                    })
                }
            }
        } onCancel: {
            cancellation.cancel()
        }
    }
}
