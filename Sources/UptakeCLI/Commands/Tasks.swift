import ArgumentParser
import UptakeAnalysis
import UptakeCore
import UptakeReport
import UptakeStoreAPI

extension TaskGrouping: ExpressibleByArgument {}

struct Tasks: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tasks",
        abstract: "Plan tasks as of a date: due, done on time, done late, overdue (by days), per group or owner.",
        discussion: """
            Each task stands as its latest record dated on or before --as-of (a tasks file may revise \
            a task at later dates). A task is overdue when its due date lies before --as-of and it is \
            not done; done late when it was completed after its due date. Without --by, the tasks one \
            by one, overdue first; with --by, the counts per group or owner and a last row for all.

              uptake tasks --as-of 2025-07-31 --overdue --by group
              uptake tasks --locality 04 --as-of 2025-07-31
              uptake tasks --as-of 2025-08-31 --by owner --format csv
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The evaluation date, YYYY-MM-DD (default: today in Vietnam).", valueName: "date"))
    var asOf: Day?

    @Option(name: .long, help: "Counts per group or per owner instead of the tasks one by one.")
    var by: TaskGrouping?

    @Flag(name: .long, help: "Only the tasks overdue on the date.")
    var overdue = false

    @Option(name: .long, help: ArgumentHelp("Only the tasks of this locality, by code or name (a province: with its communes').", valueName: "code|name"))
    var locality: String?

    @OptionGroup var output: FormatOptions

    var question: TasksQuestion { TasksQuestion(asOf: asOf, by: by, overdue: overdue, locality: locality) }

    func validate() throws { try question.check() }

    func run() async throws {
        try await runReporting { try output.write(await question.answer(try await database.context())) }
    }
}
