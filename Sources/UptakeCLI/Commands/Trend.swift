import ArgumentParser
import UptakeAnalysis
import UptakeCore
import UptakeReport
import UptakeStoreAPI

struct Trend: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "The trend of one unit's daily series: STL, Theil–Sen slope, Mann–Kendall and moving averages.",
        discussion: """
            The daily series of a volume, or of a rate (the day's ratio of sums; days without a \
            denominator are missing), for one locality or the nation. STL splits it into trend, weekly \
            seasonal and residual; holidays, bridge days and worked weekend days are left out of the fit \
            (filled in by interpolation) so that the weekly pattern describes an ordinary week. The \
            Theil–Sen slope (with Sen's interval) and the Mann–Kendall test run on the seasonally \
            adjusted series. Volumes are also given per working day of Vietnam's calendar (--calendar \
            adds your own entries). The table shows a sparkline of the daily values (ranges up to 62 \
            days) or of the weekly means; --daily lists every day. Without --period or --from/--to it \
            covers every day with data.

              uptake trend --metric received-online --locality 79 --from 2025-03-01 --to 2025-10-31
              uptake trend --metric online-submission --period 2025-Q3 --robust
              uptake trend --metric received --locality 01 --period 2025-07 --daily --format csv
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "What to measure.")
    var metric: Metric = .onlineSubmission

    @Option(name: .long, help: ArgumentHelp("One locality, by code or name (default: the nation).", valueName: "code|name"))
    var locality: LocalitySelector?

    @OptionGroup var days: PeriodOptions

    @Flag(name: .long, help: "Robust STL: outlying days get less weight.")
    var robust = false

    @Flag(name: .long, help: "List every day (value, trend, seasonal, residual, moving averages) instead of the summary.")
    var daily = false

    @Option(name: .long, help: "List one row per period or sector instead of the summary: day (as --daily), week (ISO weeks, labelled with their Monday; partial weeks marked) or sector (each sector's summary).")
    var by: TrendQuestion.Breakdown?

    var question: TrendQuestion {
        TrendQuestion(metric: metric, locality: locality?.text, days: days.selection, robust: robust, daily: daily, by: by,
                      with: evidence.with.flatMap(EvidenceKinds.init(parameter:)), vintage: units.vintage)
    }

    @OptionGroup var units: VintageOptions

    func validate() throws { try question.check() }

    @OptionGroup var evidence: EvidenceOptions

    @OptionGroup var calendar: CalendarOptions

    @OptionGroup var output: FormatOptions

    func run() async throws {
        try await runReporting {
            let workingDays = try calendar.load()
            let answer = try await question.answer(try await database.context(calendar: workingDays))
            workingDays.noteCoverage(answer.range)
            try output.write(answer)
        }
    }
}

extension TrendQuestion.Breakdown: ExpressibleByArgument {}
