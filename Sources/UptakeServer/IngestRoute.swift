import Crypto
import Foundation
import Hummingbird
import NIOCore
import UptakeCore
import UptakeReport
import UptakeStoreAPI

/// `POST /api/v1/ingest`: one file in the body, behind a bearer token with an ingest scope. The
/// same ingest as the CLI's (validation, one transaction per file, revisions); a missing or unknown
/// token is 401, a token without the scope 403, a body over the limit 413: nothing written in each case.
struct IngestRoute: Sendable {
    let store: any IngestingStore
    let tokens: any TokenStore
    let maxBodyBytes: Int
    let now: @Sendable () -> String
    let metrics: ServerMetrics
    let spool: UploadSpool

    static func hash(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    func handle(_ request: Request, _ context: some RequestContext) async throws -> Response {
        let token = try await authorise(request)
        let format = try Self.format(request.headers[.contentType])
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: maxBodyBytes)
        } catch is NIOTooManyBytesError {
            metrics.ingestFinished(result: "refused")
            throw HTTPError(.contentTooLarge)
        }
        let bytes = [UInt8](buffer: body)
        if !token.scopes.contains(.ingestAll) {
            guard format == .csv else { throw AuthError.forbidden("a province's token uploads CSV (text/csv)") }
            let provinces = Set(token.scopes.compactMap { scope -> String? in if case .ingestProvince(let p) = scope { p } else { nil } })
            if let refusal = IngestScope.refusal(csv: bytes, provinces: provinces, localities: try await store.localities()) {
                metrics.ingestFinished(result: "refused")
                throw AuthError.forbidden(refusal)
            }
        }
        context.logger.info("ingest", metadata: ["token": "\(token.id)", "bytes": "\(bytes.count)", "format": "\(format.rawValue)"])
        let summary = try await spool.withFile(bytes, suffix: format.rawValue) { path in
            try await store.ingest(path: path, options: IngestOptions(now: now(), format: format), progress: nil)
        }
        var named = summary
        named.path = "upload.\(format.rawValue)"
        if !summary.committed, summary.identicalToIngest == nil {
            metrics.ingestFinished(result: "invalid")
            throw IngestRefused(summary: named)
        }
        metrics.ingestFinished(result: "committed", rows: summary.rows)
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: Table(ingests: [named]).render(.json))))
    }

    /// The token of the Authorization header, which must exist, be unrevoked and may ingest.
    func authorise(_ request: Request) async throws -> StoredToken {
        try await Authoriser(tokens: tokens).token(request, to: "ingest", scope: "ingest", accepts: \.ingests)
    }

    static func format(_ contentType: String?) throws -> InputFormat {
        let type = contentType?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? "text/csv"
        switch type {
        case "text/csv", "application/octet-stream", "application/x-www-form-urlencoded": return .csv
        case "application/json": return .json
        case "application/x-ndjson", "application/jsonl": return .ndjson
        default: throw QueryError("cannot ingest a body of type \(type)", hint: "send text/csv, application/json or application/x-ndjson")
        }
    }
}

/// 401 and 403, as problem+json (`unauthorised`, `refused`).
enum AuthError: Error, Sendable {
    case unauthorised(String)
    case forbidden(String)
}

/// An upload with invalid rows: nothing written (422), its problems as the CLI prints them.
struct IngestRefused: UptakeError {
    var summary: IngestSummary
    var code: ErrorCode { .invalidInput }
    var message: String { summary.line }
    var hint: String? {
        var lines = summary.errors.map(\.description)
        if summary.errorCount > summary.errors.count { lines.append("… and \(summary.errorCount - summary.errors.count) more") }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }
}
