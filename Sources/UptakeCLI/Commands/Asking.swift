import ArgumentParser
import UptakeAnalysis
import UptakeCore
import UptakeReport

/// How every analytical command asks its question: checked when the options are parsed (a usage
/// error, exit 64, like the options' own checks), answered on the store --db names with the
/// calendar --calendar gives and today in Vietnam, printed in --format. The command itself only
/// turns its options into the question.
extension Question {
    /// `validate`'s refusal as a usage error naming the flags.
    func check() throws { try usage { () throws(QueryError) in try validate(.commandLine) } }
}

extension ParameterSpelling {
    /// `--name`: the analysis knows parameters by name only; the flags' dashes are the CLI's.
    static let commandLine = ParameterSpelling(prefix: "--")
}

extension NextStep {
    /// A hint's next step as a command to type: `'uptake localities --search TEXT'`.
    var commandLine: String {
        let words = question + parameters.map { p in [p.name.map { "--" + $0 }, p.value].compactMap { $0 }.joined(separator: " ") }
        return "'uptake " + words.joined(separator: " ") + "'"
    }
}

extension DatabaseOptions {
    /// What a question is answered with on the command line.
    func context(calendar: WorkingCalendar = .vietnam) async throws -> AnswerContext {
        AnswerContext(store: try await openStore(), calendar: calendar, today: { today() }, spelling: .commandLine)
    }
}

extension FormatOptions {
    /// Writes `answer` in the chosen format, piece by piece (a long table row by row); with
    /// `--format xlsx`, its tables as a workbook, a sheet each.
    func write(_ answer: some AnswerRendering) throws {
        if writesWorkbook { return try writeWorkbook(answer.sheets(named: sheetName, in: lang)) }
        if excel { print("\u{FEFF}", terminator: "") }
        answer.write(format, in: lang) { print(format == .table ? TerminalText.lines($0) : spreadsheetSafe($0), terminator: "") }
    }
}
