import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import UptakeCore
import UptakeServer
import UptakeSQLite
import UptakeTestSupport

/// POST /api/v1/ingest: tokens from `uptake tokens add`, stored hashed; a province's token ingests
/// its own localities only; 401, 403, 413 and 422 write nothing.
@Suite struct IngestEndpointTests {
    func token(_ fixture: ServerFixture, scope: String) throws -> String {
        let out = try fixture.cli.run(["tokens", "add", "--name", "Sở TT&TT \(scope)", "--scope", scope], in: fixture.dir.path)
        try #require(out.status == 0, "\(out.stderr)")
        let secret = out.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(secret.hasPrefix("upt_") && secret.count == 68)
        return secret
    }

    static func lastDay(_ fixture: ServerFixture) async throws -> String {
        try await SQLiteStore(path: fixture.db).applicationsSpan()?.last.description ?? "none"
    }

    static func post(_ client: some TestClientProtocol, _ body: String, bearer: String?) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "text/csv"]
        if let bearer { headers[.authorization] = "Bearer \(bearer)" }
        return try await client.execute(uri: "/api/v1/ingest", method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    @Test func tokensGuardTheIngest() async throws {
        let fixture = try ServerFixture()
        let haNoi = try token(fixture, scope: "ingest:01")
        let everywhere = try token(fixture, scope: "ingest:*")
        let listed = try fixture.cli.run(["tokens", "list", "--format", "csv"], in: fixture.dir.path)
        #expect(listed.stdout.contains(",Sở TT&TT ingest:01,ingest:01,"))
        #expect(!listed.stdout.contains(haNoi) && !listed.stdout.contains(String(haNoi.dropFirst(4).prefix(16))), "the secret is never shown again")
        let raw = [fixture.db, fixture.db + "-wal"].compactMap { FileManager.default.contents(atPath: $0) }
            .map { String(decoding: $0, as: UTF8.self) }.joined()
        #expect(!raw.contains(haNoi), "only the hash is stored")

        let august = "date,locality,sector,received,received_online\n2025-08-01,00004,land,10,4\n2025-08-01,00367,land,8,2\n"
        let thanhHoa = august + "2025-08-01,16171,land,5,1\n"
        let invalid = "date,locality,sector,received,received_online\n2025-08-02,00004,land,10,40\n"
        try await fixture.application(maxUploadBytes: 4096).test(.live) { client in
            let missing = try await Self.post(client, august, bearer: nil)
            #expect(missing.status == .unauthorized)
            #expect(missing.headers[.wwwAuthenticate] == "Bearer")
            #expect(missing.headers[.contentType] == "application/problem+json")
            #expect(try await Self.post(client, august, bearer: "upt_" + String(repeating: "0", count: 64)).status == .unauthorized)
            let outside = try await Self.post(client, thanhHoa, bearer: haNoi)
            #expect(outside.status == .forbidden)
            #expect(outside.body.text.contains("line 4: locality \\\"16171\\\" is outside the token's scope (province 01)"), "\(outside.body.text)")
            let tooBig = try await Self.post(client, august + String(repeating: "2025-08-01,00004,land,10,4\n", count: 200), bearer: haNoi)
            #expect(tooBig.status == .contentTooLarge)
            let bad = try await Self.post(client, invalid, bearer: haNoi)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.body.text.contains("\"code\" : \"invalid_input\""), "\(bad.body.text)")
            #expect(try await Self.lastDay(fixture) == "2025-07-31", "nothing written by the refused uploads")

            let ok = try await Self.post(client, august, bearer: haNoi)
            #expect(ok.status == .ok, "\(ok.body.text)")
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(ok.body.text.utf8)) as? [[String: Any]])
            #expect(rows.first?["inserted"] as? Int == 2 && rows.first?["committed"] as? String == "true", "\(ok.body.text)")
            #expect(try await Self.lastDay(fixture) == "2025-08-01")
            #expect(try await Self.post(client, thanhHoa.replacingOccurrences(of: "08-01", with: "08-03"), bearer: everywhere).status == .ok)
            #expect(try await Self.lastDay(fixture) == "2025-08-03")
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.body.text.contains("uptake_ingests_total{result=\"committed\"} 2"))
                #expect(response.body.text.contains("uptake_ingests_total{result=\"refused\"} 2"), "the scope and the size")
                #expect(response.body.text.contains("uptake_ingests_total{result=\"invalid\"} 1"))
            }
            let id = try #require(listed.stdout.split(separator: "\n").first { $0.contains("ingest:01") }?.split(separator: ",").first)
            #expect(try fixture.cli.run(["tokens", "revoke", String(id)], in: fixture.dir.path).status == 0)
            #expect(try await Self.post(client, august, bearer: haNoi).status == .unauthorized)
        }
    }
}
