import Foundation
import UptakeCore
import UptakeStoreAPI

/// Makes bearer tokens: 32 random bytes from the system's secure generator, shown once as
/// `upt_<64 hex digits>`; only their SHA-256 is stored, and the id is that hash's first 12 digits.
public enum TokenIssuer {
    /// A new token for `name` with `scopes` (as `ingest:04`, `ingest:*`, `read`, `sql`), stored in `store`; returns
    /// the secret, which nothing keeps.
    public static func issue(name: String, scopes: [String], created: String, in store: any TokenStore) async throws -> (secret: String, token: StoredToken) {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw QueryError("a token needs a name", hint: "say whose it is, e.g. --name \"Sở TT&TT Cao Bằng\"") }
        guard !scopes.isEmpty else { throw QueryError("a token needs a scope", hint: "ingest:CODE for one province (ingest:04), ingest:* for every locality, read, sql") }
        let parsed = try scopes.map { text throws(QueryError) -> TokenScope in
            guard let scope = TokenScope(text) else {
                throw QueryError("invalid scope \"\(text)\"", hint: "ingest:CODE with a two-digit province code (ingest:04), ingest:*, read or sql")
            }
            return scope
        }
        var generator = SystemRandomNumberGenerator()
        let secret = "upt_" + (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
        let hash = IngestRoute.hash(secret)
        let token = StoredToken(id: String(hash.prefix(12)), name: trimmed, scopes: parsed, secretHash: hash, created: created)
        try await store.addToken(token)
        return (secret, token)
    }
}
