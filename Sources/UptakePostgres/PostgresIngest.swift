import Foundation
import PostgresNIO
import Synchronization
import UptakeCore
import UptakeStoreAPI

extension PostgresStore {
    /// One ingest's transaction on one pooled connection. Ingests run one at a time (a
    /// transaction-level advisory lock); readers go on reading the last committed state meanwhile.
    /// `body` runs on a thread of its own; the writer's calls wait there for the connection's work.
    package func withIngestWriter<T: Sendable>(_ start: IngestStart, _ body: @escaping @Sendable (any IngestWriter) throws -> T) async throws -> T {
        if let readOnlyReason {
            throw QueryError("cannot ingest: \(readOnlyReason)", hint: "upgrade uptake to write to this database, or ingest into another one", code: .io)
        }
        // The body's own errors (a refusal, a file that cannot be read) reach the caller as they are;
        // only the connection's are described as PostgreSQL errors.
        let outcome: Result<T, any Error> = try await withConnection { connection in
            let logger = self.logger
            _ = try await connection.query("BEGIN", logger: logger).collect()
            var writer: PostgresIngestWriter?
            do {
                _ = try await connection.query("SELECT pg_advisory_xact_lock(\(PostgresSchema.ingestLockKey))", logger: logger).collect()
                let directory = try await self.loadDirectory(connection)
                let sectors = try await self.sectorNames(connection)
                // Numbered as SQLite numbers them (the next after the last committed; the lock makes it safe).
                var ingestID = 0
                for try await id in try await connection.query("""
                    INSERT INTO ingests (id, path, sha256, kind, format, ingested_at)
                    SELECT COALESCE(MAX(id), 0) + 1, \(start.path), '', \(start.kind.rawValue), \(start.format.rawValue), \(start.now) FROM ingests
                    RETURNING id
                    """, logger: logger).decode(Int.self) { ingestID = id }
                _ = try await connection.query("""
                    CREATE TEMPORARY TABLE stage_applications (day integer NOT NULL, locality_id integer NOT NULL, sector_id integer NOT NULL,
                        month integer NOT NULL, received integer NOT NULL, received_online integer NOT NULL, resolved integer,
                        resolved_online integer, synced integer, on_time integer)
                    ON COMMIT DROP
                    """, logger: logger).collect()
                let w = PostgresIngestWriter(connection: connection, logger: logger, ingestID: ingestID, localities: directory, sectorNames: sectors,
                                             units: start.units)
                writer = w
                let result = await PostgresIngestWriter.onThread { Result { try body(w) } }
                try await w.close()
                let commit = w.committed && (try? result.get()) != nil
                _ = try await connection.query(commit ? "COMMIT" : "ROLLBACK", logger: logger).collect()
                return result
            } catch {
                try? await writer?.close()
                _ = try? await connection.query("ROLLBACK", logger: logger).collect()
                throw error
            }
        }
        // A statement of the writer's that PostgreSQL refused is described as the connection's are.
        return try outcome.mapError { $0 is PSQLError ? PostgresStore.describe($0, url: url) : $0 }.get()
    }
}

/// Writes checked batches in one PostgreSQL transaction: applications rows are streamed with
/// `COPY … FROM STDIN (FORMAT binary)` (``BinaryCopyEncoder``) into a temporary staging table,
/// counted against the stored rows, and merged at commit with one `INSERT` (a plain one when every
/// row is new, otherwise `… ON CONFLICT`), the aggregates moved by the differences; the other kinds
/// are written row by row. A file in pre-reform units takes the same staging, its rows keyed by the
/// old unit's index, and merges into `applications_pre2025` instead (PostgresPreReformIngest.swift).
// Sendable by hand-off: its calls come from one thread at a time (see ``IngestWriter``).
final class PostgresIngestWriter: IngestWriter, @unchecked Sendable {
    let connection: PostgresConnection
    let logger: Logger
    let ingestID: Int
    let localities: LocalityDirectory
    let sectorNames: [Int: String]
    /// A file in pre-reform units: applications rows go to `applications_pre2025`; incidents and
    /// readiness rows come already moved to today's units and keep the old unit's code (``OldUnitMark``).
    let preReform: Bool
    private(set) var committed = false

