import Foundation
import PostgresNIO
import Synchronization
import UptakeCore
import UptakeStoreAPI

/// The store on PostgreSQL, for a shared deployment: many analysts read while ingests write, each
/// query on a connection of a pool (postgres-nio's `PostgresClient`), every value bound as a
/// parameter. The schema and the answers are SQLite's (`UptakeSQLite`); both pass the same
/// conformance suite.
///
/// ```swift
/// let store = try await PostgresStore(url: PostgresURL("postgres://uptake@localhost/uptake"))
/// defer { store.close() }
/// let july = try await store.sums(SumsQuery(units: .provinces, range: DayRange(period: "2025-07")!, grain: .month))
/// ```
public final class PostgresStore: IngestingStore {
    public let url: PostgresURL
    let client: PostgresClient
    private let runner: Task<Void, Never>
    let logger: Logger
    /// Why the database is not written to (a newer Uptake migrated it), or `nil`.
    public let readOnlyReason: String?
    /// The locality tree as read after ingest `ingest` (see ``directory(_:)``).
    private let directoryCache = Mutex<(ingest: Int, directory: LocalityDirectory)?>(nil)

    /// Connects once to bring the schema up to date, then opens the pool (which connects as queries need it).
    /// The first connection is the pool's check too: a server that refuses it (down, wrong port, wrong user)
    /// fails at once with its reason, where the pool retried for about a minute and then reported only that
    /// its circuit breaker had tripped.
    public init(url: PostgresURL) async throws {
        self.url = url
        var logger = Logger(label: "uptake.postgres")
        logger.logLevel = .critical  // failures reach the caller as thrown errors
        self.logger = logger
        do {
            let first = try await PostgresConnection.connect(
                configuration: .init(host: url.host, port: url.port, username: url.user, password: url.password, database: url.database, tls: .disable),
                id: 0, logger: logger)
            do {
                readOnlyReason = try await PostgresSchema.migrate(first, logger: logger)
                    .map { "\(url) was written by a newer version of Uptake (\($0)); it is opened read-only" }
            } catch {
                try? await first.close()
                throw error
            }
            try? await first.close()
        } catch {
            throw PostgresStore.describe(error, url: url)
        }
        var configuration = PostgresClient.Configuration(host: url.host, port: url.port, username: url.user, password: url.password,
                                                         database: url.database, tls: .disable)
        configuration.options.maximumConnections = 8
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        runner = Task { await client.run() }
    }

    /// Closes the pool's connections.
    public func close() { runner.cancel() }

    deinit { runner.cancel() }

    /// A PostgreSQL error as the CLI shows errors: what failed and what to do.
    static func describe(_ error: any Error, url: PostgresURL) -> any Error {
        if error is any UptakeError { return error }
        if let e = error as? PSQLError {
            if let message = e.serverInfo?[.message] {
                return QueryError("PostgreSQL (\(url)): \(message)", hint: e.serverInfo?[.hint], code: .io)
            }
            let reason = e.underlying.map { String(describing: $0) } ?? "\(e.code)"
            return QueryError("cannot reach PostgreSQL at \(url): \(reason)",
                              hint: "check that the server runs and accepts this user (pg_isready -h \(url.host) -p \(url.port))", code: .io)
        }
        return QueryError("PostgreSQL (\(url)): \(String(reflecting: error))", code: .io)
    }

    /// Runs `body` on one pooled connection, turning PostgreSQL's errors into Uptake's.
    func withConnection<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await client.withConnection { try await body($0) }
        } catch {
            throw PostgresStore.describe(error, url: url)
        }
    }

    /// The locality tree, read again only when an ingest has committed since it was read (only an
    /// ingest adds or moves localities): every query needs the tree, and reading its 3,355 rows for
    /// each one cost more than many of the queries (17 times in one `alerts check`).
    func directory(_ connection: PostgresConnection) async throws -> LocalityDirectory {
        var latest = 0
        for try await id in try await connection.query("SELECT COALESCE(MAX(id), 0) FROM ingests", logger: logger).decode(Int.self) { latest = id }
        if let cached = directoryCache.withLock({ $0 }), cached.ingest == latest { return cached.directory }
        let directory = try await loadDirectory(connection)
        directoryCache.withLock { $0 = (latest, directory) }
        return directory
    }

    /// The locality tree as the connection sees it now (inside an ingest's transaction: its own changes).
    func loadDirectory(_ connection: PostgresConnection) async throws -> LocalityDirectory {
        var directory = LocalityDirectory()
        let rows = try await connection.query("""
            SELECT l.id, l.parent_id, l.code, p.code, l.level, l.name, l.full_name, l.name_en, l.unit_type
            FROM localities l LEFT JOIN localities p ON p.id = l.parent_id
            """, logger: logger)
        for try await (id, parentID, code, parentCode, level, name, fullName, nameEn, unitType)
            in rows.decode((Int, Int?, String, String?, String, String, String?, String?, String?).self) {
            let locality = Locality(code: code, parentCode: parentCode, level: LocalityLevel(rawValue: level) ?? .commune,
                                    name: name, fullName: fullName, nameEn: nameEn, unitType: unitType)
            directory.add(.init(id: id, locality: locality, parentID: parentID))
        }
        return directory
    }

    func sectorNames(_ connection: PostgresConnection) async throws -> [Int: String] {
        var names: [Int: String] = [:]
        for try await (id, name) in try await connection.query("SELECT id, name FROM sectors", logger: logger).decode((Int, String).self) {
            names[id] = name
        }
        return names
    }

    public func localities() async throws -> [Locality] {
        try await withConnection { try await self.directory($0) }.entries.values.map(\.locality).sorted { $0.code < $1.code }
    }

    public func applicationsSpan() async throws -> DayRange? { try await daySpan("agg_province_day") }

    /// The first and last `day` of `table` (a name of ours, not a caller's), or `nil` when it is empty.
    func daySpan(_ table: String) async throws -> DayRange? {
        try await withConnection { connection in
            for try await (first, last) in try await connection.query(PostgresQuery(unsafeSQL: "SELECT MIN(day), MAX(day) FROM \(table)"), logger: self.logger)
                .decode((Int?, Int?).self) {
                guard let first, let last else { return nil }
                return DayRange(first: Day(number: first), last: Day(number: last))
            }
            return nil
        }
    }

    public func sectors() async throws -> [Sector] { try await sectors(usedIn: "agg_province_month") }

    /// The sectors with a row in `table` (one of this store's own table names, never a user's), by name.
    func sectors(usedIn table: String) async throws -> [Sector] {
        try await withConnection { connection in
            var result: [Sector] = []
            let rows = try await connection.query(PostgresQuery(unsafeSQL: """
                SELECT name FROM sectors WHERE id IN (SELECT DISTINCT sector_id FROM \(table)) ORDER BY name
                """), logger: self.logger)
            for try await name in rows.decode(String.self) { if let s = Sector(name) { result.append(s) } }
            return result
        }
    }
}
