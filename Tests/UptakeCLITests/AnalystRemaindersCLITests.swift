import Foundation
import Testing
import UptakeTestSupport

/// Issue 10's remainders: provinces in compare's text tables, period bounds and sector filters on
/// every CSV/JSON row, `--by sector` for compare and trend, relative baselines, and the option
/// combinations of anomalies, detect and lagging.
@Suite struct AnalystRemaindersCLITests {
    let cli = CLIRunner()

    /// Two communes of Hà Nội (Ba Đình 00004, Thanh Xuân 00367), two sectors, every day of June and July 2025.
    func fixture() throws -> TemporaryDirectory {
        let dir = TemporaryDirectory()
        _ = try cli.run(["init"], in: dir.path)
        var lines = ["date,locality,sector,received,received_online"]
        for month in [6, 7] {
            for day in 1...(month == 6 ? 30 : 31) {
                let date = String(format: "2025-%02d-%02d", month, day)
                // July: Ba Đình's land applications go online more (30 → 50 of 100).
                lines.append("\(date),00004,land,100,\(month == 6 ? 30 : 50)")
                lines.append("\(date),00004,civil_status,50,20")
                lines.append("\(date),00367,land,40,10")
            }
        }
        dir.write("a.csv", lines.joined(separator: "\n") + "\n")
        #expect(try cli.run(["ingest", "--units", "current", "a.csv"], in: dir.path).status == 0)
        return dir
    }

    /// Compare's text tables name each commune's province (code and name); CSV already did.
    @Test func compareTablesCarryTheProvince() throws {
        let dir = try fixture()
        let out = try cli.run(["compare", "--locality", "01", "--by", "commune", "--period", "2025-07", "--baseline", "2025-06"], in: dir.path)
        #expect(out.status == 0)
        let lines = out.stdout.split(separator: "\n").map(String.init)
        let headers = lines.filter { $0.hasPrefix("code") }
        #expect(headers.count == 2)   // the rate table and the volume table
        #expect(headers.allSatisfy { $0.hasPrefix("code   name ") && $0.contains(" province  province_name ") })
        #expect(lines.filter { $0.hasPrefix("00004  Ba Đình ") && $0.contains(" 01        Hà Nội ") }.count == 2)
        let markdown = try cli.run(["compare", "--locality", "01", "--by", "commune", "--period", "2025-07", "--format", "markdown"], in: dir.path)
        #expect(markdown.stdout.contains("| 00367 | Thanh Xuân | 01 | Hà Nội |"))
    }

    /// CSV and JSON rows of rates, trend and compare carry their period's bounds and sector filter;
    /// the rates table keeps its label only.
    @Test func rowsCarryTheirBoundsAndFilters() throws {
        let dir = try fixture()
        let rates = try cli.run(["rates", "--locality", "00004", "--by", "week", "--from", "2025-07-01", "--to", "2025-07-13", "--format", "csv"], in: dir.path)
        #expect(rates.stdout.hasPrefix("code,name,province,province_name,period,from,to,numerator,"))
        #expect(rates.stdout.contains("\n00004,Ba Đình,01,Hà Nội,2025-W27 (2025-06-30),2025-07-01,2025-07-06,"))
        #expect(rates.stdout.contains("\n00004,Ba Đình,01,Hà Nội,2025-W28 (2025-07-07),2025-07-07,2025-07-13,"))
        let table = try cli.run(["rates", "--locality", "00004", "--period", "2025-07"], in: dir.path)
        #expect(table.stdout.hasPrefix("code   name     province  province_name  period   numerator"))
        let json = try cli.run(["rates", "--locality", "01", "--period", "2025-07", "--sector", "land", "--format", "json"], in: dir.path)
        #expect(json.stdout.contains("\"from\" : \"2025-07-01\""))
        #expect(json.stdout.contains("\"sector\" : \"land\""))
        #expect(json.stdout.contains("\"to\" : \"2025-07-31\""))

        let compare = try cli.run(["compare", "--locality", "01", "--period", "2025-07", "--sector", "land", "--format", "csv"], in: dir.path)
        let header = compare.stdout.split(separator: "\n")[0]
        #expect(header.hasPrefix("code,name,level,sector,metric,baseline_period,baseline_from,baseline_to,current_period,current_from,current_to,"))
        #expect(compare.stdout.contains("\n01,Hà Nội,province,land,online-submission,2025-06,2025-06-01,2025-06-30,2025-07,2025-07-01,2025-07-31,"))
        let all = try cli.run(["compare", "--locality", "01", "--period", "2025-07", "--format", "csv"], in: dir.path)
        #expect(all.stdout.contains("\n01,Hà Nội,province,,online-submission,2025-06,"))   // every sector: empty filter

        let trend = try cli.run(["trend", "--locality", "01", "--period", "2025-07", "--sector", "civil_status", "--format", "csv"], in: dir.path)
        #expect(trend.stdout.hasPrefix("code,name,sector,metric,from,to,"))
        #expect(trend.stdout.contains("\n01,Hà Nội,civil_status,online-submission,2025-07-01,2025-07-31,"))
    }

