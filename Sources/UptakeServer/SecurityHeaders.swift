import Crypto
import Foundation
import HTTPTypes
import Hummingbird

/// Headers every answer carries. The dashboard is HTML with one inline stylesheet and inline SVG,
/// no script, no image, nothing from elsewhere, and one GET form to itself: the policy allows exactly
/// that stylesheet (by its hash), the form's target and nothing else, and no page may frame it.
enum SecurityHeaders {
    static let contentSecurityPolicy = "default-src 'none'; style-src '\(hash(Dashboard.stylesheet))'; form-action 'self'; "
        + "base-uri 'none'; frame-ancestors 'none'"

    static let fields: HTTPFields = [
        .contentSecurityPolicy: contentSecurityPolicy,
        HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        HTTPField.Name("Referrer-Policy")!: "no-referrer",
        HTTPField.Name("X-Frame-Options")!: "DENY",
    ]

    /// A CSP source for an inline element's text: `sha256-` and the digest in base64.
    static func hash(_ text: String) -> String {
        "sha256-" + Data(SHA256.hash(data: Data(text.utf8))).base64EncodedString()
    }
}

/// Adds ``SecurityHeaders`` to every response, problems included (it sits outside ProblemMiddleware).
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        for field in SecurityHeaders.fields { response.headers[field.name] = field.value }
        return response
    }
}
