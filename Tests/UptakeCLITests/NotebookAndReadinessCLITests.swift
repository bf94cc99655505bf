import Foundation
import Testing
import UptakeTestSupport

@Suite struct NotebookAndReadinessCLITests {
    let cli = CLIRunner()

    @Test func aWrongOutputIsShownAsADiffAndUpdateFixesIt() throws {
        let dir = TemporaryDirectory()
        let text = """
            # A notebook

            ```console
            $ uptake init
            bundled vn-localities-2025.csv: localities, 3355 rows: 3355 inserted, 0 revised, 0 unchanged
            uptake.sqlite: 34 provinces, 3000 communes
            $ uptake sql "select name from localities where code = '04'" --format csv
            name
            Cao Bằng
            ```

            """
        dir.write("n.md", text)
        let check = try cli.run(["notebook", "check", "n.md"], in: dir.path)
        #expect(check.status == 1)
        #expect(check.stdout == """
            n.md:4: the output of `uptake init` differs
            --- expected
            +++ actual
            @@ -1,2 +1,2 @@
             bundled vn-localities-2025.csv: localities, 3355 rows: 3355 inserted, 0 revised, 0 unchanged
            -uptake.sqlite: 34 provinces, 3000 communes
            +uptake.sqlite: 34 provinces, 3321 communes
            n.md: 2 commands, 1 differ

            """)
        let update = try cli.run(["notebook", "check", "n.md", "--update"], in: dir.path)
        #expect(update.stdout == "n.md: 2 commands, 1 output updated\n")
        #expect(try String(contentsOfFile: dir.file("n.md"), encoding: .utf8) == text.replacingOccurrences(of: "3000", with: "3321"))
        #expect(try cli.run(["notebook", "check", "n.md"], in: dir.path).status == 0)
        // The notebook ran elsewhere: nothing was created next to it.
        #expect(!FileManager.default.fileExists(atPath: dir.file("uptake.sqlite")))
    }

    @Test func onlyUptakeCommandsRun() throws {
        let dir = TemporaryDirectory()
        dir.write("n.md", "```console\n$ rm -rf data\n```\n")
        let out = try cli.run(["notebook", "check", "n.md"], in: dir.path)
        #expect(out.status == 2)
        #expect(out.stderr.hasPrefix("error: n.md:2: only uptake commands run in notebooks, found \"rm\"\n"))
    }

    @Test func readinessOptionsAreChecked() throws {
        let dir = TemporaryDirectory()
        let bad = try cli.run(["readiness", "--criteria", "digital_signature,reported_status"], in: dir.path)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("invalid --criteria \"reported_status\": expected some of civil_status_linked, digital_signature,"))
        _ = try cli.run(["init"], in: dir.path)
        let unknown = try cli.run(["readiness", "--parent", "00004"], in: dir.path)
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "error: unknown province \"00004\"\n  hint: list codes with 'uptake localities --level province'\n")
    }
}
