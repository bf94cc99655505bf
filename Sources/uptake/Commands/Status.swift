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
    var level: StatusLevel = .province

    @Option(name: .long, help: ArgumentHelp("Only this province, by code or name (with --level commune, its communes).", valueName: "code|name"))
    var parent: LocalitySelector?

    @OptionGroup var days: PeriodOptions

    @Option(name: .long, help: "The false-discovery rate at which a rate is called significantly below the nation's.")
    var alpha: Double = 0.05

    @Option(name: .long, help: "The colours shown: reported (the map's), or also computed from the plan tasks.")
    var colour: ColourSource = .reported

    @Option(name: .customLong("red-after-days"), help: ArgumentHelp("With --colour computed: a task overdue this many days or more makes a unit red.", valueName: "days"))
    var redAfterDays: Int = TaskColourRules.defaultRedAfterDaysOverdue

    @Option(name: .customLong("on-time-share"), help: ArgumentHelp("With --colour computed: below this share of due tasks done on time a unit is at best yellow.", valueName: "share"))
    var onTimeShare: Double = TaskColourRules.defaultMinimumOnTimeShare

    @OptionGroup var output: FormatOptions

    func validate() throws {
        guard alpha > 0, alpha < 1 else { throw ValidationError("--alpha must lie strictly between 0 and 1, e.g. 0.05") }
        guard redAfterDays >= 1 else { throw ValidationError("--red-after-days must be 1 or more, e.g. 30") }
        guard (0...1).contains(onTimeShare) else { throw ValidationError("--on-time-share must lie between 0 and 1, e.g. 0.8") }
        if colour == .reported, redAfterDays != TaskColourRules.defaultRedAfterDaysOverdue || onTimeShare != TaskColourRules.defaultMinimumOnTimeShare {
            throw ValidationError("--red-after-days and --on-time-share go with --colour computed")
        }
        try days.validateAsOf(alsoRelative: colour == .computed)
    }

    /// With --colour computed and --as-of alone: the month of --as-of up to that day.
    func range(_ store: any UptakeStore) async throws -> DayRange {
        if colour == .computed, days.explicitRange == nil, let day = days.asOf {
            let start = Grain.month.periodStart(of: day)
            let end = Grain.month.periodEnd(startingAt: start)
            return DayRange(first: start, last: day, label: day == end ? Grain.month.label(startingAt: start) : nil)
        }
        return try await days.range(store)
    }

    func run() async throws {
        try await runReporting {
            let store = try await database.openStore()
            var code: String?
            if let parent {
                let found = try parent.find(in: try await store.localities())
                guard found.level == .province else { throw ValidationError("--parent names a province: \(found.code) \(found.name) is a \(found.level.rawValue)") }
                code = found.code
            }
            let rules = colour == .computed ? TaskColourRules(redAfterDaysOverdue: redAfterDays, minimumOnTimeShare: onTimeShare) : nil
            let request = StatusRequest(level: level.level, parent: code, range: try await range(store),
                                        sectors: try await days.checkedSectors(store), alpha: alpha,
                                        taskColours: rules, tasksAsOf: colour == .computed ? days.asOf : nil)
            output.write(StatusReport(try await StatusAnalyzer(store: store).status(request)).render(output.format))
        }
    }
}

/// The levels `status` compares.
enum StatusLevel: String, ExpressibleByArgument, CaseIterable {
    case province, commune

    var level: LocalityLevel { self == .province ? .province : .commune }
}

/// Which colours `status` shows.
enum ColourSource: String, ExpressibleByArgument, CaseIterable {
    case reported, computed
}
