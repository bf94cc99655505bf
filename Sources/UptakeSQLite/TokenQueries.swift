import Foundation
import GRDB
import UptakeCore
import UptakeStoreAPI

/// The server's bearer tokens in the data's database (migration v5-tokens): hashes only.
extension SQLiteStore: TokenStore {
    public func addToken(_ token: StoredToken) async throws {
        if let readOnlyReason { throw QueryError("cannot store the token: \(readOnlyReason)", hint: "use a writable database", code: .io) }
        try await queue.write { db in
            try db.execute(sql: "INSERT INTO api_tokens (id, name, scopes, secret_hash, created, revoked) VALUES (?, ?, ?, ?, ?, 0)",
                           arguments: [token.id, token.name, token.scopes.map(\.description).joined(separator: " "), token.secretHash, token.created])
        }
    }

    public func token(secretHash: String) async throws -> StoredToken? {
        try await queue.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM api_tokens WHERE secret_hash = ?", arguments: [secretHash]).map(Self.token)
        }
    }

    public func tokens() async throws -> [StoredToken] {
        try await queue.read { db in try Row.fetchAll(db, sql: "SELECT * FROM api_tokens ORDER BY created, id").map(Self.token) }
    }

    public func revokeToken(id: String) async throws -> Bool {
        if let readOnlyReason { throw QueryError("cannot revoke the token: \(readOnlyReason)", hint: "use a writable database", code: .io) }
        return try await queue.write { db in
            try db.execute(sql: "UPDATE api_tokens SET revoked = 1 WHERE id = ?", arguments: [id])
            return db.changesCount > 0
        }
    }

    static func token(_ row: Row) -> StoredToken {
        let scopes: String = row["scopes"]
        return StoredToken(id: row["id"], name: row["name"], scopes: scopes.split(separator: " ").compactMap { TokenScope(String($0)) },
                           secretHash: row["secret_hash"], created: row["created"], revoked: row["revoked"])
    }
}
