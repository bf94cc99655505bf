import Foundation
import Hummingbird
import NIOCore
import UptakeAnalysis
import UptakeCore
import UptakeReport
import UptakeStoreAPI

/// `POST /api/v1/detect`: ``DetectQuestion`` on a series sent as the body (text/csv, `date,value`,
/// as `uptake detect FILE` reads it), its parameters in the query string as every endpoint's. The
/// answer is what `uptake detect FILE --format json` writes. A POST, not a GET, because the question
/// carries data; it reads nothing of the store, so nothing is cached, and it needs the `read` scope
/// when reads do.
struct DetectRoute: Sendable {
    let authoriser: Authoriser
    let readTokenRequired: Bool
    let calendar: WorkingCalendar
    /// The longest series read is ``DateValueSeries/maximumDays`` (~11,000 lines of ~20 bytes): a body
    /// past 1 MiB is refused (413) unread.
    static let maxBodyBytes = 1 << 20

    func handle(_ request: Request, _ context: ServerRequestContext) async throws -> Response {
        if readTokenRequired { _ = try await authoriser.token(request, to: "read", scope: "read") { $0 == .read } }
        var question = try ParameterDecoder.decode(DetectQuestion.self, from: QueryParameters.pairs(request.uri.query))
        try question.validate(.query)
        let type = request.headers[.contentType]?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard type == nil || type == "text/csv" || type == "text/plain" else {
            throw QueryError("send the series as text/csv", hint: "one line per day: 2025-07-01,123")
        }
        let bytes: ByteBuffer
        do {
            bytes = try await request.body.collect(upTo: Self.maxBodyBytes)
        } catch is NIOTooManyBytesError {
            throw HTTPError(.contentTooLarge)
        }
        do {
            question.series = try DateValueSeries.parse(csv: String(buffer: bytes))
        } catch {
            throw error.inFile("body")
        }
        let answer = try question.answer(calendar: calendar)
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: answer.rendered(.json))))
    }
}

extension Endpoint {
    /// The query parameters of `POST /api/v1/detect` (what openapi.yaml must list for it).
    public static let detectParameters = ParameterDecoder.parameters(of: DetectQuestion.self)
}
