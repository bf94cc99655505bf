import ArgumentParser
import Foundation
import UptakeCore
import UptakeReport

struct Notebook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notebook",
        abstract: "Run executable Markdown notebooks and check their outputs.",
        subcommands: [Check.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Run every $ uptake command of each notebook and compare what it prints with the text below it.",
            discussion: """
                A notebook is Markdown. In its ```console blocks, each line `$ uptake ARGS…` is followed \
                by the exact output expected (stdout, then stderr) up to the next `$ ` line or the end of \
                the block. Each notebook runs in a fresh temporary directory (so a fresh database: \
                $UPTAKE_DB is unset) with this same uptake executable; only uptake commands run. Every \
                difference is shown as a unified diff under file:line of its command (exit code 1). \
                --update writes the actual outputs into the notebooks instead.

                Commands stay inside the fresh directory: a notebook whose command has an argument \
                that is an absolute path (/…, ~…) or contains a '..' component is refused before \
                anything runs. A notebook cannot itself run `uptake notebook check` (exit code 2).

                  uptake notebook check notebooks-md/*.md
                  uptake notebook check notebooks-md/01-july-2025.md --update
                """
        )

        @Argument(help: ArgumentHelp("The notebooks.", valueName: "file"))
        var files: [String]

        @Flag(name: .long, help: "Write the actual outputs into the notebooks (atomically) instead of comparing.")
        var update = false

        @Option(name: .customLong("command-time-limit"),
                help: ArgumentHelp("Stop a notebook command that runs longer than this many seconds, from 1 to 86400; the check then fails (exit 2).", valueName: "seconds"))
        var commandTimeLimit: Double = 600

        func validate() throws {
            guard commandTimeLimit.isFinite, (1...86_400).contains(commandTimeLimit) else {
                throw ValidationError("--command-time-limit must be a number of seconds from 1 to 86400")
            }
        }

        func run() throws {
            try runReportingSync {
                if ProcessInfo.processInfo.environment[NotebookRunner.marker] != nil {
                    throw CLIError.failure("uptake notebook check cannot run inside a notebook check",
                                           hint: "a notebook's commands are checked by the check that runs it; check notebooks from a shell", code: .refused)
                }
                let runner = try NotebookRunner(commandTimeLimit: commandTimeLimit)
                var differing = 0, broken = 0
                for file in files {
                    let notebook: UptakeReport.Notebook
                    do {
                        let text = try String(contentsOfFile: file, encoding: .utf8)
                        notebook = try UptakeReport.Notebook(parsing: text, path: file)
                    } catch let e as NotebookError {
                        printError("error: \(e.description)")
                        broken += 1
                        continue
                    } catch {
                        printError("error: cannot read \(file): \(error.localizedDescription)")
                        broken += 1
                        continue
                    }
                    let outputs = try runner.run(notebook)
                    if update {
                        let text = notebook.updating(outputs: outputs)
                        let changed = zip(notebook.commands, outputs).filter { $0.expected != UptakeReport.Notebook.lines(of: $1) }.count
                        if changed > 0 { try Data(text.utf8).write(to: URL(fileURLWithPath: file), options: .atomic) }
                        print("\(file): \(plural(notebook.commands.count, "command")), \(changed) output\(changed == 1 ? "" : "s") updated")
                        continue
                    }
                    var mismatches = 0
                    for (command, output) in zip(notebook.commands, outputs) {
                        let diff = LineDiff.unified(expected: command.expected, actual: UptakeReport.Notebook.lines(of: output))
                        guard !diff.isEmpty else { continue }
                        mismatches += 1
                        print("\(file):\(command.line): the output of `\(command.text)` differs")
                        print(diff, terminator: "")
                    }
                    differing += mismatches > 0 ? 1 : 0
                    print("\(file): \(plural(notebook.commands.count, "command")), " + (mismatches == 0 ? "all outputs match" : "\(mismatches) differ"))
                }
                if broken > 0 { throw ExitCode(2) }
                if differing > 0 {
                    printError("hint: if the new outputs are right, run 'uptake notebook check --update' on the notebook and review the change")
                    throw ExitCode(1)
                }
            }
        }
    }
}

func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
