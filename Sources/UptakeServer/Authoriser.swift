import Foundation
import Hummingbird
import UptakeStoreAPI

/// Finds the token a request carries and checks its scope. `Authorization: Bearer TOKEN`, or Basic
/// with the token as the password, so that a browser can open the dashboard when reads need a token
/// (it asks for a user name and a password; the name is ignored).
struct Authoriser: Sendable {
    let tokens: any TokenStore

    /// The request's token, which must exist, be unrevoked and hold a scope `accepts` takes; `purpose`
    /// completes the refusals ("a token is required to …").
    func token(_ request: Request, to purpose: String, scope needed: String, accepts: (TokenScope) -> Bool) async throws -> StoredToken {
        guard let secret = Self.secret(request.headers[.authorization]) else {
            throw AuthError.unauthorised("an Authorization: Bearer token is required to \(purpose)")
        }
        guard let token = try await tokens.token(secretHash: IngestRoute.hash(secret)), !token.revoked else {
            throw AuthError.unauthorised("the token is unknown or revoked")
        }
        guard token.scopes.contains(where: accepts) else {
            throw AuthError.forbidden("the token \(token.id) has no \(needed) scope: it may not \(purpose)")
        }
        return token
    }

    /// The secret of a Bearer header, or the password of a Basic one.
    static func secret(_ header: String?) -> String? {
        guard let header else { return nil }
        if header.hasPrefix("Bearer "), header.count > 7 { return String(header.dropFirst(7)) }
        if header.hasPrefix("Basic "), let data = Data(base64Encoded: String(header.dropFirst(6))),
           let pair = String(data: data, encoding: .utf8), let colon = pair.firstIndex(of: ":") {
            let password = pair[pair.index(after: colon)...]
            return password.isEmpty ? nil : String(password)
        }
        return nil
    }
}

/// With `readTokenRequired`, every GET and HEAD (the API, the dashboard, /metrics) needs a token with
/// scope `read`; the POST routes check their own scopes.
struct ReadAccessMiddleware<Context: RequestContext>: RouterMiddleware {
    let authoriser: Authoriser
    let required: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if required, request.method == .get || request.method == .head {
            _ = try await authoriser.token(request, to: "read", scope: "read") { $0 == .read }
        }
        return try await next(request, context)
    }
}
