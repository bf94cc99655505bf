import Synchronization
import UptakeCore

/// What a bearer token may do. `ingest:04` ingests rows of province 04 and its communes only;
/// `ingest:*` any locality's; `read` reads the API, dashboard and /metrics when the server requires
/// a token for reads; `sql` runs read-only SQL (`POST /api/v1/sql`).
public enum TokenScope: Sendable, Hashable, Codable, CustomStringConvertible {
    case ingestProvince(String)
    case ingestAll
    case read
    case sql

    /// Whether the scope lets a token ingest (some localities or all).
    public var ingests: Bool {
        switch self {
        case .ingestProvince, .ingestAll: true
        case .read, .sql: false
        }
    }

    /// `ingest:04`, `ingest:*`, `read` or `sql`; a province code is two digits.
    public init?(_ text: String) {
        if text == "read" { self = .read; return }
        if text == "sql" { self = .sql; return }
        guard text.hasPrefix("ingest:") else { return nil }
        let target = String(text.dropFirst("ingest:".count))
        if target == "*" { self = .ingestAll; return }
        guard target.count == 2, target.allSatisfy(\.isASCII), target.allSatisfy(\.isNumber) else { return nil }
        self = .ingestProvince(target)
    }

    public var description: String {
        switch self {
        case .ingestAll: "ingest:*"
        case .ingestProvince(let code): "ingest:\(code)"
        case .read: "read"
        case .sql: "sql"
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let scope = TokenScope(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a scope: \(text)"))
        }
        self = scope
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// A token as stored: never the secret itself, only its SHA-256 (hex), so a copy of the database
/// gives no one a usable token.
public struct StoredToken: Sendable, Equatable, Codable {
    /// A short public id (the secret's first characters), to name the token in lists and logs.
    public var id: String
    public var name: String
    public var scopes: [TokenScope]
    public var secretHash: String
    /// ISO 8601, as the CLI read the clock.
    public var created: String
    public var revoked: Bool

    public init(id: String, name: String, scopes: [TokenScope], secretHash: String, created: String, revoked: Bool = false) {
        (self.id, self.name, self.scopes, self.secretHash, self.created, self.revoked) = (id, name, scopes, secretHash, created, revoked)
    }
}

/// Where tokens are kept: apart from ``UptakeStore``, so a store that serves no HTTP need not have it.
public protocol TokenStore: Sendable {
    func addToken(_ token: StoredToken) async throws
    /// The token whose secret hashes to `secretHash`, revoked or not.
    func token(secretHash: String) async throws -> StoredToken?
    func tokens() async throws -> [StoredToken]
    /// Revokes the token `id`; `false` if there is none.
    func revokeToken(id: String) async throws -> Bool
}

/// Tokens in memory, for tests.
public final class InMemoryTokenStore: TokenStore {
    private let list = Mutex<[StoredToken]>([])

    public init(_ tokens: [StoredToken] = []) { list.withLock { $0 = tokens } }

    public func addToken(_ token: StoredToken) { list.withLock { $0.append(token) } }
    public func token(secretHash: String) -> StoredToken? { list.withLock { $0.first { $0.secretHash == secretHash } } }
    public func tokens() -> [StoredToken] { list.withLock { $0 } }
    public func revokeToken(id: String) -> Bool {
        list.withLock { l in
            guard let i = l.firstIndex(where: { $0.id == id }) else { return false }
            l[i].revoked = true
            return true
        }
    }
}
