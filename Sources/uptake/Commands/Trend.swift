import ArgumentParser
import UptakeAnalysis
import UptakeCore
import UptakeReport
import UptakeStore

struct Trend: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The trend of one unit's daily series: STL, Theil–Sen slope, Mann–Kendall and moving averages.",
        discussion: """
            The daily series of a volume, or of a rate (the day's ratio of sums; days without a \
            denominator are missing), for one locality or the nation. STL splits it into trend, weekly \
            seasonal and residual; holidays, bridge days and worked weekend days are left out of the fit \
            (filled in by interpolation) so that the weekly pattern describes an ordinary week. The \
            Theil–Sen slope (with Sen's interval) and the Mann–Kendall test run on the seasonally \
            adjusted series. Volumes are also given per working day of Vietnam's calendar (--calendar \
            adds your own entries). The table shows a sparkline of the daily values (ranges up to 62 \
            days) or of the weekly means; --daily lists every day.

              uptake trend --metric received-online --locality 79 --from 2025-03-01 --to 2025-10-31
              uptake trend --metric online-submission --period 2025-Q3 --robust
              uptake trend --metric received --locality 01 --period 2025-07 --daily --format csv
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "What to measure.")
    var metric: Metric = .onlineSubmission

    @Option(name: .long, help: ArgumentHelp("One locality (default: the nation).", valueName: "code"))
    var locality: String?

    @Option(name: .long, help: ArgumentHelp("One period: 2025, 2025-Q3, 2025-07 or 2025-W29 (default: every day with data).", valueName: "period"))
    var period: String?

    @Option(name: .long, help: ArgumentHelp("The first day of a custom range, YYYY-MM-DD.", valueName: "date"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("The last day of a custom range, YYYY-MM-DD.", valueName: "date"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp("Only these sectors, comma-separated (default: all).", valueName: "names"))
    var sector: String?

    @Flag(name: .long, help: "Robust STL: outlying days get less weight.")
    var robust = false

    @Flag(name: .long, help: "List every day (value, trend, seasonal, residual, moving averages) instead of the summary.")
    var daily = false

    @OptionGroup var calendar: CalendarOptions

    @OptionGroup var output: FormatOptions

    /// The same checks and range as the other commands (every field set: an unparsed option cannot be read).
    var scope: ScopeOptions {
        var s = ScopeOptions()
        (s.level, s.parent) = (.province, nil)
        (s.locality, s.period, s.from, s.to, s.sector) = (locality, period, from, to, sector)
        return s
    }

    func validate() throws { try scope.validate() }

    func run() throws {
        try runReporting {
            let store = try database.openExisting()
            let range: DayRange
            if period != nil || from != nil {
                range = try scope.range(store)
            } else if let span = try store.applicationsSpan() {
                range = span
            } else {
                throw CLIError.failure("the database holds no applications yet", hint: "load some with 'uptake ingest applications.csv'")
            }
            let request = TrendRequest(metric: metric, locality: locality, range: range, sectors: scope.sectorList,
                                       robust: robust, calendar: try calendar.load())
            let result = try TrendAnalyzer(store: store).trend(request)
            print(TrendReport(result, daily: daily).render(output.format), terminator: "")
        }
    }
}
