import Foundation
import Testing
import UptakeReport

@Suite struct NotebookTests {
    let text = """
        # Title

        ```console
        $ uptake init
        line one
        line two
        $ uptake sql "select 'a b'" --format csv
        x
        ```

        ```sh
        $ not-run
        ```

        ````console
        $ uptake rates
        ````

        """

    @Test func commandsAndTheirOutputsAreFound() throws {
        let notebook = try Notebook(parsing: text, path: "n.md")
        #expect(notebook.commands.map(\.line) == [4, 7, 16])
        #expect(notebook.commands.map(\.arguments) == [["init"], ["sql", "select 'a b'", "--format", "csv"], ["rates"]])
        #expect(notebook.commands.map(\.expected) == [["line one", "line two"], ["x"], []])
    }

    @Test func updatingReplacesOnlyTheOutputs() throws {
        let notebook = try Notebook(parsing: text, path: "n.md")
        let updated = notebook.updating(outputs: ["line one\nline 2\n", "", "a\nb\n"])
        #expect(updated == text.replacingOccurrences(of: "line two", with: "line 2").replacingOccurrences(of: "x\n", with: "")
            .replacingOccurrences(of: "$ uptake rates\n", with: "$ uptake rates\na\nb\n"))
        #expect(try Notebook(parsing: updated, path: "n.md").commands.map(\.expected) == [["line one", "line 2"], [], ["a", "b"]])
        #expect(notebook.updating(outputs: notebook.commands.map { $0.expected.map { $0 + "\n" }.joined() }) == text)
    }

    @Test(arguments: [
        ("```console\n$ ls\n```\n", "n.md:2: only uptake commands run in notebooks, found \"ls\""),
        ("```console\noutput first\n$ uptake init\n```\n", "n.md:2: text before the first $ line of a console block"),
        ("text\n```console\n$ uptake init\n", "n.md:2: this code block is never closed"),
        ("```console\n$ uptake sql 'select\n```\n", "n.md:2: cannot split the command: unterminated ' quote"),
        ("```console\n$ uptake init --db /tmp/x.sqlite\n```\n", "n.md:2: \"/tmp/x.sqlite\" points outside the notebook's fresh directory"),
        ("```console\n$ uptake generate --out=../data\n```\n", "n.md:2: \"--out=../data\" points outside the notebook's fresh directory"),
        ("```console\n$ uptake init\n$ uptake ingest a.csv --skip-invalid --rejects data/../../r.csv\n```\n",
         "n.md:3: \"data/../../r.csv\" points outside the notebook's fresh directory"),
        ("```console\n$ uptake ingest ~/a.csv\n```\n", "n.md:2: \"~/a.csv\" points outside the notebook's fresh directory"),
        // Issue 22: SQLite opens these URIs itself, outside the path check.
        ("```console\n$ uptake init --db file:/abs/path/victim.sqlite\n```\n", "n.md:2: \"file:/abs/path/victim.sqlite\" points outside the notebook's fresh directory"),
        ("```console\n$ uptake init --db file:%2Fabs%2Fvictim.sqlite\n```\n", "n.md:2: \"file:%2Fabs%2Fvictim.sqlite\" points outside the notebook's fresh directory"),
        ("```console\n$ uptake init --db=FILE:///abs/victim.sqlite\n```\n", "n.md:2: \"--db=FILE:///abs/victim.sqlite\" points outside the notebook's fresh directory"),
        ("```console\n$ uptake rates --db postgres://u@db.example/x\n```\n", "n.md:2: \"postgres://u@db.example/x\" points outside the notebook's fresh directory"),
    ])
    func badNotebooksSayWhereAndWhat(text: String, message: String) {
        #expect {
            try Notebook(parsing: text, path: "n.md")
        } throws: { error in
            (error as? NotebookError).map { $0.description.hasPrefix(message) } ?? false
        }
    }

    @Test(arguments: [
        (#"uptake a "b c" 'd "e"' f\ g"#, ["uptake", "a", "b c", #"d "e""#, "f g"]),
        (#"uptake "x\"y\n" ''"#, ["uptake", #"x"y\n"#, ""]),
        ("  uptake   spaced  ", ["uptake", "spaced"]),
    ])
    func shellWords(line: String, words: [String]) throws {
        #expect(try ShellWords.split(line) == words)
    }

    @Test func diffsAreUnifiedWithContext() {
        #expect(LineDiff.unified(expected: ["a"], actual: ["a"]) == "")
        #expect(LineDiff.unified(expected: ["a", "b", "c"], actual: ["a", "x", "c"], context: 1)
            == "--- expected\n+++ actual\n@@ -1,3 +1,3 @@\n a\n-b\n+x\n c\n")
        let long = (1...20).map(String.init)
        var changed = long
        changed[1] = "two"
        changed[17] = "eighteen"
        #expect(LineDiff.unified(expected: long, actual: changed, context: 1) == """
            --- expected
            +++ actual
            @@ -1,3 +1,3 @@
             1
            -2
            +two
             3
            @@ -17,3 +17,3 @@
             17
            -18
            +eighteen
             19

            """)
        #expect(LineDiff.unified(expected: [], actual: ["new"]) == "--- expected\n+++ actual\n@@ -0,0 +1 @@\n+new\n")
    }
}
