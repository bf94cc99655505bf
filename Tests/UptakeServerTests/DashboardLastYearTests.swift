import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import UptakeCore
import UptakeServer
import UptakeTestSupport

/// Issue 26, year over year on the dashboard: `baseline=last-year` (compare's parameter, offered in the
/// form) sets July 2025 against July 2024, filed in the pre-reform units, on the home and on a
/// locality's page, with the numbers `uptake rates` and `uptake compare --baseline last-year` print.
@Suite(.serialized) struct DashboardLastYearTests {
    /// July 2024 at every old unit that went into the fixture's communes, filed in the old codes.
    static func addLastYear(_ fixture: ServerFixture) throws {
        let communes: Set<String> = ["00004", "00367", "00008", "16171"]
        let old = ReformCrosswalk.vietnam2025.units.filter { !communes.isDisjoint(with: $0.parts) }
        try #require(!old.isEmpty)
        var csv = "date,locality,sector,received,received_online,resolved,resolved_online,synced,on_time\n"
        for day in 1...31 {
            for (i, unit) in old.enumerated() {
                let received = 10 + (day * 7 + i * 3) % 13
                csv += String(format: "2024-07-%02d", day) + ",\(unit.code),,\(received),\(received / (3 + i % 3)),,,,\n"
            }
        }
        _ = fixture.dir.write("july-2024.csv", csv)
        let ingest = try fixture.cli.run(["ingest", "--units", "pre-2025", "july-2024.csv"], in: fixture.dir.path)
        try #require(ingest.status == 0, "\(ingest.stderr)")
    }

    /// What the CLI prints as JSON rows.
    static func rows(_ fixture: ServerFixture, _ arguments: [String]) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(fixture.cliJSON(arguments).utf8)) as? [[String: Any]])
    }

    /// `32.73%` and `+0.76 pp`, as the English page writes a rate and a change of rates.
    static func percent(_ x: Double) -> String { String(format: "%.2f%%", x * 100) }
    static func points(_ x: Double) -> String {
        let text = String(format: "%.2f", x * 100)
        return (x >= 0 && !text.hasPrefix("-") ? "+" : "") + text + " pp"
    }

    /// The table row of the page naming `name`.
    static func row(_ page: String, _ name: String) -> String? {
        page.components(separatedBy: "<tr").first { $0.contains(">\(name)</a>") }
    }

    @Test func theHomeAndALocalityAgainstLastYear() async throws {
        let fixture = try ServerFixture()
        try Self.addLastYear(fixture)
        let lastYear = try Self.rows(fixture, ["rates", "--period", "2024-07", "--locality", "01"])
        let compared = try Self.rows(fixture, ["compare", "--period", "2025-07", "--baseline", "last-year", "--locality", "01"])
        let before = try #require(lastYear.first?["rate"] as? Double), change = try #require(compared.first?["rate_change"] as? Double)
        #expect(compared.first?["baseline_period"] as? String == "2024-07")
        let verdict = compared.first?["rate_significant"] as? Bool == true ? (change < 0 ? "significant fall" : "significant rise") : "no significant change"
        try await fixture.application().test(.router) { client in
            let home = try await client.execute(uri: "/?period=2025-07&baseline=last-year&lang=en", method: .get) { $0.body.text }
            #expect(home.contains("Same period last year (2024-07)"), "the column names last year")
            #expect(home.contains("<option value=\"last-year\" selected>the same period last year</option>"), "the form offers it, chosen")
            let hanoi = try #require(Self.row(home, "Hà Nội"), "Hà Nội's row")
            #expect(hanoi.contains(">\(Self.percent(before))<"), "last July's rate as rates prints it: \(Self.percent(before))")
            #expect(hanoi.contains(">\(Self.points(change))<"), "the change as compare prints it: \(Self.points(change))")
            #expect(hanoi.contains("baseline=last-year"), "the link to Hà Nội's page keeps the baseline")
            #expect(home.contains("compared with the same days a year before (2024-07)"))

            let page = try await client.execute(uri: "/localities/01?period=2025-07&baseline=last-year&lang=en", method: .get) { $0.body.text }
            #expect(page.contains("Same period last year (2024-07)"))
            #expect(page.contains(Self.percent(before)) && page.contains(Self.points(change)))
            #expect(page.contains(verdict), "the verdict of compare's test: \(verdict)")

            let vi = try await client.execute(uri: "/?period=2025-07&baseline=last-year&lang=vi", method: .get) { $0.body.text }
            #expect(vi.contains("Cùng kỳ năm trước (tháng 7/2024)") && vi.contains("cùng kỳ năm trước</option>"))
            // Without the parameter, the previous month as before.
            let plain = try await client.execute(uri: "/?period=2025-07&lang=en", method: .get) { $0.body.text }
            #expect(plain.contains("Previous period (2025-06)") && !plain.contains("Same period last year"))
            let bad = try await client.execute(uri: "/?period=2025-07&baseline=next-year", method: .get) { $0.status }
            #expect(bad == .badRequest)
        }
    }
}
