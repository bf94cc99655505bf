import Foundation
import Testing
import UptakeTestSupport

/// `--format xlsx --out FILE` end to end through the `uptake` executable, read back by ``XLSXReader``.
@Suite struct WorkbookCLITests {
    let cli = CLIRunner()

    /// A database with two communes of Cao Bằng (04) over June and July 2025.
    func database() throws -> TemporaryDirectory { try cli.twoMonthsOfCaoBang() }

    @Test(arguments: [
        (["rates", "--format", "xlsx"], "Error: --format xlsx writes a workbook to a file: give it with --out FILE.xlsx"),
        (["rates", "--out", "r.xlsx"], "Error: --out goes with --format xlsx (the other formats print to standard output)"),
        (["rates", "--format", "xlsx", "--out", "r.csv"], "Error: --out must end in .xlsx (Excel opens a workbook by its extension): r.csv"),
        (["explain", "--locality", "04", "--period", "2025-07", "--format", "xlsx"], "Error: --format xlsx writes a workbook to a file: give it with --out FILE.xlsx"),
        (["alerts", "test", "--rules", "alerts.yaml", "--format", "xlsx", "--out", "r.xlsx"], "Error: alerts test explains rules in sentences: it writes no workbook (try --format csv)"),
    ])
    func usageErrorsExit64(arguments: [String], message: String) throws {
        let dir = TemporaryDirectory()
        let out = try cli.run(arguments, in: dir.path)
        #expect(out.status == 64)
        #expect(out.stderr.hasPrefix(message + "\n"), "\(out.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    /// libxlsxwriter (and libminizip and libcrypto with it) is loaded for a workbook only, not at every start (issue 27):
    /// the loader's own trace (LD_DEBUG=files) names each library it opens.
    @Test func theLibraryIsLoadedForAWorkbookOnly() throws {
        let traced = CLIRunner(environment: ["LD_DEBUG": "files"])
        let dir = TemporaryDirectory()
        #expect(try traced.run(["init"], in: dir.path).status == 0)
        let text = try traced.run(["localities", "--parent", "04", "--format", "csv"], in: dir.path)
        #expect(text.status == 0)
        #expect(text.stderr.contains("file=libc.so.6"), "no trace from the loader: \(text.stderr.prefix(500))")
        #expect(!text.stderr.contains("libxlsxwriter"))
        let book = try traced.run(["localities", "--parent", "04", "--format", "xlsx", "--out", "cao-bang.xlsx"], in: dir.path)
        #expect(book.status == 0)
        #expect(book.stderr.contains("file=libxlsxwriter.so.4"))
    }

    @Test func ratesInVietnamese() throws {
        let dir = try database()
        let out = try cli.run(["rates", "--parent", "04", "--period", "2025-07", "--rank", "--format", "xlsx", "--out", "ty-le.xlsx", "--lang", "vi"], in: dir.path)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.isEmpty)
        #expect(out.stderr == "wrote ty-le.xlsx (1 sheet)\n")
        let book = try XLSXReader(path: dir.file("ty-le.xlsx"))
        let sheet = try #require(book["ty-le"])
        let header = sheet.row(1)
        #expect(header.allSatisfy { $0.bold })
        #expect(header.contains { $0.value == .text("tên") } && header.contains { $0.value == .text("mã") }, "\(header)")
        // Nùng Trí Cao: 10 of 20 online; the rate a number with a percent format.
        let row = try #require((2...10).map(sheet.row).first { $0.contains { $0.value == .text("Nùng Trí Cao") } })
        #expect(row.contains { $0.value == .number(0.5) && $0.numberFormat == "0.00%" }, "\(row)")
        #expect(sheet.frozenRows == 1)
    }

    @Test func localitiesHaveASheetWithEveryCommune() throws {
        let dir = TemporaryDirectory()
        #expect(try cli.run(["init"], in: dir.path).status == 0)
        let out = try cli.run(["localities", "--parent", "04", "--format", "xlsx", "--out", "cao-bang.xlsx"], in: dir.path)
        #expect(out.status == 0, "\(out.stderr)")
        let sheet = try #require(try XLSXReader(path: dir.file("cao-bang.xlsx"))["cao-bang"])
        // The header and Cao Bằng's 56 communes, as `--format csv` lists them.
        #expect(sheet.rowCount == 57)
        #expect(sheet.cells.values.contains { $0.value == .text("Nùng Trí Cao") })
    }

    @Test func reportHasASheetPerPart() throws {
        let dir = try database()
        let out = try cli.run(["report", "--period", "2025-07", "--baseline", "2025-06", "--locality", "04", "--out", "july.xlsx"], in: dir.path)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr.contains("report: wrote july.xlsx ("))
        let book = try XLSXReader(path: dir.file("july.xlsx"))
        // In the parts' order (the brief and the map come and go with the report's own work).
        let names = book.sheets.map(\.name)
        let summary = try #require(names.firstIndex(of: "Summary"), "\(names)")
        #expect(names.firstIndex(of: "Ranking").map { $0 > summary } == true, "\(names)")
        #expect(names.contains("Anomalies") && names.contains("Green versus reality"), "\(names)")
        let ranking = try #require(book["Ranking"])
        #expect(ranking.cells.values.contains { $0.value == .text("Nùng Trí Cao") })
        #expect(ranking.cells.values.contains { $0.numberFormat == "0.00%" })
    }

    @Test func aFailedWriteSaysSoAndLeavesNothing() throws {
        let dir = TemporaryDirectory()
        #expect(try cli.run(["init"], in: dir.path).status == 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        let out = try cli.run(["localities", "--parent", "04", "--format", "xlsx", "--out", "missing/l.xlsx"], in: dir.path)
        #expect(out.status == 2)
        #expect(out.stderr == "error: cannot write the workbook missing/l.xlsx: the folder missing does not exist\n  hint: check that the folder exists and is writable\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == before)
    }
}
