import Foundation
import Testing
import UptakeTestSupport

@Suite struct CLITests {
    let cli = CLIRunner()

    @Test func helpStartsWithTheAbstract() throws {
        let dir = TemporaryDirectory()
        let out = try cli.run(["--help"], in: dir.path)
        #expect(out.status == 0)
        #expect(out.stdout.hasPrefix("OVERVIEW: Statistics on how Vietnam's public administrative services move online."))
    }

    @Test func initLoadsTheOfficialLocalities() throws {
        let dir = TemporaryDirectory()
        let first = try cli.run(["init"], in: dir.path)
        #expect(first.status == 0)
        #expect(first.stdout.hasSuffix("uptake.sqlite: 34 provinces, 3321 communes\n"))
        let again = try cli.run(["init"], in: dir.path)
        #expect(again.stdout.contains("identical to ingest #1; nothing changed"))
        let list = try cli.run(["localities", "--parent", "04", "--format", "csv"], in: dir.path)
        #expect(list.stdout.split(separator: "\n").count == 57)  // header and Cao Bằng's 56 communes
        let search = try cli.run(["localities", "--level", "province", "--search", "ha noi"], in: dir.path)
        #expect(search.stdout.contains("Hà Nội"))
    }

    @Test func withoutADatabaseTheErrorSaysWhatToDo() throws {
        let dir = TemporaryDirectory()
        let out = try cli.run(["rates"], in: dir.path)
        #expect(out.status == 2)
        #expect(out.stderr == "error: no database at uptake.sqlite\n  hint: create one with 'uptake init' (or point --db / $UPTAKE_DB at it)\n")
    }

    @Test func invalidDataExitsOneAndWritesNothing() throws {
        let dir = TemporaryDirectory()
        _ = try cli.run(["init"], in: dir.path)
        dir.write("a.csv", "date,locality,received,received_online\n2025-07-01,01273,40,57\n")
        let out = try cli.run(["ingest", "--units", "current", "a.csv"], in: dir.path)
        #expect(out.status == 1)
        #expect(out.stderr == "a.csv:2:21: received_online (57) exceeds received (40)\n  hint: received_online counts part of received; check the row and the column order\n")
        #expect(out.stdout == "a.csv: 1 error in 1 row; nothing written\n")
        let count = try cli.run(["sql", "select count(*) as n from applications", "--format", "csv"], in: dir.path)
        #expect(count.stdout == "n\n0\n")
    }

    @Test func usageErrorsExit64() throws {
        let dir = TemporaryDirectory()
        let out = try cli.run(["ingest", "--units", "current", "a.csv", "--rejects", "r.csv"], in: dir.path)
        #expect(out.status == 64)
        #expect(out.stderr.contains("--rejects goes with --skip-invalid"))
        let bad = try cli.run(["rates", "--period", "2025-13"], in: dir.path)
        #expect(bad.status == 64)
        #expect(bad.stderr.hasPrefix("Error: The value '2025-13' is invalid for '--period <period>'\nHelp:  --period <period>  One period: 2025, 2025-Q3,"))
    }

    @Test func ratesAreRatiosOfSumsWithIntervals() throws {
        let dir = TemporaryDirectory()
        _ = try cli.run(["init"], in: dir.path)
        // Two communes of Cao Bằng (04): 30/100 and 10/20 online; the province's rate is 40/120, not the mean 40%.
        dir.write("a.csv", "date,locality,sector,received,received_online,resolved,resolved_online\n2025-07-01,01273,land,100,30,50,5\n2025-07-02,01279,land,20,10,10,0\n")
        #expect(try cli.run(["ingest", "--units", "current", "a.csv"], in: dir.path).status == 0)
        let out = try cli.run(["rates", "--locality", "04", "--period", "2025-07", "--format", "csv"], in: dir.path)
        let lines = out.stdout.split(separator: "\n")
        // The data cover 1–2 July only, so July is partial (issue 10, item 9).
        #expect(lines[0] == "code,name,period,from,to,numerator,denominator,rate,low,high,partial")
        #expect(lines[1].hasPrefix("04,Cao Bằng,2025-07,2025-07-01,2025-07-31,40,120,0.3333333333333333,"))
        let table = try cli.run(["rates", "--parent", "04", "--period", "2025-07", "--rank"], in: dir.path)
        #expect(table.stdout.contains("01279  Nùng Trí Cao"))
        #expect(table.stdout.contains("no data for 54 of 56 rows (period 2025-07)"))
        let empty = try cli.run(["rates", "--locality", "04", "--period", "2025-05"], in: dir.path)
        #expect(empty.stdout.contains("04    Cao Bằng  2025-05  –          –            –     –    –"))
    }

    @Test func sqlIsReadOnly() throws {
        let dir = TemporaryDirectory()
        _ = try cli.run(["init"], in: dir.path)
        let out = try cli.run(["sql", "delete from localities"], in: dir.path)
        #expect(out.status == 2)
        #expect(out.stderr.hasPrefix("error: refused: not authorized"))
    }
}
