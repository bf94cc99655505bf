import Foundation
import UptakeCore

/// Where a PostgreSQL database is: parsed from `postgres://user[:password]@host[:port]/database`
/// (also `postgresql://`). A password may instead come from `$PGPASSWORD`.
public struct PostgresURL: Sendable, Equatable, CustomStringConvertible {
    public var user: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String

    /// Whether `text` names a PostgreSQL database rather than a SQLite file.
    public static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    public init(user: String, password: String? = nil, host: String, port: Int = 5432, database: String) {
        (self.user, self.password, self.host, self.port, self.database) = (user, password, host, port, database)
    }

    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let hint = "write it as postgres://user@host:port/database (port 5432 when left out)"
        guard PostgresURL.isPostgres(text), let components = URLComponents(string: text), let host = components.host, !host.isEmpty else {
            throw QueryError("not a PostgreSQL URL: \(text)", hint: hint, code: .invalidQuery)
        }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else { throw QueryError("the PostgreSQL URL \(text) names no database", hint: hint, code: .invalidQuery) }
        self.host = host
        port = components.port ?? 5432
        user = components.user ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        password = components.password ?? environment["PGPASSWORD"]
        self.database = database
    }

    /// The URL without its password, for messages.
    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }
}