    // The staging COPY, open from the first applications batch to `endStaging`.
    private var copy = BinaryCopyEncoder()
    private var copyChannel: CopyFeed?
    private var copyTask: Task<Void, any Error>?
    var staged = 0
    /// How many staged rows have no stored row of their key (counted before the merge).
    var stagedNew = 0
    /// The months of the staged rows: each needs its partition of `applications`.
    var stagedMonths = Set<Int>()
    var treeChanged = false

    init(connection: PostgresConnection, logger: Logger, ingestID: Int, localities: LocalityDirectory, sectorNames: [Int: String], units: UnitVintage) {
        (self.connection, self.logger, self.ingestID, self.localities, self.sectorNames) = (connection, logger, ingestID, localities, sectorNames)
        preReform = units == .pre2025
    }

    func sql(_ query: PostgresQuery) async throws { _ = try await connection.query(query, logger: logger).collect() }

    func write(_ batch: IngestBatch) throws -> IngestCounts {
        switch batch {
        case .applications(let rows):
            try stage(rows)
            return IngestCounts()
        case .incidents(let rows): return try blocking { try await self.writeIncidents(rows) }
        case .readiness(let rows): return try blocking { try await self.writeReadiness(rows) }
        case .tasks(let rows): return try blocking { try await self.writeTasks(rows) }
        case .localities(let writes): return try blocking { try await self.writeLocalities(writes) }
        }
    }

    func endStaging() throws -> IngestCounts {
        guard let channel = copyChannel, let task = copyTask else { return IngestCounts() }
        copy.finish()
        channel.end(with: copy.take())
        copyChannel = nil
        try blocking { try await task.value }
        return try blocking { try await self.preReform ? self.countPreReform() : self.countApplications() }
    }

    func earlierIngest(sha256: String) throws -> Int? {
        try blocking {
            for try await earlier in try await self.connection.query("""
                SELECT id FROM ingests WHERE sha256 = \(sha256) AND id <> \(self.ingestID) ORDER BY id LIMIT 1
                """, logger: self.logger).decode(Int.self) {
                return earlier
            }
            return nil
        }
    }

    func commit(_ record: IngestRecord) throws {
        try blocking {
            try await self.preReform ? self.mergePreReform() : self.mergeApplications()
            for (id, name) in record.newSectors { try await self.sql("INSERT INTO sectors (id, name) VALUES (\(id), \(name))") }
            if self.treeChanged { try await self.rebuildAggregates() }
            let c = record.counts
            try await self.sql("""
                UPDATE ingests SET sha256 = \(record.sha256), kind = \(record.kind.rawValue), rows = \(record.rows), inserted = \(c.inserted),
                    revised = \(c.revised), unchanged = \(c.unchanged), rejected = \(record.rejected) WHERE id = \(self.ingestID)
                """)
        }
        committed = true
    }

    // MARK: The staging COPY

    static let stageColumns = ["day", "locality_id", "sector_id", "month"] + PostgresSchema.countColumns

    /// postgres-nio 1.33 offers COPY in text format only: it builds `COPY "<table>"(<columns>) FROM
    /// STDIN WITH (FORMAT text)`, inserting the table name as given. So the whole head of the binary
    /// statement is passed as the name, ending in a line comment that leaves the library's own
    /// `FROM STDIN WITH (FORMAT text)` without effect. Were a later postgres-nio to quote the name,
    /// every PostgreSQL ingest (and so every PostgreSQL test) would fail at this statement.
    static let binaryCopyHead = #"stage_applications"(\#(stageColumns.joined(separator: ", "))) FROM STDIN WITH (FORMAT binary) -- "#

