import PostgresNIO
import UptakeCore
import UptakeStoreAPI

/// The server's bearer tokens in the data's database (migration v3-tokens here, as SQLite's
/// v5-tokens): hashes only, so `uptake serve --db postgres://…` takes ingests from the same tokens.
extension PostgresStore: TokenStore {
    public func addToken(_ token: StoredToken) async throws {
        if let readOnlyReason { throw QueryError("cannot store the token: \(readOnlyReason)", hint: "use a writable database", code: .io) }
        let scopes = token.scopes.map(\.description).joined(separator: " ")
        try await withConnection { c in
            _ = try await c.query("""
                INSERT INTO api_tokens (id, name, scopes, secret_hash, created, revoked)
                VALUES (\(token.id), \(token.name), \(scopes), \(token.secretHash), \(token.created), false)
                """, logger: self.logger).collect()
        }
    }

    public func token(secretHash: String) async throws -> StoredToken? {
        try await fetch("SELECT id, name, scopes, secret_hash, created, revoked FROM api_tokens WHERE secret_hash = \(secretHash)").first
    }

    public func tokens() async throws -> [StoredToken] {
        try await fetch("SELECT id, name, scopes, secret_hash, created, revoked FROM api_tokens ORDER BY created, id")
    }

    public func revokeToken(id: String) async throws -> Bool {
        if let readOnlyReason { throw QueryError("cannot revoke the token: \(readOnlyReason)", hint: "use a writable database", code: .io) }
        return try await withConnection { c in
            // RETURNING tells whether a row matched, as SQLite's changes count does.
            let rows = try await c.query("UPDATE api_tokens SET revoked = true WHERE id = \(id) RETURNING id", logger: self.logger).collect()
            return !rows.isEmpty
        }
    }

    private func fetch(_ query: PostgresQuery) async throws -> [StoredToken] {
        try await withConnection { c in
            var result: [StoredToken] = []
            let rows = try await c.query(query, logger: self.logger)
            for try await (id, name, scopes, hash, created, revoked) in rows.decode((String, String, String, String, String, Bool).self) {
                result.append(StoredToken(id: id, name: name, scopes: scopes.split(separator: " ").compactMap { TokenScope(String($0)) },
                                          secretHash: hash, created: created, revoked: revoked))
            }
            return result
        }
    }
}
