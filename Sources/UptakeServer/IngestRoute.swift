import Crypto
import Foundation
import Hummingbird
import Logging
import NIOCore
import UptakeCore
import UptakeIngest
import UptakeReport
import UptakeStoreAPI

/// `POST /api/v1/ingest`: one file in the body, behind a bearer token with an ingest scope. The
/// same pipeline as the CLI's (validation, one transaction per file, revisions), fed by the body as
/// it arrives: nothing is spooled to disk and nothing is parsed twice. A missing or unknown token is
/// 401, a token without the scope 403 (a province's token: also a row outside its province), a body
/// over the limit 413: nothing written in each case, as the transaction rolls back.
struct IngestRoute: Sendable {
    let store: any IngestingStore
    let tokens: any TokenStore
    let maxBodyBytes: Int
    let now: @Sendable () -> String
    let metrics: ServerMetrics

    static func hash(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// The body passed `maxBodyBytes`.
    struct BodyTooLarge: Error {}

    func handle(_ request: Request, _ context: some RequestContext) async throws -> Response {
        let token = try await authorise(request)
        let format = try Self.format(request.headers[.contentType])
        var options = IngestOptions(now: now(), format: format)
        options.units = try Self.units(request)
        var scope: IngestScope?
        if !token.scopes.contains(.ingestAll) {
            guard format == .csv else { throw AuthError.forbidden("a province's token uploads CSV (text/csv)") }
            scope = IngestScope(provinces: Set(token.scopes.compactMap { scope -> String? in if case .ingestProvince(let p) = scope { p } else { nil } }))
        }
        let declared = request.headers[.contentLength].flatMap { Int($0) }
        if let declared, declared > maxBodyBytes {
            metrics.ingestFinished(result: "refused")
            throw HTTPError(.contentTooLarge)
        }
        context.logger.info("ingest", metadata: ["token": "\(token.id)", "bytes": "\(declared.map(String.init) ?? "streamed")", "format": "\(format.rawValue)"])
        let source = StreamedSource(totalBytes: Int64(declared ?? 0))
        let pipeline = IngestPipeline(name: "upload.\(format.rawValue)", format: format, options: options, scope: scope)
        async let fed: Void = Self.feed(request.body, into: source, limit: maxBodyBytes)
        let outcome: Result<IngestSummary, any Error>
        do { outcome = .success(try await pipeline.run(source, into: store)) } catch { outcome = .failure(error) }
        source.chunks.cancel()  // a pipeline that failed before reading the whole body stops the feeding
        _ = try? await fed
        let summary: IngestSummary
        switch outcome {
        case .success(let s): summary = s
        case .failure(is BodyTooLarge):
            metrics.ingestFinished(result: "refused")
            throw HTTPError(.contentTooLarge)
        case .failure(let refusal as IngestScope.Refusal):
            metrics.ingestFinished(result: "refused")
            throw AuthError.forbidden(refusal.message)
        case .failure(let error): throw error
        }
        if !summary.committed, summary.identicalToIngest == nil {
            metrics.ingestFinished(result: "invalid")
            throw IngestRefused(summary: summary)
        }
        metrics.ingestFinished(result: "committed", rows: summary.rows)
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: Table(ingests: [summary]).render(.json))))
    }

    /// Hands the body's buffers to the pipeline as they arrive, at most `limit` bytes in all.
    static func feed(_ body: RequestBody, into source: StreamedSource, limit: Int) async throws {
        var total = 0
        do {
            for try await buffer in body {
                total += buffer.readableBytes
                if total > limit { throw BodyTooLarge() }
                try await source.chunks.putAwaiting(Array(buffer.readableBytesView))
            }
            source.chunks.finish()
        } catch {
            source.chunks.finish(throwing: error)
            throw error
        }
    }

    /// The token of the Authorization header, which must exist, be unrevoked and may ingest.
    func authorise(_ request: Request) async throws -> StoredToken {
        try await Authoriser(tokens: tokens).token(request, to: "ingest", scope: "ingest", accepts: \.ingests)
    }

    /// The `units` parameter, as the CLI's `--units`: `current` or `pre-2025`; absent, today's units
    /// with the days before the reform refused (the pipeline's rule).
    static func units(_ request: Request) throws -> UnitVintage? {
        let parameters = try QueryParameters(QueryParameters.pairs(request.uri.query), allowed: ["units"])
        guard let text = parameters.string("units") else { return nil }
        guard let units = UnitVintage(rawValue: text) else {
            throw QueryError("units must be one of \(UnitVintage.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(text)\"",
                             hint: "current for today's codes (a file re-keyed to them), pre-2025 for the old communes' and wards'")
        }
        return units
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
