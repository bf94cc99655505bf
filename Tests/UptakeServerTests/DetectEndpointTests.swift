import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import UptakeServer
import UptakeTestSupport

/// POST /api/v1/detect against `uptake detect FILE`: the same parameters and series give the same
/// bytes; the question's refusals are the CLI's words (400 here, exit 64 there); a body that is not a
/// series is 422 with its line.
@Suite struct DetectEndpointTests {
    /// A level shift on day 60 of 120, with a weekend dip; counts, so that nb takes it too.
    static let series: String = {
        let first = Date(timeIntervalSince1970: 1_735_689_600)   // 2025-01-01
        let format = ISO8601DateFormatter()
        format.formatOptions = [.withFullDate]
        return "date,value\n" + (0..<120).map { t in
            "\(format.string(from: first.addingTimeInterval(Double(t) * 86_400))),\((t < 60 ? 300 : 180) + (t * 37) % 23)"
        }.joined(separator: "\n") + "\n"
    }()

    func post(_ client: some TestClientProtocol, _ query: String, body: String) async throws -> (HTTPResponse.Status, String) {
        try await client.execute(uri: "/api/v1/detect" + query, method: .post, headers: [.contentType: "text/csv"],
                                 body: ByteBuffer(string: body)) { ($0.status, $0.body.text) }
    }

    @Test func detectAnswersAsTheCommandDoes() async throws {
        let fixture = try ServerFixture()
        _ = fixture.dir.write("series.csv", Self.series)
        let cases: [(String, [String])] = [
            ("", []),
            ("?method=pelt&cost=gaussian&calendar=none", ["--method", "pelt", "--cost", "gaussian", "--calendar", "none"]),
            ("?method=pelt&direction=down", ["--method", "pelt", "--direction", "down"]),
            ("?method=nb&false-flags=1&direction=both", ["--method", "nb", "--false-flags", "1", "--direction", "both"]),
            ("?method=robust-z&calendar=none", ["--method", "robust-z", "--calendar", "none"]),
        ]
        try await fixture.application().test(.live) { client in
            for (query, arguments) in cases {
                let expected = try fixture.cliJSON(["detect", "series.csv"] + arguments)
                let (status, body) = try await post(client, query, body: Self.series)
                #expect(status == .ok, "\(query): \(body)")
                #expect(body == expected, "POST /api/v1/detect\(query) differs from uptake detect series.csv \(arguments.joined(separator: " "))")
            }
        }
    }

    @Test func refusalsAreTheQuestionsInBothPlaces() async throws {
        let fixture = try ServerFixture()
        _ = fixture.dir.write("series.csv", Self.series)
        let cli = try fixture.cli.run(["detect", "series.csv", "--cost", "gaussian"], in: fixture.dir.path)
        #expect(cli.status == 64)
        #expect(cli.stderr.hasPrefix("Error: --cost is PELT's segment cost: it goes with --method pelt\n"), "\(cli.stderr)")
        try await fixture.application().test(.live) { client in
            let refused: [(String, String, HTTPResponse.Status, String, String)] = [
                ("?cost=gaussian", Self.series, .badRequest, "invalid_query", "cost is PELT's segment cost: it goes with method pelt"),
                ("?method=pelt&false-flags=1", Self.series, .badRequest, "invalid_query", "false-flags sets nb's threshold: method pelt has its own"),
                ("?calendar=vietnam", Self.series, .badRequest, "invalid_query", "invalid calendar \"vietnam\": expected none"),
                ("?format=csv", Self.series, .badRequest, "invalid_query", "unknown parameter \"format\""),
                ("", "date,value\n2025-07-01,12\n2025-07-02,abc\n", .unprocessableContent, "invalid_input", "\"abc\" is not a number"),
            ]
            for (query, body, status, code, detail) in refused {
                try await client.execute(uri: "/api/v1/detect" + query, method: .post, headers: [.contentType: "text/csv"],
                                         body: ByteBuffer(string: body)) { response in
                    #expect(response.status == status, "\(query): \(response.body.text)")
                    let problem = try JSONDecoder().decode(Problem.self, from: Data(response.body.text.utf8))
                    #expect(problem.code == code, "\(query)")
                    #expect(problem.detail.hasPrefix(detail), "\(query): \(problem.detail)")
                }
            }
            try await client.execute(uri: "/api/v1/detect", method: .get) { response in
                #expect(response.status == .methodNotAllowed)
            }
        }
    }
}