    /// `--by sector` for compare (one block per sector, q-values over all) and trend (one summary each).
    @Test func compareAndTrendBySector() throws {
        let dir = try fixture()
        let compare = try cli.run(["compare", "--locality", "01", "--by", "sector", "--period", "2025-07", "--format", "csv"], in: dir.path)
        #expect(compare.status == 0)
        let rows = compare.stdout.split(separator: "\n").dropFirst()
        #expect(rows.count == 2)
        // civil_status: 1,550 of 3,100 → 620 of 1,550 both months, no change; land: 40/140 → 60/140 a day.
        #expect(rows[rows.startIndex].hasPrefix("01,Hà Nội,province,civil_status,online-submission,2025-06,2025-06-01,2025-06-30,2025-07,2025-07-01,2025-07-31,0.4,0.4,0.0,"))
        #expect(rows[rows.startIndex + 1].hasPrefix("01,Hà Nội,province,land,online-submission,2025-06,2025-06-01,2025-06-30,2025-07,2025-07-01,2025-07-31,"
            + "0.2857142857142857,0.42857142857142855,"))
        let table = try cli.run(["compare", "--locality", "01", "--by", "sector", "--period", "2025-07"], in: dir.path)
        #expect(table.stdout.contains("Benjamini–Hochberg q-values over the 2 units tested"))
        #expect(table.stdout.contains("\n01    Hà Nội  land          "))
        let decompose = try cli.run(["compare", "--level", "province", "--by", "sector", "--decompose"], in: dir.path)
        #expect(decompose.status == 64)
        #expect(decompose.stderr.hasPrefix("Error: --decompose splits one aggregate's change: leave out --by sector, or give one --sector\n"))

        let trend = try cli.run(["trend", "--locality", "01", "--period", "2025-07", "--by", "sector", "--format", "csv"], in: dir.path)
        #expect(trend.status == 0)
        let trendRows = trend.stdout.split(separator: "\n").dropFirst().map(String.init)
        #expect(trendRows.count == 2)
        #expect(trendRows[0].hasPrefix("01,Hà Nội,civil_status,online-submission,2025-07-01,2025-07-31,31,23,0.4,"))
        #expect(trendRows[1].hasPrefix("01,Hà Nội,land,online-submission,2025-07-01,2025-07-31,31,23,0.42857142857142855,"))
        let trendTable = try cli.run(["trend", "--locality", "01", "--period", "2025-07", "--by", "sector"], in: dir.path)
        #expect(trendTable.stdout.hasPrefix("Hà Nội (01) · online-submission · 2025-07-01..2025-07-31 · by sector\n\nsector          rate  slope per 30 days"))
        #expect(trendTable.stdout.contains("\nland          42.86%            0.00 pp"))
        #expect(try cli.run(["trend", "--by", "sector", "--daily"], in: dir.path).status == 64)
    }

    /// A relative --baseline counts from --as-of; --as-of with nothing relative is still refused.
    @Test func relativeBaseline() throws {
        let dir = try fixture()
        let out = try cli.run(["compare", "--locality", "01", "--period", "2025-07", "--baseline", "last-month", "--as-of", "2025-07-20"], in: dir.path)
        #expect(out.status == 0)
        #expect(out.stdout.hasPrefix("online-submission: 2025-07 (2025-07-01..2025-07-31, 23 working days) against 2025-06 (2025-06-01..2025-06-30, 21 working days);"))
        let both = try cli.run(["compare", "--locality", "01", "--period", "this-month", "--baseline", "last-month", "--as-of", "2025-07-10",
                                "--format", "csv"], in: dir.path)
        #expect(both.stdout.contains(",2025-06,2025-06-01,2025-06-30,2025-07-01..2025-07-10,2025-07-01,2025-07-10,"))
        let refused = try cli.run(["compare", "--period", "2025-07", "--baseline", "2025-06", "--as-of", "2025-07-20"], in: dir.path)
        #expect(refused.status == 64)
        #expect(refused.stderr.hasPrefix("Error: --as-of goes with a relative --period (today, yesterday, last-week, this-month, last-month)\n"))
        for command in [["rates"], ["trend"], ["anomalies"], ["lagging"]] {
            #expect(try cli.run(command + ["--period", "2025-07", "--as-of", "2025-07-20"], in: dir.path).status == 64, "\(command)")
        }
        let bad = try cli.run(["compare", "--baseline", "last-decade"], in: dir.path)
        #expect(bad.status == 64)
        #expect(bad.stderr.hasPrefix("Error: The value 'last-decade' is invalid for '--baseline <period>'\n"))
        #expect(bad.stderr.contains("a range 2025-06-01..2025-06-30, or relative to --as-of: today, yesterday, last-week, this-month, last-month"))
    }

    /// anomalies, detect and lagging honour every option or refuse it with a usage error.
    @Test func anomaliesDetectAndLaggingRefuseWhatTheyWouldIgnore() throws {
        let dir = try fixture()
        let cases: [([String], String)] = [
            (["anomalies", "--method", "ears-c1", "--false-flags", "0.5"], "--false-flags sets nb's threshold: --method ears-c1 has its own"),
            (["anomalies", "--level", "province", "--no-events"], "--no-events unfolds commune anomalies: it goes with --level commune or --parent"),
            (["detect", "s.csv", "--cost", "gaussian"], "--cost is PELT's segment cost: it goes with --method pelt"),
            (["detect", "s.csv", "--method", "pelt", "--false-flags", "1"], "--false-flags sets nb's threshold: --method pelt has its own"),
            (["lagging", "--level", "nation"], "--level nation is one unit: lagging compares peers (use --level province or commune)"),
        ]
        dir.write("s.csv", "2025-07-01,10\n2025-07-02,12\n")
        for (arguments, message) in cases {
            let out = try cli.run(arguments, in: dir.path)
            #expect(out.status == 64, "\(arguments)")
            #expect(out.stderr.hasPrefix("Error: \(message)\n"), "\(arguments): \(out.stderr)")
        }
        // Honoured: --no-events with the communes of a province, the default threshold said explicitly.
        #expect(try cli.run(["anomalies", "--parent", "01", "--no-events", "--period", "2025-07"], in: dir.path).status == 0)
        #expect(try cli.run(["detect", "s.csv", "--method", "pelt", "--cost", "gaussian"], in: dir.path).status == 0)
        // --excel is honoured (a byte order mark), no longer dropped by these commands.
        for arguments in [["lagging", "--level", "commune", "--period", "2025-07"], ["detect", "s.csv"], ["anomalies", "--period", "2025-07"]] {
            #expect(try bytes(arguments + ["--format", "csv", "--excel"], in: dir.path).prefix(3) == [0xEF, 0xBB, 0xBF], "\(arguments)")
        }
    }

    /// Standard output as bytes (String(contentsOfFile:) would drop a byte order mark).
    func bytes(_ arguments: [String], in directory: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: cli.executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(data)
    }
}
