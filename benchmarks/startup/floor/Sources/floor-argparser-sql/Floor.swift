// (e) Foundation and ArgumentParser with a subcommand shaped as `uptake sql` is (two option groups, eight options
// of six types, an argument), parsed as `uptake` parses: synchronously. It prints the statement's `1` without
// opening a database, so what it costs above (c) is ArgumentParser's reflection over such a command.
import ArgumentParser
import Foundation

@main
struct FloorRoot: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "floor", abstract: "A root with one subcommand.", subcommands: [FloorSQL.self])
}

struct DatabaseOptions: ParsableArguments {
    @Option(help: "The database.") var db: String?
}

enum FormatChoice: String, CaseIterable, ExpressibleByArgument { case table, csv, json, xlsx }
enum Language: String, CaseIterable, ExpressibleByArgument { case vi, en }

struct FormatOptions: ParsableArguments {
    @Option(name: .customLong("format"), help: "Output format.") var choice: FormatChoice = .table
    @Option(help: "The workbook to write.") var out: String?
    @Option(help: "Who reads the table.") var lang: Language?
    @Flag(help: "For a spreadsheet.") var excel = false
}

struct FloorSQL: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sql", abstract: "Print the statement's number.")
    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The statement.") var statement: String
    @Option(help: "Seconds.") var timeLimit: Double = 60
    @Option(help: "Steps.") var stepLimit: Int64 = 2_000_000_000
    @OptionGroup var output: FormatOptions

    func run() throws {
        print("1\n─\n\(statement.hasSuffix("1") ? "1" : "?")")
    }
}
