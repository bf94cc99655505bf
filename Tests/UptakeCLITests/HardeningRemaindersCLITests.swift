import Foundation
import Testing
import UptakeTestSupport

/// Issue 9's remainders at the command line: a query reaching years the working calendar does not
/// cover says so on standard error (the output itself is unchanged).
@Suite struct HardeningRemaindersCLITests {
    let cli = CLIRunner()

    @Test func yearsOutsideTheCalendarAreNoted() throws {
        let dir = TemporaryDirectory()
        _ = try cli.run(["init"], in: dir.path)
        dir.write("a.csv", "date,locality,received,received_online\n2019-02-05,00004,10,5\n2025-07-01,00004,10,5\n")
        #expect(try cli.run(["ingest", "--units", "current", "a.csv"], in: dir.path).status == 0)
        let note = "note: 2019 lies outside the working calendar's years (2020–2030): only weekends count as days off there "
            + "(no Tết, no holidays); add them with --calendar FILE\n"
        for command in [["rates", "--metric", "received", "--period", "2019-02"],
                        ["trend", "--metric", "received", "--locality", "00004", "--from", "2019-02-01", "--to", "2019-02-28"],
                        ["compare", "--metric", "received", "--locality", "00004", "--period", "2020-02", "--baseline", "2019-02"],
                        ["anomalies", "--period", "2019-02"]] {
            let out = try cli.run(command + ["--format", "csv"], in: dir.path)
            #expect(out.status == 0, "\(command)")
            #expect(out.stderr == note, "\(command)")
            #expect(!out.stdout.contains("note:"), "CSV stays clean: \(command)")
        }
        let several = try cli.run(["rates", "--metric", "received", "--from", "2015-01-01", "--to", "2035-12-31"], in: dir.path)
        #expect(several.stderr.hasPrefix("note: 2015–2019, 2031–2035 lie outside"))   // runs of years, not every year
        let inside = try cli.run(["rates", "--metric", "received", "--period", "2025-07"], in: dir.path)
        #expect(inside.stderr == "")
        // A calendar file naming 2019's holidays covers 2019.
        dir.write("cal.csv", "date,kind,name\n2019-02-05,holiday,Tết\n")
        let covered = try cli.run(["rates", "--metric", "received", "--period", "2019-02", "--calendar", "cal.csv"], in: dir.path)
        #expect(covered.status == 0)
        #expect(covered.stderr == "")
    }
}
