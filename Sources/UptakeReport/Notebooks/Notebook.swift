import Foundation
import UptakeCore

/// An executable notebook: Markdown whose `console` code blocks hold `$ uptake …` commands, each
/// followed by its exact expected output (stdout, then stderr), up to the next `$ ` line or the end
/// of the block.
///
/// ````markdown
/// ```console
/// $ uptake init
/// bundled vn-localities-2025.csv: localities, 3355 rows: 3355 inserted, 0 revised, 0 unchanged
/// uptake.sqlite: 34 provinces, 3321 communes
/// ```
/// ````
/// Parsing and rewriting are pure; running the commands is the CLI's business.
public struct Notebook: Sendable, Equatable {
    /// One command and where its expected output sits in the notebook.
    public struct Command: Sendable, Equatable {
        /// The 1-based line of the `$ ` line.
        public var line: Int
        /// The command as written after `$ `.
        public var text: String
        /// The arguments after `uptake`.
        public var arguments: [String]
        /// The expected output, one element per line.
        public var expected: [String]
        /// Where the expected lines are, as indexes into the notebook's lines.
        var outputLines: Range<Int>
    }

    public let path: String
    public let commands: [Command]
    let lines: [String]

    /// Parses `text`; `path` only names the file in errors.
    public init(parsing text: String, path: String) throws(NotebookError) {
        self.path = path
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        self.lines = lines
        var commands: [Command] = []
        var fence: (marker: Character, length: Int, line: Int, console: Bool)?
        var sawCommand = false
        var outputStart: Int?  // the first output line of the last command, while its output runs on
        func close(_ end: Int) {
            guard let start = outputStart else { return }
            commands[commands.count - 1].outputLines = start..<end
            commands[commands.count - 1].expected = Array(lines[start..<end])
            outputStart = nil
        }
        for (index, raw) in lines.enumerated() {
            let trimmed = raw.drop { $0 == " " }
            if let open = fence {
                let run = trimmed.prefix { $0 == open.marker }
                if run.count >= open.length, trimmed.dropFirst(run.count).allSatisfy({ $0 == " " }) {
                    if open.console { close(index) }
                    fence = nil
                    continue
                }
                guard open.console else { continue }
                if raw.hasPrefix("$ ") {
                    close(index)
                    let text = String(raw.dropFirst(2))
                    let words: [String]
                    do { words = try ShellWords.split(text) } catch {
                        throw NotebookError(path: path, line: index + 1, message: "cannot split the command: \(error)",
                                            hint: "quote with '…' or \"…\" as in a shell")
                    }
                    guard words.first == "uptake" else {
                        throw NotebookError(path: path, line: index + 1, message: "only uptake commands run in notebooks, found \"\(words.first ?? "")\"",
                                            hint: "write the command as $ uptake …, or put it in a block that is not `console`")
                    }
                    if let escape = words.dropFirst().first(where: Notebook.leavesTheDirectory) {
                        throw NotebookError(path: path, line: index + 1, message: "\"\(escape)\" points outside the notebook's fresh directory",
                                            hint: "notebook commands run confined to a fresh directory: use relative paths without '..'")
                    }
                    commands.append(Command(line: index + 1, text: text, arguments: Array(words.dropFirst()), expected: [], outputLines: (index + 1)..<(index + 1)))
                    outputStart = index + 1
                    sawCommand = true
                } else if !sawCommand {
                    throw NotebookError(path: path, line: index + 1, message: "text before the first $ line of a console block",
                                        hint: "start each console block with a line $ uptake …")
                }
                continue
            }
            for marker: Character in ["`", "~"] {
                let run = trimmed.prefix { $0 == marker }
                guard run.count >= 3 else { continue }
                let info = trimmed.dropFirst(run.count).trimmingCharacters(in: .whitespaces)
                fence = (marker, run.count, index + 1, info.split(separator: " ").first == "console")
                sawCommand = false
            }
        }
        if let open = fence {
            throw NotebookError(path: path, line: open.line, message: "this code block is never closed", hint: "end it with a line of \(open.length) \(open.marker)")
        }
        self.commands = commands
    }

    /// Whether a command's argument could name a path outside the directory the notebook runs in:
    /// an absolute or home path, or one with a `..` component, also as the value of `--option=…`;
    /// or a URI (`file:/abs/x.sqlite`, `file:%2F…`, `postgres://…`), which SQLite or PostgreSQL would
    /// resolve themselves, out of this check's sight (issue 22). Arguments are not known to be paths,
    /// so any word of that shape is refused.
    static func leavesTheDirectory(_ word: String) -> Bool {
        var value = Substring(word)
        if value.hasPrefix("-"), let eq = value.firstIndex(of: "=") { value = value[value.index(after: eq)...] }
        if value.hasPrefix("/") || value.hasPrefix("~") { return true }
        if value.lowercased().hasPrefix("file:") || value.contains("://") { return true }
        return value.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }

    /// The notebook's text with each command's expected output replaced by `outputs[i]` (the text
    /// the command printed; a final newline ends its last line).
    public func updating(outputs: [String]) -> String {
        precondition(outputs.count == commands.count, "one output per command")
        var result = lines
        for (command, output) in zip(commands, outputs).reversed() {
            result.replaceSubrange(command.outputLines, with: Notebook.lines(of: output))
        }
        return result.joined(separator: "\n")
    }

    /// The lines of a command's output: a final newline ends the last line rather than starting an empty one.
    public static func lines(of output: String) -> [String] {
        var lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}

/// A notebook that cannot be read: where, what, and what to do.
public struct NotebookError: UptakeError, Equatable {
    public var path: String
    public var line: Int
    public var message: String
    public var hint: String?
    public var code: ErrorCode { .invalidInput }

    public var description: String { "\(path):\(line): \(message)" + (hint.map { "\n  hint: \($0)" } ?? "") }
}
