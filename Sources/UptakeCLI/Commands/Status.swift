import ArgumentParser
import UptakeAnalysis
import UptakeCore
import UptakeReport
import UptakeStoreAPI

struct Status: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Green on the map against measured operation: reported status beside online rates.",
        discussion: """
            Each unit's reported status (the readiness criterion reported_status in force at the \
            period's end) is set beside its measured operation over the period. Operation is poor \
            when the online-submission rate is significantly below the nation's (one-sided \
            funnel test centred on the nation's rate as uptake lagging does, allowing for the real \
            spread between the units of the level, Benjamini-Hochberg q < --alpha) or when results were issued but none returned \
            online. Listed first: green but poor, then the reverse, yellow or red but operating. The \
            heading gives the counts the monitoring report uses (colours; for provinces, communes \
            green and the provinces with all, more than 70% and more than 50% of their communes green).

              uptake status --period 2025-07
              uptake status --period 2025-07 --level commune --parent 04 --format csv

            With --colour computed, each unit's colour is also computed from its plan tasks as of \
            --as-of (default: the period's last day; without --period, the period is the month of \
            --as-of up to that day): red when a task is overdue --red-after-days days or more, yellow \
            when a task is overdue or fewer than --on-time-share of the tasks due were done on time, \
            else green. The reported colour, the computed colour and the measured operation stand in \
            one table.

              uptake status --as-of 2025-07-31 --colour computed
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "The level of the units: province or commune.")
    var level: StatusQuestion.Level = .province

    @Option(name: .long, help: ArgumentHelp("Only this province, by code or name (with --level commune, its communes).", valueName: "code|name"))
    var parent: LocalitySelector?

    @OptionGroup var days: PeriodOptions

    @Option(name: .long, help: "The false-discovery rate at which a rate is called significantly below the nation's.")
    var alpha: Double = 0.05

    @Option(name: .long, help: "The colours shown: reported (the map's), or also computed from the plan tasks.")
    var colour: StatusQuestion.Colour = .reported

    @Option(name: .customLong("red-after-days"), help: ArgumentHelp("With --colour computed: a task overdue this many days or more makes a unit red (default \(TaskColourRules.defaultRedAfterDaysOverdue)).", valueName: "days"))
    var redAfterDays: Int?

    @Option(name: .customLong("on-time-share"), help: ArgumentHelp("With --colour computed: below this share of due tasks done on time a unit is at best yellow (default \(TaskColourRules.defaultMinimumOnTimeShare)).", valueName: "share"))
    var onTimeShare: Double?

    @OptionGroup var output: FormatOptions

    var question: StatusQuestion {
        StatusQuestion(level: level, parent: parent?.text, days: days.selection, alpha: alpha, colour: colour,
                       redAfterDays: redAfterDays, onTimeShare: onTimeShare)
    }

    func validate() throws { try question.check() }

    func run() async throws {
        try await runReporting { try output.write(await question.answer(try await database.context())) }
    }
}

extension StatusQuestion.Level: ExpressibleByArgument {}
extension StatusQuestion.Colour: ExpressibleByArgument {}