    /// Encodes rows for the COPY and hands them to the connection's task, which sends them while
    /// the pipeline checks the next ones.
    private func stage(_ rows: [ApplicationRow]) throws {
        let channel: CopyFeed
        if let open = copyChannel {
            channel = open
        } else {
            channel = CopyFeed()
            copyChannel = channel
            let connection = self.connection, logger = self.logger
            copyTask = Task {
                do {
                    try await connection.copyFrom(table: Self.binaryCopyHead, logger: logger) { writer in
                        for await buffer in channel.buffers {
                            try await writer.write(buffer)
                            channel.sent()
                        }
                    }
                } catch {
                    channel.fail()
                    throw error
                }
            }
        }
        for value in rows {
            let c = value.counts
            copy.beginRow(fields: Int16(Self.stageColumns.count))
            copy.append(Int32(truncatingIfNeeded: value.day.number))
            copy.append(Int32(truncatingIfNeeded: value.localityID))
            copy.append(Int32(truncatingIfNeeded: value.sectorID))
            let month = MonthNumber.of(value.day)
            stagedMonths.insert(month)
            copy.append(Int32(truncatingIfNeeded: month))
            // Counts are at most DataDomain.maxCount (< 2³¹), so the conversions are exact.
            copy.append(Int32(c.received))
            copy.append(Int32(c.receivedOnline))
            copy.append(c.resolved.map { Int32($0) })
            copy.append(c.resolvedOnline.map { Int32($0) })
            copy.append(c.synced.map { Int32($0) })
            copy.append(c.onTime.map { Int32($0) })
        }
        staged += rows.count
        do {
            try channel.put(copy.take())
        } catch {
            // The COPY failed: its own error says why.
            if let task = copyTask { try blocking { try await task.value } }
            throw error
        }
    }

    /// Ends a COPY still open (an ingest that stopped early), so the transaction can roll back.
    func close() async throws {
        guard let channel = copyChannel, let task = copyTask else { return }
        copyChannel = nil
        copy.finish()
        channel.end(with: copy.take())
        _ = try? await task.value
    }

    // MARK: Threads

    /// Runs `work` on a new thread, where it may block on ``blocking(_:)``.
    static func onThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: work()) }
            thread.stackSize = 1 << 22
            thread.start()
        }
    }

    /// Waits on this (non-cooperative) thread for `work` to finish on the connection's task.
    func blocking<R: Sendable>(_ work: @escaping @Sendable () async throws -> R) throws -> R {
        let outcome = Mutex<Result<R, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            let result: Result<R, any Error>
            do { result = .success(try await work()) } catch { result = .failure(error) }
            outcome.withLock { $0 = result }
            done.signal()
        }
        done.wait()
        guard let result = outcome.withLock({ $0 }) else { preconditionFailure("the task set its outcome") }
        return try result.get()
    }
}

/// The encoded rows on their way from the writer's thread to the COPY's task, at most `capacity`
/// buffers at a time: the thread waits for a free slot, the task frees one per buffer sent.
final class CopyFeed: Sendable {
    let buffers: AsyncStream<ByteBuffer>
    private let continuation: AsyncStream<ByteBuffer>.Continuation
    private let slots: DispatchSemaphore
    private let failed = Mutex(false)

    init(capacity: Int = 4) {
        (buffers, continuation) = AsyncStream.makeStream(of: ByteBuffer.self)
        slots = DispatchSemaphore(value: capacity)
    }

    /// Queues a buffer, waiting for a slot; throws once the COPY has failed.
    func put(_ buffer: ByteBuffer) throws {
        slots.wait()
        if failed.withLock({ $0 }) { slots.signal(); throw CancellationError() }
        continuation.yield(buffer)
    }

    /// Queues the last buffer (no wait) and ends the stream.
    func end(with buffer: ByteBuffer) {
        continuation.yield(buffer)
        continuation.finish()
    }

    func sent() { slots.signal() }

    /// The COPY ended in error: a thread waiting for a slot wakes and throws.
    func fail() {
        failed.withLock { $0 = true }
        slots.signal()
    }
}
