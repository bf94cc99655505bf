import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import UptakeServer
import UptakeTestSupport

/// /metrics in Prometheus's format, and the dashboard's pages, served and then drawn by headless
/// Chromium at desktop and phone widths.
@Suite(.serialized) struct DashboardAndMetricsTests {
    /// The latest day's volumes per province (as `uptake export prometheus` writes them) and the
    /// server's counter of the request just made.
    @Test func metricsExposeTheLatestDayAndTheRequests() async throws {
        let fixture = try ServerFixture()
        let exported = try fixture.cli.run(["export", "prometheus", "--out", "-"], in: fixture.dir.path)
        #expect(exported.status == 0, "\(exported.stderr)")
        try await fixture.application().test(.live) { client in
            try await client.execute(uri: "/api/v1/localities?level=province", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/plain; version=0.0.4; charset=utf-8")
                let text = response.body.text
                #expect(text.hasPrefix(exported.stdout), "the snapshot comes first, as the export writes it")
                #expect(text.contains("uptake_received{province=\"01\",name=\"Hà Nội\"}"))
                #expect(text.contains("uptake_http_requests_total{route=\"/api/v1/localities\",method=\"GET\",status=\"200\"} 1"))
                #expect(text.contains("# TYPE uptake_http_request_duration_seconds histogram"))
            }
        }
    }

    /// Chromium's screenshot of a served page; kept in $UPTAKE_SCREENSHOTS when set (to look at).
    static func screenshot(_ url: String, width: Int, height: Int, name: String, in dir: String) async throws -> Data {
        let data = try await Chromium.screenshot(url, width: width, height: height, png: dir + "/" + name + ".png",
                                                 profile: dir + "/profile-" + name)
        if let keep = ProcessInfo.processInfo.environment["UPTAKE_SCREENSHOTS"] {
            try? data.write(to: URL(fileURLWithPath: keep + "/" + name + ".png"))
        }
        return data
    }

    /// The overview lists the provinces with links and draws the interval chart; a locality's page
    /// draws its series; no script, nothing fetched from another host. Both pages are drawn by
    /// Chromium at 1280 and 390 pixels wide, each differing from an empty page's screenshot.
    @Test(.tags(.slow)) func dashboardPagesRenderWithoutScripts() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.live) { client in
            let overview = try await client.execute(uri: "/?period=2025-07", method: .get) { $0 }
            #expect(overview.status == .ok)
            #expect(overview.headers[.contentType] == "text/html; charset=utf-8")
            let html = overview.body.text
            #expect(html.contains("<a href=\"/localities/01?metric=online-submission&amp;period=2025-07\">Hà Nội</a>"))
            #expect(html.contains("<svg"))
            // As the form sends it: every field, empty ones too, spaces as +.
            let filtered = try await client.execute(uri: "/?metric=online-submission&level=commune&parent=Ha+Noi&period=2025-07&sector=", method: .get) { $0 }
            #expect(filtered.status == .ok, "\(filtered.body.text)")
            #expect(filtered.body.text.contains(">Thanh Xuân</a>"))
            let locality = try await client.execute(uri: "/localities/Ha%20Noi?metric=received&period=2025-07", method: .get) { $0 }
            #expect(locality.status == .ok)
            #expect(locality.body.text.contains("Hà Nội (01): received, 2025-07"))
            #expect(locality.body.text.contains("<svg"))
            for page in [html, locality.body.text] {
                #expect(!page.contains("<script"))
                let outside = page.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "")
                #expect(!outside.contains("http://") && !outside.contains("https://"), "nothing from another host")
            }
            guard Chromium.executable != nil, let port = client.port else {
                print("DashboardAndMetricsTests: screenshots skipped: no chromium executable (make test-deps installs it)")
                return
            }
            let dir = fixture.dir.path
            let blank = try await Self.screenshot("about:blank", width: 1280, height: 900, name: "blank", in: dir)
            for (path, name) in [("/?period=2025-07", "overview"), ("/localities/01?metric=received&period=2025-07", "locality")] {
                for (width, height, device) in [(1280, 900, "desktop"), (390, 844, "phone")] {
                    let shot = try await Self.screenshot("http://127.0.0.1:\(port)\(path)", width: width, height: height, name: "\(name)-\(device)", in: dir)
                    #expect(shot.count > 4 * blank.count, "\(name) at \(device) width is not blank: \(shot.count) bytes")
                }
            }
        }
    }
}
