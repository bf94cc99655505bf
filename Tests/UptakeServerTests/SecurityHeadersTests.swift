import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import UptakeServer

/// Every answer (pages, JSON, /metrics, problems) carries a Content-Security-Policy that lets the
/// dashboard's one inline stylesheet in by its hash and nothing else (no script, no frame, no
/// fetch elsewhere), nosniff, no referrer and no framing.
@Suite struct SecurityHeadersTests {
    static let expected: [(String, String)] = [
        ("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "no-referrer"), ("X-Frame-Options", "DENY"),
    ]

    @Test func everyAnswerCarriesThem() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.live) { client in
            let cases: [(String, HTTPRequest.Method, HTTPResponse.Status)] = [
                ("/?period=2025-07", .get, .ok), ("/localities/01?period=2025-07", .get, .ok), ("/alerts", .get, .ok),
                ("/api/v1/localities?level=province", .get, .ok), ("/metrics", .get, .ok), ("/api/v1/nothing", .get, .notFound),
                ("/api/v1/rates?metric=nonsense", .get, .badRequest), ("/api/v1/sql", .post, .unauthorized), ("/", .post, .methodNotAllowed),
            ]
            for (path, method, status) in cases {
                let response = try await client.execute(uri: path, method: method) { $0 }
                #expect(response.status == status, "\(method) \(path)")
                for (name, value) in Self.expected {
                    #expect(response.headers[HTTPField.Name(name)!] == value, "\(name) on \(method) \(path)")
                }
                let policy = try #require(response.headers[.contentSecurityPolicy], "\(method) \(path)")
                #expect(policy.hasPrefix("default-src 'none'; style-src 'sha256-") && policy.hasSuffix("'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
                        "\(policy)")
            }
        }
    }

    /// The policy's style hash is the SHA-256 of the page's `<style>` text (computed here by
    /// coreutils' sha256sum, not by the server's code), and the page has no script, no inline
    /// `style=` attribute and nothing fetched (an SVG's xmlns is a name, not a fetch): the policy blocks nothing the dashboard needs.
    @Test func theDashboardNeedsNothingThePolicyForbids() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.live) { client in
            for path in ["/?period=2025-07", "/localities/01?metric=received&period=2025-07", "/alerts"] {
                let response = try await client.execute(uri: path, method: .get) { $0 }
                let page = response.body.text
                let styles = page.components(separatedBy: "<style>").dropFirst().map { $0.components(separatedBy: "</style>")[0] }
                #expect(styles.count == 1, "\(path): one stylesheet")
                let policy = try #require(response.headers[.contentSecurityPolicy])
                #expect(policy.contains("'sha256-\(try Self.sha256Base64(styles.first ?? ""))'"), "\(path): \(policy)")
                // url(#id) names a pattern in the same SVG (the map's hatching for missing data): nothing is fetched.
                let fetching = page.replacingOccurrences(of: "url(#", with: "")
                for forbidden in ["<script", " style=", " src=", "<link", "<iframe", "<img", "href=\"http", "url("] {
                    #expect(!fetching.contains(forbidden), "\(path) contains \(forbidden)")
                }
            }
        }
    }

    /// The digest in base64, from `sha256sum`'s hex.
    static func sha256Base64(_ text: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        let input = Pipe(), output = Pipe()
        (process.standardInput, process.standardOutput) = (input, output)
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let hex = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).prefix(64)
        process.waitUntilExit()
        var bytes = [UInt8]()
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(try #require(UInt8(hex[index..<next], radix: 16)))
            index = next
        }
        return Data(bytes).base64EncodedString()
    }
}
