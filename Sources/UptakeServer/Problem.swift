import Foundation
import HTTPTypes
import Hummingbird
import Logging
import UptakeCore
import UptakeReport

/// An error as RFC 9457 `application/problem+json`: the CLI's error code and message (and hint), and
/// the request id that finds the request in the server's log.
public struct Problem: Codable, Sendable, Equatable {
    /// `urn:uptake:error:<code>`, stable like the codes themselves.
    public var type: String
    public var title: String
    public var status: Int
    /// The CLI's message.
    public var detail: String
    public var code: String
    public var hint: String?
    public var requestID: String?

    enum CodingKeys: String, CodingKey {
        case type, title, status, detail, code, hint
        case requestID = "request_id"
    }

    public init(status: HTTPResponse.Status, code: String, detail: String, hint: String? = nil, requestID: String? = nil) {
        self.type = "urn:uptake:error:\(code)"
        self.title = status.reasonPhrase
        self.status = status.code
        self.detail = detail
        self.code = code
        self.hint = hint
        self.requestID = requestID
    }

    /// The HTTP status of an error code: the server's counterpart of the CLI's exit statuses
    /// (`invalid_input` exits 1 there, everything else 2).
    public static func status(of code: ErrorCode) -> HTTPResponse.Status {
        switch code {
        case .invalidInput, .computation: .unprocessableContent
        case .invalidQuery: .badRequest
        case .notFound: .notFound
        case .refused: .forbidden
        case .io: .internalServerError
        }
    }

    /// The problem for any error a handler threw.
    public static func from(_ error: any Error, requestID: String?) -> Problem {
        switch error {
        case let e as any UptakeError:
            return Problem(status: status(of: e.code), code: e.code.rawValue, detail: e.message, hint: e.hint(spelling: \.request), requestID: requestID)
        case AuthError.unauthorised(let message):
            return Problem(status: .unauthorized, code: "unauthorised", detail: message, hint: "create one with 'uptake tokens add --name NAME --scope SCOPE' (ingest:CODE, ingest:*, read or sql)",
                           requestID: requestID)
        case AuthError.forbidden(let message):
            return Problem(status: .forbidden, code: ErrorCode.refused.rawValue, detail: message, requestID: requestID)
        case let e as RequestTimedOut:
            return Problem(status: .requestTimeout, code: "request_timeout",
                           detail: "the request did not arrive whole within \(e.seconds)",
                           hint: "send the request at once; the server stops waiting for a body after its request timeout", requestID: requestID)
        case is CancellationError:
            return Problem(status: .serviceUnavailable, code: "cancelled", detail: "the request was cancelled: the client went away or the server is stopping",
                           requestID: requestID)
        case let e as HTTPError:
            let code = e.status == .notFound ? ErrorCode.notFound.rawValue : e.status == .contentTooLarge ? ErrorCode.refused.rawValue : "http"
            let detail = e.status == .notFound ? "no such resource" : e.status == .contentTooLarge ? "the body is larger than the server accepts"
                : e.body ?? e.status.reasonPhrase
            return Problem(status: e.status, code: code, detail: detail, requestID: requestID)
        default:
            return Problem(status: .internalServerError, code: ErrorCode.io.rawValue, detail: "internal error", requestID: requestID)
        }
    }

    public var response: Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/problem+json"
        let body = JSONOutput.render(self)
        return Response(status: HTTPResponse.Status(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}

/// Turns every thrown error (a handler's, an unknown path's 404) into problem+json, logs it with the
/// request id, and sets `X-Request-Id` on every response.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The methods of the declared paths: a 404 for a declared path is a 405 with `Allow`.
    let allowed: AllowedMethods

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            var problem = Problem.from(error, requestID: context.id)
            var allow: [String]?
            if let e = error as? HTTPError, e.status == .notFound, let methods = allowed.methods(for: request.uri.path),
               !methods.contains(request.method.rawValue) {
                problem = .methodNotAllowed(request.method.rawValue, request.uri.path, allowed: methods, requestID: context.id)
                allow = methods
            }
            if problem.status >= 500, !(error is CancellationError) {
                context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))", "path": "\(request.uri.path)"])
            } else {
                context.logger.debug("request refused", metadata: ["code": "\(problem.code)", "status": "\(problem.status)", "path": "\(request.uri.path)"])
            }
            response = problem.response
            if problem.status == 401 {
                // A browser asks for a password on Basic (the dashboard); an API client sends Bearer.
                response.headers[.wwwAuthenticate] = request.uri.path.hasPrefix("/api/") ? "Bearer" : "Basic realm=\"Uptake\", charset=\"UTF-8\""
            }
            if let allow { response.headers[.allow] = allow.joined(separator: ", ") }
        }
        response.headers[HTTPField.Name("X-Request-Id")!] = context.id
        return response
    }
}

extension NextStep {
    /// A hint's next step as a request: `GET /api/v1/localities?search=TEXT`, `POST /api/v1/ingest
    /// with tasks.csv as the body`. (`alerts list` is the CLI's word for `GET /api/v1/alerts`.)
    var request: String {
        let path = "/api/v1/" + question.filter { $0 != "list" }.joined(separator: "/")
        switch kind {
        case .upload:
            return "POST \(path) with \(parameters.compactMap(\.value).joined(separator: ", ")) as the body"
        case .ask:
            let query = parameters.map { p in p.name.map { "\($0)=\(p.value ?? "true")" } ?? p.value ?? "" }.joined(separator: "&")
            return "GET " + path + (query.isEmpty ? "" : "?" + query)
        }
    }
}
