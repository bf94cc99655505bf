import Foundation
import Hummingbird
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
    /// A statement is short: a body past this is refused (413) unread.
    static let maxBodyBytes = 64 << 10

    struct Body: Decodable {
        var sql: String
        var timeLimit: Double?

        enum CodingKeys: String, CodingKey {
            case sql
            case timeLimit = "time_limit"
        }
    }

    func handle(_ request: Request, _ context: some RequestContext) async throws -> Response {
        let token = try await authoriser.token(request, to: "run SQL", scope: "sql") { $0 == .sql }
        let type = request.headers[.contentType]?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard type == "application/json" else {
            throw QueryError("send the statement as application/json", hint: #"{"sql": "select count(*) from localities"}"#)
        }
        let bytes: ByteBuffer
        do {
            bytes = try await request.body.collect(upTo: Self.maxBodyBytes)
        } catch is NIOTooManyBytesError {
            throw HTTPError(.contentTooLarge)
        }
        let body = try Self.decode(bytes)
        if let limit = body.timeLimit, !(limit > 0 && limit.isFinite) {
            throw QueryError("time_limit must be a positive number of seconds", hint: "e.g. 2; the server stops statements after \(Int(timeLimit)) s")
        }
        guard let store else { throw QueryError("this store runs no SQL", hint: "use the other endpoints", code: .refused) }
        context.logger.info("sql", metadata: ["token": "\(token.id)", "bytes": "\(body.sql.utf8.count)"])
        let result = try await store.readOnlyQuery(body.sql, timeLimit: min(body.timeLimit ?? timeLimit, timeLimit), maxRows: maxRows)
        var stream = TableStream(columns: result.columns, format: .json)
        var text = stream.start()
        for row in result.rows { text += stream.row(row.map { $0.map(Cell.text) ?? .empty }) }
        text += stream.end()
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
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
