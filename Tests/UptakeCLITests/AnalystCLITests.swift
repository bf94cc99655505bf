import Foundation
import Testing
import UptakeTestSupport

/// Issue 10, as an analyst meets it at the command line: names, sectors, refused combinations,
/// relative periods, Excel CSV and the compare headings.
@Suite struct AnalystCLITests {
    let cli = CLIRunner()

    /// Two communes of Hà Nội (Ba Đình 00004, Thanh Xuân 00367) and Ba Đình of Thanh Hóa (16171), two sectors.
    func fixture() throws -> TemporaryDirectory {
        let dir = TemporaryDirectory()
        _ = try cli.run(["init"], in: dir.path)
        dir.write("a.csv", """
            date,locality,sector,received,received_online
            2025-07-01,00004,land,100,30
            2025-07-01,00004,civil_status,50,40
            2025-07-01,00367,land,20,10
            2025-07-01,16171,land,10,1

            """)
        #expect(try cli.run(["ingest", "--units", "current", "a.csv"], in: dir.path).status == 0)
        return dir
    }

    /// Item 6: a name, accent-insensitive, resolves; an ambiguous one lists each with its province and code.
    @Test func localitiesByName() throws {
        let dir = try fixture()
        let hanoi = try cli.run(["rates", "--locality", "ha noi", "--period", "2025-07", "--format", "csv"], in: dir.path)
        #expect(hanoi.status == 0)
        #expect(hanoi.stdout.contains("\n01,Hà Nội,2025-07,2025-07-01,2025-07-31,80,170,"))
        let ward = try cli.run(["rates", "--locality", "Thanh Xuân", "--period", "2025-07", "--format", "csv"], in: dir.path)
        #expect(ward.stdout.contains("\n00367,Thanh Xuân,01,Hà Nội,2025-07,2025-07-01,2025-07-31,10,20,"))   // a commune carries its province
        let ambiguous = try cli.run(["rates", "--locality", "Ba Dinh", "--period", "2025-07"], in: dir.path)
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stderr == """
            error: the name "Ba Dinh" is ambiguous: 00004 Ba Đình (commune, Hà Nội (01)); 16171 Ba Đình (commune, Thanh Hóa (38)); 21499 Ba Dinh (commune, Quảng Ngãi (51))
              hint: give the code instead

            """)
        // With its accents, "Ba Đình" still names two communes; "Thanh Xuân" one (not Thạnh Xuân).
        let accented = try cli.run(["rates", "--locality", "Ba Đình", "--period", "2025-07"], in: dir.path)
        #expect(accented.stderr.hasPrefix("error: the name \"Ba Đình\" is ambiguous: 00004 Ba Đình (commune, Hà Nội (01)); 16171 Ba Đình (commune, Thanh Hóa (38))\n"))
    }

    /// Item 7: --by sector gives one row per sector with data; an unknown sector is a usage error
    /// naming the valid ones; help lists the standard sectors.
    @Test func ratesBySector() throws {
        let dir = try fixture()
        let out = try cli.run(["rates", "--locality", "01", "--period", "2025-07", "--by", "sector", "--format", "csv"], in: dir.path)
        #expect(out.status == 0)
        let lines = out.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0] == "code,name,period,from,to,sector,numerator,denominator,rate,low,high,partial")
        #expect(lines[1].hasPrefix("01,Hà Nội,2025-07,2025-07-01,2025-07-31,civil_status,40,50,0.8,"))
        #expect(lines[2].hasPrefix("01,Hà Nội,2025-07,2025-07-01,2025-07-31,land,40,120,0.3333333333333333,"))
        let unknown = try cli.run(["rates", "--sector", "foo", "--period", "2025-07"], in: dir.path)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("Error: unknown --sector \"foo\": the database has civil_status, land\n"))
        let help = try cli.run(["rates", "--help"], in: dir.path)
        #expect(help.stdout.contains("civil_status,land,business,social,certification,justice"))
    }

    /// Item 8: --locality with --level commune means its communes; --level nation with a locality is refused.
    @Test func optionCombinationsAreHonouredOrRefused() throws {
        let dir = try fixture()
        let communes = try cli.run(["rates", "--locality", "01", "--level", "commune", "--period", "2025-07", "--format", "csv"], in: dir.path)
        #expect(communes.status == 0)
        #expect(communes.stdout.contains("\n00004,Ba Đình,") && communes.stdout.contains("\n00367,Thanh Xuân,") && !communes.stdout.contains("\n01,"))
        let nation = try cli.run(["rates", "--locality", "01", "--level", "nation"], in: dir.path)
        #expect(nation.status == 64)
        #expect(nation.stderr.hasPrefix("Error: --level nation covers every locality: leave out --locality\n"))
        let list = try cli.run(["localities", "--parent", "01", "--level", "province"], in: dir.path)
        #expect(list.status == 64)
        #expect(list.stderr.hasPrefix("Error: --parent lists communes: leave out --level province, or use --level commune\n"))
        let excel = try cli.run(["rates", "--excel"], in: dir.path)
        #expect(excel.status == 64)
        #expect(excel.stderr.hasPrefix("Error: --excel applies to --format csv only\n"))
    }

    /// Item 11: --excel starts the CSV with a UTF-8 byte order mark.
    @Test func excelCSVHasAByteOrderMark() throws {
        let dir = try fixture()
        // Read the bytes: String(contentsOfFile:) would drop the mark.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: cli.executable)
        process.arguments = ["rates", "--period", "2025-07", "--format", "csv", "--excel"]
        process.currentDirectoryURL = URL(fileURLWithPath: dir.path)
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let bytes = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(Array(bytes.prefix(8)) == [0xEF, 0xBB, 0xBF] + Array("code,".utf8))
    }

    /// Item 9: relative periods as of a given day; a year runs beyond the data and is marked partial.
    @Test func relativeAndPartialPeriods() throws {
        let dir = try fixture()
        let month = try cli.run(["rates", "--locality", "01", "--period", "last-month", "--as-of", "2025-08-15", "--format", "csv"], in: dir.path)
        #expect(month.stdout.contains("\n01,Hà Nội,2025-07,2025-07-01,2025-07-31,80,170,"))
        let year = try cli.run(["rates", "--locality", "01", "--period", "2025", "--format", "csv"], in: dir.path)
        #expect(year.stdout.hasPrefix("code,name,period,from,to,numerator,denominator,rate,low,high,partial\n01,Hà Nội,2025,2025-01-01,2025-12-31,80,170,"))
        #expect(year.stdout.hasSuffix(",true\n"))
        let week = try cli.run(["rates", "--locality", "01", "--period", "2025-W27"], in: dir.path)
        #expect(week.stdout.contains("2025-W27 (2025-06-30)"))
        let bad = try cli.run(["rates", "--as-of", "2025-08-15", "--period", "2025-07"], in: dir.path)
        #expect(bad.status == 64)
    }

    /// Item 2: a Monday is compared with the Friday before, and the heading says so.
    @Test func mondayBaselineIsTheFridayBefore() throws {
        let dir = TemporaryDirectory()
        _ = try cli.run(["init"], in: dir.path)
        dir.write("a.csv", "date,locality,received,received_online\n2025-07-11,00004,12,6\n2025-07-13,00004,1,0\n2025-07-14,00004,0,0\n")
        #expect(try cli.run(["ingest", "--units", "current", "a.csv"], in: dir.path).status == 0)
        let out = try cli.run(["compare", "--metric", "received", "--locality", "00004", "--period", "2025-07-14"], in: dir.path)
        #expect(out.status == 0)
        #expect(out.stdout.hasPrefix("received: 2025-07-14 (2025-07-14..2025-07-14, 1 working day) against 2025-07-11 (2025-07-11..2025-07-11, 1 working day) (default for a day: the previous working day); significant at p < 0.05\n"))
        #expect(out.stdout.contains("00004: no applications in 2025-07-14: a possible outage, tested exactly"))
    }

    /// Item 10: CSV and JSON carry every criterion; the table names the ones it leaves out; help lists them.
    @Test func readinessShowsEveryCriterion() throws {
        let dir = TemporaryDirectory()
        _ = try cli.run(["init"], in: dir.path)
        dir.write("r.csv", "date,locality,criterion,value\n2025-07-01,00004,support_staff,false\n2025-07-01,00004,online_meetings,true\n")
        #expect(try cli.run(["ingest", "--units", "current", "r.csv"], in: dir.path).status == 0)
        let csv = try cli.run(["readiness", "--parent", "01", "--format", "csv"], in: dir.path)
        #expect(csv.stdout.hasPrefix("code,name,communes,green,green_share,basic,basic_share,online_meetings,digital_devices,digital_signature,"
            + "digital_certificate,support_staff,one_stop_facility,civil_status_linked,standard_procedures,guidance,status\n"))
        let table = try cli.run(["readiness", "--parent", "01", "--criteria", "online_meetings"], in: dir.path)
        #expect(table.stdout.contains("not shown here (see --format csv or json): civil_status_linked, digital_signature, digital_certificate, "
            + "digital_devices, support_staff, standard_procedures, guidance, one_stop_facility\n"))
        let help = try cli.run(["readiness", "--help"], in: dir.path)
        #expect(help.stdout.contains("one_stop_facility"))
    }

    /// Item 9: trend --by week labels ISO weeks with their Monday and marks partial ones.
    @Test func trendByWeek() throws {
        let dir = TemporaryDirectory()
        _ = try cli.run(["init"], in: dir.path)
        let rows = (7...18).map { "2025-07-\($0 < 10 ? "0" : "")\($0),00004,10,5" }
        dir.write("a.csv", "date,locality,received,received_online\n" + rows.joined(separator: "\n") + "\n")
        #expect(try cli.run(["ingest", "--units", "current", "a.csv"], in: dir.path).status == 0)
        let out = try cli.run(["trend", "--metric", "received", "--locality", "00004", "--from", "2025-07-01", "--to", "2025-07-20",
                               "--by", "week", "--format", "csv"], in: dir.path)
        #expect(out.status == 0)
        #expect(out.stdout == """
            week,from,to,working_days,value,per_working_day,partial
            2025-W27 (2025-06-30),2025-07-01,2025-07-06,4,,,true
            2025-W28 (2025-07-07),2025-07-07,2025-07-13,5,70,14.0,false
            2025-W29 (2025-07-14),2025-07-14,2025-07-20,5,50,10.0,true

            """)
    }

    /// Item 1: the help gives the centred mix's worked example and says how --top orders.
    @Test func compareHelpWorksTheCentredMix() throws {
        let dir = TemporaryDirectory()
        let help = try cli.run(["compare", "--help"], in: dir.path).stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(help.contains("A 40/100 -> 100/200, B 60/100 -> 70/100, C 100/200 -> 50/100"))
        #expect(help.contains("(mean 52.5%)"))
        #expect(help.contains("0.25 x (45% - 52.5%) = -1.875 pp"))
        #expect(help.contains("largest first: B, A, C."))
    }
}
