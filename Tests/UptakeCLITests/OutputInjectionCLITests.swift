import Foundation
import Testing
import UptakeTestSupport

/// Issue 22's output cases: a name from the data reads as a name in every format. A spreadsheet does
/// not run it (`--excel`), a terminal does not obey it, Markdown does not render it as markup, and
/// `report --out` writes through a symbolic link instead of replacing it.
@Suite struct OutputInjectionCLITests {
    let cli = CLIRunner()

    /// The official list's provinces 01 and 04, with communes named as an attacker would.
    static let hostile = """
        code,parent_code,level,unit_type,name,full_name,name_en
        01,,province,City,Hà Nội,Thành phố Hà Nội,Hanoi
        04,,province,Province,Cao Bằng,Tỉnh Cao Bằng,Cao Bang
        00004,01,commune,Ward,"=HYPERLINK(""http://x"",""y"")",Phường A,A
        00008,01,commune,Ward,+cmd|' /C calc'!A0,Phường B,B
        00010,01,commune,Ward,@SUM(1+1),Phường C,C
        00013,01,commune,Ward,"<script>alert(1)</script>",Phường D,D
        00016,01,commune,Ward,"Ba Đình
        # Owned",Phường E,E
        00019,01,commune,Ward,[click](javascript:alert(1)),Phường F,F
        00022,01,commune,Ward,\u{1B}[2J\u{1B}[31mred,Phường G,G

        """

    func initialised() throws -> TemporaryDirectory {
        let dir = TemporaryDirectory()
        let file = dir.write("hostile.csv", Self.hostile)
        let out = try cli.run(["init", "--localities", file], in: dir.path)
        try #require(out.status == 0, "\(out.stdout)\(out.stderr)")
        return dir
    }

    @Test func excelCSVNeutralisesFormulasAndKeepsNumbers() throws {
        let dir = try initialised()
        let out = try cli.run(["localities", "--level", "commune", "--format", "csv", "--excel"], in: dir.path)
        #expect(out.status == 0)
        #expect(out.stdout.contains("00004,01,commune,Ward,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""), "\(out.stdout)")
        #expect(out.stdout.contains(",'+cmd|' /C calc'!A0,"))
        #expect(out.stdout.contains(",'@SUM(1+1),"))
        // Without --excel, CSV is data: the value exactly as stored.
        let plain = try cli.run(["localities", "--level", "commune", "--format", "csv"], in: dir.path)
        #expect(plain.stdout.contains(",+cmd|' /C calc'!A0,"))
        // Numbers stay numbers (a negative one included), also from `uptake sql`.
        let sql = try cli.run(["sql", "select -12 as n, '=1+1' as f, -0.5 as x", "--format", "csv", "--excel"], in: dir.path)
        // (CLIRunner reads the output as UTF-8, which drops the byte order mark.)
        #expect(sql.stdout == "n,f,x\n-12,'=1+1,-0.5\n", "\(sql.stdout)")
    }

    @Test func theTerminalShowsControlCharactersInsteadOfObeyingThem() throws {
        let dir = try initialised()
        let table = try cli.run(["localities", "--level", "commune"], in: dir.path)
        #expect(table.status == 0)
        #expect(!table.stdout.unicodeScalars.contains("\u{1B}"), "an escape reached the terminal")
        #expect(table.stdout.contains("\\x1B[2J\\x1B[31mred"))
        #expect(table.stdout.contains("Ba Đình\\n# Owned"), "a name's line break is shown, not made")
        let sql = try cli.run(["sql", "select char(27) || '[31mred' || char(7) as x"], in: dir.path)
        #expect(!sql.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
        #expect(sql.stdout.contains("\\x1B[31mred\\x07"))
    }

    @Test func markdownShowsNamesAsText() throws {
        let dir = try initialised()
        let md = try cli.run(["localities", "--level", "commune", "--format", "markdown"], in: dir.path)
        #expect(md.status == 0)
        #expect(!md.stdout.contains("<script>"))
        #expect(md.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(md.stdout.contains("\\[click\\](javascript:alert(1))"))
        #expect(!md.stdout.split(separator: "\n").contains { $0.hasPrefix("#") }, "no heading smuggled in on a new line")
        #expect(md.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("|") }, "every line is a table row")
    }

    @Test func reportOutWritesThroughASymbolicLink() throws {
        let dir = TemporaryDirectory()
        try SharedDataset.threeProvinces.copy(into: dir)
        try FileManager.default.createDirectory(atPath: dir.file("real"), withIntermediateDirectories: true)
        _ = dir.write("real/cao-bang.json", "old")
        try FileManager.default.createSymbolicLink(atPath: dir.file("link.json"), withDestinationPath: "real/cao-bang.json")
        let out = try cli.run(["report", "--period", "2025-07", "--baseline", "2025-06", "--locality", "04", "--out", "link.json"], in: dir.path)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir.file("link.json")) == "real/cao-bang.json", "the link is kept")
        let written = try String(contentsOfFile: dir.file("real/cao-bang.json"), encoding: .utf8)
        #expect(written.hasPrefix("{"), "the file the link names holds the report")
    }
}

/// Issue 22: `uptake sql`'s table format held every row (3 M rows: 2.2 GB) where CSV and JSON stream.
/// Now the first 1,000 rows size the columns and the rest are written as they come.
@Suite struct SQLTableStreamCLITests {
    let cli = CLIRunner()

    @Test func aLargeResultIsWrittenWholeRowByRow() throws {
        let dir = TemporaryDirectory()
        #expect(try cli.run(["init"], in: dir.path).status == 0)
        let sql = "with recursive r(i) as (select 1 union all select i + 1 from r where i < 2500) select i, substr('xxxxxxxxxx', 1, i % 7) as w from r"
        let out = try cli.run(["sql", sql], in: dir.path)
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 2 + 2500)
        #expect(lines.first == "i     w")
        #expect(lines[2] == "1     x" && lines[1001] == "1000  xxxxxx" && lines.last == "2500  x")
        // A small result prints exactly as the whole-table rendering did.
        let small = try cli.run(["sql", "select code, name from localities where code in ('01', '79') order by code"], in: dir.path)
        #expect(small.stdout == "code  name\n────  ───────────\n01    Hà Nội\n79    Hồ Chí Minh\n", "\(small.stdout)")
    }
}
