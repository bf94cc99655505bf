import Foundation
import Hummingbird
import Logging
import NIOCore
import UptakeCore
import UptakeReport
import UptakeStoreAPI

/// `POST /api/v1/sql`: one read-only statement, as `uptake sql` runs it (a read-only connection that
/// refuses writes, ATTACH and PRAGMA changes), behind a token with scope `sql`, stopped after the
/// server's time limit (or the request's, if shorter). The body is JSON, `{"sql": "SELECT …",
/// "time_limit": 2}`; the answer is what `uptake sql --format json` writes.
struct SQLRoute: Sendable {
    let store: (any ReadOnlySQLStore)?
    let authoriser: Authoriser
    let timeLimit: Double
    let maxRows: Int
    let metrics: ServerMetrics
    /// A statement is short: a body past this is refused (413) unread.
    static let maxBodyBytes = 64 << 10

    struct Body: Decodable, Sendable {
        var sql: String
        var timeLimit: Double?

        enum CodingKeys: String, CodingKey {
            case sql
            case timeLimit = "time_limit"
        }
    }

    func handle(_ request: Request, _ context: ServerRequestContext) async throws -> Response {
        let token = try await authoriser.token(request, to: "run SQL", scope: "sql") { $0 == .sql }
        let type = request.headers[.contentType]?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard type == "application/json" else {
            throw QueryError("send the statement as application/json", hint: #"{"sql": "select count(*) from localities"}"#)
        }
        let body = try await Self.read(request.body)
        // A client that leaves cancels the statement (the store's sandbox stops at its next progress
        // check) instead of leaving it to run to the time limit.
        let result = try await context.cancellingOnDeparture { try await run(body, token: token, context) }
        var stream = TableStream(columns: result.columns, format: .json)
        var text = stream.start()
        for row in result.rows { text += stream.row(row.map { $0.map(Cell.text) ?? .empty }) }
        text += stream.end()
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func read(_ body: RequestBody) async throws -> Body {
        let bytes: ByteBuffer
        do {
            bytes = try await body.collect(upTo: Self.maxBodyBytes)
        } catch is NIOTooManyBytesError {
            throw HTTPError(.contentTooLarge)
        }
        return try Self.decode(bytes)
    }

    /// Runs the statement and counts how it ended (`uptake_sql_statements_total`).
    func run(_ body: Body, token: StoredToken, _ context: some RequestContext) async throws -> SQLRows {
        if let limit = body.timeLimit, !(limit > 0 && limit.isFinite) {
            throw QueryError("time_limit must be a positive number of seconds", hint: "e.g. 2; the server stops statements after \(Int(timeLimit)) s")
        }
        guard let store else { throw QueryError("this store runs no SQL", hint: "use the other endpoints", code: .refused) }
        context.logger.info("sql", metadata: ["token": "\(token.id)", "bytes": "\(body.sql.utf8.count)"])
        do {
            let rows = try await store.readOnlyQuery(body.sql, timeLimit: min(body.timeLimit ?? timeLimit, timeLimit), maxRows: maxRows)
            metrics.sqlFinished(.answered)
            return rows
        } catch is CancellationError {
            metrics.sqlFinished(.cancelled)
            context.logger.info("sql cancelled: the client went away", metadata: ["token": "\(token.id)"])
            throw CancellationError()
        } catch let error as QueryError where error.message.hasPrefix("query stopped") {
            metrics.sqlFinished(.stopped)
            throw error
        } catch {
            metrics.sqlFinished(.refused)
            throw error
        }
    }

    /// The body, or a 400 that says what is wrong with it.
    static func decode(_ bytes: ByteBuffer) throws -> Body {
        do {
            return try JSONDecoder().decode(Body.self, from: Data(bytes.readableBytesView))
        } catch let error as DecodingError {
            let why = switch error {
            case .dataCorrupted: "it is not valid JSON"
            case .keyNotFound(let key, _): "it has no \"\(key.stringValue)\""
            case .typeMismatch(_, let c): "\"\(c.codingPath.map(\.stringValue).joined(separator: "."))\" has the wrong type"
            case .valueNotFound(_, let c): "\"\(c.codingPath.map(\.stringValue).joined(separator: "."))\" is null"
            @unknown default: "it cannot be read"
            }
            throw QueryError("the body is not a statement: \(why)", hint: #"send {"sql": "select count(*) from localities"} (time_limit optional, in seconds)"#)
        }
    }
}
