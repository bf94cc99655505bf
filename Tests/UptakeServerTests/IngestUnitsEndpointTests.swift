import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import UptakeCore
import UptakeServer
import UptakeSQLite
import UptakeTestSupport

/// POST /api/v1/ingest?units=…: the CLI's `--units`, with the same default (issue 26): a body in
/// unsaid units is today's, and its rows dated before 1 July 2025 are refused (422) unless the
/// request says `units=current`.
@Suite struct IngestUnitsEndpointTests {
    @Test func daysBeforeTheReformNeedTheUnitsSaid() async throws {
        let fixture = try ServerFixture()
        let out = try fixture.cli.run(["tokens", "add", "--name", "loader", "--scope", "ingest:*"], in: fixture.dir.path)
        try #require(out.status == 0, "\(out.stderr)")
        let secret = out.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try await fixture.application().test(.live) { client in
            let june = "date,locality,sector,received,received_online\n2024-06-03,00004,land,10,4\n"
            func post(_ client: some TestClientProtocol, _ query: String) async throws -> TestResponse {
                try await client.execute(uri: "/api/v1/ingest" + query, method: .post,
                                         headers: [.contentType: "text/csv", .authorization: "Bearer \(secret)"], body: ByteBuffer(string: june))
            }
            let unsaid = try await post(client, "")
            #expect(unsaid.status == .unprocessableContent)
            #expect(unsaid.body.text.contains("date 2024-06-03 is before the reform of 1 July 2025, and the file's units were not given"), "\(unsaid.body.text)")
            #expect(unsaid.body.text.contains("?units= on the API"), "the hint says how to say it here")
            let wrong = try await post(client, "?units=old")
            #expect(wrong.status == .badRequest)
            #expect(wrong.body.text.contains("units must be one of current, pre-2025, not \\\"old\\\""), "\(wrong.body.text)")
            #expect(try await post(client, "?unit=current").status == .badRequest, "an unknown parameter is named, not ignored")
            let said = try await post(client, "?units=current")
            #expect(said.status == .ok, "\(said.body.text)")
            #expect(try await SQLiteStore(path: fixture.db).applicationsSpan()?.first.description == "2024-06-03")
        }
    }
}
