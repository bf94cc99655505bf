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

    /// Hà Nội's three communes receive almost nothing on 29–31 July (a revision of the fixture's
    /// rows), and `uptake alerts check` runs for 31 July with a rule on province drops.
    static func plantDropAndCheckAlerts(_ fixture: ServerFixture) throws {
        var csv = "date,locality,sector,received,received_online,resolved,resolved_online\n"
        for day in ["2025-07-29", "2025-07-30", "2025-07-31"] {
            for code in ["00004", "00367", "00008"] { csv += "\(day),\(code),land,1,0,1,0\n\(day),\(code),civil_status,1,0,1,0\n" }
        }
        _ = fixture.dir.write("drop.csv", csv)
        let ingest = try fixture.cli.run(["ingest", "--units", "current", "drop.csv"], in: fixture.dir.path)
        try #require(ingest.status == 0, "\(ingest.stderr)")
        _ = fixture.dir.write("rules.yaml", """
            rules:
              - name: ProvinceDrop
                watch: {metric: received, level: province, provinces: ["01"]}
                condition:
                  anomaly: {kinds: [drop, level_shift]}
                  drop_percent: 50
                annotations:
                  summary: "{{ name }}: {{ observed }} received against {{ expected }} expected"
                group_by: [province]
            """)
        let check = try fixture.cli.run(["alerts", "check", "--rules", "rules.yaml", "--as-of", "2025-07-31"], in: fixture.dir.path)
        try #require(check.status == 0 || check.status == 3, "\(check.stderr)")
    }

    /// The first anomaly `uptake anomalies --locality 01 --direction both` finds in July.
    static func firstAnomalyID(_ fixture: ServerFixture) throws -> String {
        let out = try fixture.cli.run(["anomalies", "--metric", "received", "--locality", "01", "--period", "2025-07", "--direction", "both", "--format", "csv"],
                                      in: fixture.dir.path)
        try #require(out.status == 0, "\(out.stderr)")
        let row = try #require(out.stdout.split(separator: "\n").dropFirst().first, "no anomaly: \(out.stdout)")
        return String(row.split(separator: ",")[0])
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
        try Self.plantDropAndCheckAlerts(fixture)
        try await fixture.application().test(.live) { client in
            let overview = try await client.execute(uri: "/?period=2025-07", method: .get) { $0 }
            #expect(overview.status == .ok)
            #expect(overview.headers[.contentType] == "text/html; charset=utf-8")
            let html = overview.body.text
            #expect(html.contains("<a href=\"/localities/01?lang=en&amp;metric=online-submission&amp;period=2025-07\">Hà Nội</a>"))
            #expect(html.contains("<svg"))
            // As the form sends it: every field, empty ones too, spaces as +.
            let filtered = try await client.execute(uri: "/?metric=online-submission&level=commune&parent=Ha+Noi&period=2025-07&sector=", method: .get) { $0 }
            #expect(filtered.status == .ok, "\(filtered.body.text)")
            #expect(filtered.body.text.contains(">Thanh Xuân</a>"))
            let locality = try await client.execute(uri: "/localities/Ha%20Noi?metric=received&period=2025-07", method: .get) { $0 }
            #expect(locality.status == .ok)
            #expect(locality.body.text.contains("Hà Nội (01): applications received, 2025-07"))
            #expect(locality.body.text.contains("<svg"))
            // Its anomalies (the planted drop, as the CLI lists it) and the explanation.
            let anomalyID = try Self.firstAnomalyID(fixture)
            #expect(locality.body.text.contains("<h2 id=\"anomalies\">Anomalies</h2>"))
            #expect(locality.body.text.contains("<td>\(anomalyID)</td>"), "the CLI's anomaly \(anomalyID) is listed")
            #expect(locality.body.text.contains("<h2 id=\"explanation\">What explains it</h2>"))
            #expect(locality.body.text.contains("<ol class=\"causes\">"))
            // The alert list, as `uptake alerts list` has it.
            let alerts = try await client.execute(uri: "/alerts", method: .get) { $0 }
            #expect(alerts.status == .ok)
            #expect(alerts.body.text.contains("<td>ProvinceDrop</td>") && alerts.body.text.contains("<td>Hà Nội (01)</td>"), "\(alerts.body.text)")
            #expect(alerts.body.text.contains("Last evaluated 2025-07-31"))
            for page in [html, locality.body.text, alerts.body.text] {
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
            for (path, name) in [("/?period=2025-07", "overview"), ("/localities/01?metric=received&period=2025-07", "locality"), ("/alerts", "alerts")] {
                for (width, height, device) in [(1280, 900, "desktop"), (390, 844, "phone")] {
                    let shot = try await Self.screenshot("http://127.0.0.1:\(port)\(path)", width: width, height: height, name: "\(name)-\(device)", in: dir)
                    #expect(shot.count > 4 * blank.count, "\(name) at \(device) width is not blank: \(shot.count) bytes")
                }
            }
        }
    }
}
