/// A store that can tell cheaply whether its data changed, so that a server may keep its answers
/// until they do. Apart from ``UptakeStore`` so that a store without a cheap version (the in-memory
/// one, a backend not yet done) simply goes without: the server then computes every answer.
public protocol DataVersioned: Sendable {
    /// A number that grows whenever data are committed, by this process or another one writing the
    /// same database; equal numbers mean the same data. Reads no table: it is asked on every request.
    func dataVersion() async throws -> Int64
}

/// The rows of one read-only SQL statement, every value as text (`nil` for NULL).
public struct SQLRows: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[String?]]

    public init(columns: [String], rows: [[String?]]) {
        (self.columns, self.rows) = (columns, rows)
    }
}

/// A store that runs one read-only SQL statement for the server's `POST /api/v1/sql` (the CLI's
/// `uptake sql`): writes refused, stopped after a time limit, at most `maxRows` rows.
public protocol ReadOnlySQLStore: Sendable {
    /// Runs exactly one statement on a read-only connection; throws a `QueryError` when it writes,
    /// runs past `timeLimit` seconds or yields more than `maxRows` rows.
    func readOnlyQuery(_ sql: String, timeLimit: Double, maxRows: Int) async throws -> SQLRows
}
