import Foundation
import Testing
import UptakeTestSupport

/// The CLI side of issue 9: `uptake sql` runs one statement within limits, notebooks cannot start a
/// check of their own, a locality move needs --allow-reparent.
@Suite struct HardeningCLITests {
    let cli = CLIRunner()

    @Test func sqlRefusesASecondStatementAndDeletesNothing() throws {
        let dir = TemporaryDirectory()
        #expect(try cli.run(["init"], in: dir.path).status == 0)
        for sql in ["select 1; delete from localities", "select 1; select 2", "select 1;;  -- a comment\n; drop table localities"] {
            let out = try cli.run(["sql", sql], in: dir.path)
            #expect(out.status == 2, "\(sql)")
            #expect(out.stderr == "error: more than one statement\n  hint: give one SELECT at a time\n", "\(sql)")
        }
        let fine = try cli.run(["sql", "select count(*) as n from localities; -- done\n", "--format", "csv"], in: dir.path)
        #expect(fine.stdout == "n\n3355\n")
        let empty = try cli.run(["sql", " ; "], in: dir.path)
        #expect(empty.status == 2)
        #expect(empty.stderr.hasPrefix("error: no SQL statement given"))
    }

    @Test func aRunawayQueryIsStopped() throws {
        let dir = TemporaryDirectory()
        #expect(try cli.run(["init"], in: dir.path).status == 0)
        let huge = "with recursive r(i) as (select 1 union all select i + 1 from r where i < 1000000000) select count(*) from r"
        let byTime = try cli.run(["sql", huge, "--time-limit", "1"], in: dir.path)
        #expect(byTime.status == 2)
        #expect(byTime.stderr.hasPrefix("error: query stopped: it ran longer than 1 s\n  hint: narrow the query"))
        let bySteps = try cli.run(["sql", huge, "--step-limit", "100000"], in: dir.path)
        #expect(bySteps.status == 2)
        #expect(bySteps.stderr.hasPrefix("error: query stopped: it ran more than 100000 steps"))
    }

    @Test func sqlStreamsCSVAndJSONAsTheTableWouldRenderThem() throws {
        let dir = TemporaryDirectory()
        #expect(try cli.run(["init"], in: dir.path).status == 0)
        let sql = "select code, name from localities where code in ('01', '04', '79') order by code"
        let csv = try cli.run(["sql", sql, "--format", "csv"], in: dir.path)
        #expect(csv.stdout == "code,name\n01,Hà Nội\n04,Cao Bằng\n79,Hồ Chí Minh\n")
        let json = try cli.run(["sql", sql + " limit 1", "--format", "json"], in: dir.path)
        #expect(json.stdout == "[\n  {\n    \"code\" : \"01\",\n    \"name\" : \"Hà Nội\"\n  }\n]\n")
        let none = try cli.run(["sql", "select code from localities where 0", "--format", "json"], in: dir.path)
        #expect(none.stdout.filter { !$0.isWhitespace } == "[]")
    }

    @Test func aNotebookCannotRunACheckOfItsOwn() throws {
        let dir = TemporaryDirectory()
        dir.write("n.md", """
            ```console
            $ uptake notebook check n.md
            error: uptake notebook check cannot run inside a notebook check
              hint: a notebook's commands are checked by the check that runs it; check notebooks from a shell
            ```

            """)
        let out = try cli.run(["notebook", "check", "n.md"], in: dir.path)
        #expect(out.stdout == "n.md: 1 command, all outputs match\n")
        #expect(out.status == 0)
    }

    @Test func aNotebookWritingOutsideItsDirectoryIsRefused() throws {
        let dir = TemporaryDirectory()
        dir.write("n.md", "```console\n$ uptake init --db \(dir.file("outside.sqlite"))\n```\n")
        let out = try cli.run(["notebook", "check", "n.md"], in: dir.path)
        #expect(out.status == 2)
        #expect(out.stderr.hasPrefix("error: n.md:2: \"\(dir.file("outside.sqlite"))\" points outside the notebook's fresh directory"))
        #expect(!FileManager.default.fileExists(atPath: dir.file("outside.sqlite")))
    }

    @Test func aLocalityMoveNeedsTheFlag() throws {
        let dir = TemporaryDirectory()
        #expect(try cli.run(["init"], in: dir.path).status == 0)
        dir.write("move.csv", "code,parent_code,level,name\n00004,79,commune,Ba Đình\n")
        let refused = try cli.run(["ingest", "--units", "current", "move.csv"], in: dir.path)
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("move.csv:2:7: locality 00004 would move from province 01 to province 79\n  hint: moving a unit changes every total above it; to make the change, ingest the file again with --allow-reparent"))
        let moved = try cli.run(["ingest", "--units", "current", "move.csv", "--allow-reparent"], in: dir.path)
        #expect(moved.status == 0)
        let log = try cli.run(["sql", "select code, old_parent_code, new_parent_code from locality_changes", "--format", "csv"], in: dir.path)
        #expect(log.stdout == "code,old_parent_code,new_parent_code\n00004,01,79\n")
    }

    @Test func generateFailuresAreRuntimeErrors() throws {
        let dir = TemporaryDirectory()
        let unwritable = try cli.run(["generate", "--out", "/proc/uptake-cannot-write-here", "--from", "2025-07-01", "--to", "2025-07-01"], in: dir.path)
        #expect(unwritable.status == 2)
        #expect(unwritable.stderr.hasPrefix("error: cannot write /proc/uptake-cannot-write-here"))
        let outOfRange = try cli.run(["generate", "--out", "d", "--from", "2010-01-01", "--to", "2010-01-31"], in: dir.path)
        #expect(outOfRange.status == 64)
        #expect(outOfRange.stderr.contains("--from and --to must lie within 2015-01-01 to 2035-12-31"))
    }

    @Test func ingestWithJSONOutputStillSaysWhatWasWrong() throws {
        let dir = TemporaryDirectory()
        #expect(try cli.run(["init"], in: dir.path).status == 0)
        dir.write("a.csv", "date,locality,received,received_online\n1969-12-31,00004,4,1\n")
        let out = try cli.run(["ingest", "--units", "current", "a.csv", "--format", "json"], in: dir.path)
        #expect(out.status == 1)
        #expect(out.stderr.hasPrefix("a.csv:2:1: date 1969-12-31 is outside the supported range 2015-01-01 to 2035-12-31\n  hint: "))
        #expect(out.stdout.contains("\"errors\" : 1"))
    }
}
