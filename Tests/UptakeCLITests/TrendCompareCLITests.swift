import Foundation
import Testing
import UptakeTestSupport

@Suite struct TrendCompareCLITests {
    let cli = CLIRunner()

    @Test func helpIsOneSentence() throws {
        let dir = TemporaryDirectory()
        let trend = try cli.run(["trend", "--help"], in: dir.path)
        let overview = { (text: String) in text.split(separator: "\n\n")[0].replacingOccurrences(of: "\n", with: " ") }
        #expect(overview(trend.stdout) == "OVERVIEW: The trend of one unit's daily series: STL, Theil–Sen slope, Mann–Kendall and moving averages.")
        #expect(trend.stdout.contains("uptake trend --metric received-online --locality 79 --from 2025-03-01 --to 2025-10-31"))
        let compare = try cli.run(["compare", "--help"], in: dir.path)
        #expect(overview(compare.stdout) == "OVERVIEW: Compare two periods unit by unit: rates, volumes per working day, tests and flags.")
        #expect(compare.stdout.contains("uptake compare --period 2025-07 --baseline 2025-06 --locality 79 --by commune --decompose"))
    }

    @Test func usageErrorsExit64() throws {
        let dir = TemporaryDirectory()
        let by = try cli.run(["compare", "--by", "commune"], in: dir.path)
        #expect(by.status == 64)
        #expect(by.stderr.hasPrefix("Error: --by commune needs --locality, the province whose communes to compare\n"))
        let baseline = try cli.run(["compare", "--baseline", "2025-13"], in: dir.path)
        #expect(baseline.status == 64)
        #expect(baseline.stderr.hasPrefix("Error: The value '2025-13' is invalid for '--baseline <period>'\n"
            + "Help:  --baseline <period>  The baseline: a period (2025-06), a range 2025-06-01..2025-06-30, or relative to --as-of: "
            + "today, yesterday, last-week, this-month, last-month; or last-year, the same days a year before (default:"))
        let alpha = try cli.run(["compare", "--alpha", "5"], in: dir.path)
        #expect(alpha.stderr.hasPrefix("Error: --alpha must lie strictly between 0 and 1, e.g. 0.05\n"))
        let range = try cli.run(["trend", "--from", "2025-07-01"], in: dir.path)
        #expect(range.status == 64)
        #expect(range.stderr.hasPrefix("Error: --from and --to go together\n"))
    }

    @Test func errorsSayWhatToDo() throws {
        let dir = TemporaryDirectory()
        #expect(try cli.run(["trend"], in: dir.path).stderr == "error: no database at uptake.sqlite\n  hint: create one with 'uptake init' (or point --db / $UPTAKE_DB at it)\n")
        _ = try cli.run(["init"], in: dir.path)
        let volume = try cli.run(["compare", "--metric", "received", "--period", "2025-07", "--decompose"], in: dir.path)
        #expect(volume.status == 2)
        #expect(volume.stderr == "error: --decompose splits the change of a simple rate; received is a volume\n  hint: use --metric online-submission, online-result, sync or on-time\n")
        dir.write("cal.csv", "date,kind\n2025-13-01,holiday\n")
        let calendar = try cli.run(["trend", "--period", "2025-07", "--calendar", "cal.csv"], in: dir.path)
        #expect(calendar.status == 1)
        #expect(calendar.stderr == "error: cal.csv:2: '2025-13-01' is not a YYYY-MM-DD date\n  hint: each line is date,kind,name with kind holiday, bridge or working_saturday\n")
    }

    /// Two communes of Cao Bằng (04), by hand: June 30/100 and 80/100 online, July 60/100 and 90/300.
    /// Cao Bằng: 55% → 37.5%; within 0.1125 − 0.3125 = −0.2, mix −0.1125 + 0.1375 = 0.025; total −0.175.
    @Test func compareDecomposesWithATotalLine() throws {
        let dir = TemporaryDirectory()
        _ = try cli.run(["init"], in: dir.path)
        dir.write("a.csv", "date,locality,received,received_online\n2025-06-02,01273,100,30\n2025-06-02,01279,100,80\n2025-07-01,01273,100,60\n2025-07-01,01279,300,90\n")
        #expect(try cli.run(["ingest", "--units", "current", "a.csv"], in: dir.path).status == 0)
        let out = try cli.run(["compare", "--period", "2025-07", "--locality", "04", "--by", "commune", "--decompose", "--format", "csv"], in: dir.path)
        #expect(out.status == 0)
        let lines = out.stdout.split(separator: "\n")
        #expect(lines.count == 58)   // header, 56 communes, the total
        #expect(lines[0].hasSuffix(",part,within,mix"))
        let total = lines.last!.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        // Commune rows carry their province (issue 10, item 6); the total row has none.
        #expect(lines[0].hasPrefix("code,name,level,province,province_name,sector,metric,"))
        #expect(lines[1].contains(",commune,04,Cao Bằng,,online-submission,"))
        #expect(total.prefix(15) == ["04", "Cao Bằng (total)", "province", "", "", "", "online-submission", "2025-06", "2025-06-01", "2025-06-30",
                                     "2025-07", "2025-07-01", "2025-07-31", "0.55", "0.375"])
        #expect(total.suffix(3).first == "total")
        expectClose(-0.175, Double(total[15])!, rel: 1e-12)
        expectClose(-0.2, Double(total[total.count - 2])!, rel: 1e-12)
        expectClose(0.025, Double(total[total.count - 1])!, rel: 1e-12)
        let table = try cli.run(["compare", "--period", "2025-07", "--locality", "04", "--by", "commune", "--decompose"], in: dir.path)
        #expect(table.stdout.contains("within + mix = change exactly: -20.000 + 2.500 = -17.500 pp (37.500% − 55.000%)"))
        #expect(table.stdout.contains("no data in either period: 54 units"))
    }

    @Test func trendPrintsASparkline() throws {
        let dir = TemporaryDirectory()
        _ = try cli.run(["init"], in: dir.path)
        let rows = (1...28).map { "2025-07-\($0 < 10 ? "0" : "")\($0),01273,\(100 + $0),\(50 + $0)" }
        dir.write("a.csv", "date,locality,received,received_online\n" + rows.joined(separator: "\n") + "\n")
        #expect(try cli.run(["ingest", "--units", "current", "a.csv"], in: dir.path).status == 0)
        let out = try cli.run(["trend", "--metric", "received", "--locality", "04", "--from", "2025-07-01", "--to", "2025-07-28"], in: dir.path)
        #expect(out.status == 0)
        #expect(out.stdout.hasPrefix("Cao Bằng (04) · received · 2025-07-01..2025-07-28 · 28 days, 20 working days\ndaily  ▁▁▂▂▂▂▃▃▃▃▄▄▄▄▅▅▅▅▆▆▆▆▇▇▇▇██  min 101.0, max 128.0\n"))
        #expect(out.stdout.contains("direction                    increasing"))
    }
}
