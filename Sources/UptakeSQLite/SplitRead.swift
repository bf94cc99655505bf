import GRDB

extension SQLiteStore {
    /// Two parts of one answer read at once, each on its own reader connection and so in its own
    /// transaction. An ingest that commits between the two would give parts of two states of the data
    /// (the early days before it, the late days after): each part also reads the newest ingest id
    /// (every ingest writes its row in the transaction that writes its data), and when they differ
    /// both parts are read again in one transaction.
    func readInTwoParts<T: Sendable>(_ part: @escaping @Sendable (Database, Int) throws -> T) async throws -> (T, T) {
        // The id is read after the part, in the same transaction: it is the part's own state.
        async let early = queue.read { db in (try part(db, 0), try Self.newestIngest(db)) }
        async let late = queue.read { db in (try part(db, 1), try Self.newestIngest(db)) }
        let (a, b) = try await (early, late)
        if a.1 == b.1 { return (a.0, b.0) }
        return try await queue.read { db in (try part(db, 0), try part(db, 1)) }
    }

    static func newestIngest(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT IFNULL(MAX(id), 0) FROM ingests") ?? 0
    }
}
