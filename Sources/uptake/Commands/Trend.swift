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
    var by: TrendBreakdown?

    func validate() throws {
        if daily, let by, by != .day { throw ValidationError("give either --daily or --by \(by.rawValue), not both") }
        try days.validateAsOf()
    }

    @OptionGroup var evidence: EvidenceOptions

    @OptionGroup var calendar: CalendarOptions

    @OptionGroup var output: FormatOptions

    func run() async throws {
        try await runReporting {
            let store = try await database.openStore()
            let range = try await days.rangeOrSpan(store)
            var code: String?
            if let locality { code = try locality.find(in: try await store.localities()).code }
            let request = TrendRequest(metric: metric, locality: code, range: range, sectors: try await days.checkedSectors(store),
                                       robust: robust, calendar: try calendar.load())
            request.calendar.noteCoverage(request.range)
            let collector = try await evidence.collector(store, covering: range)
            if by == .sector {
                let results = try await TrendAnalyzer(store: store).trendBySector(request)
                var found: [UnitEvidence] = []
                for result in results { found += try await collector?.evidence(for: result) ?? [] }
                output.write(TrendSectorReport(results, evidence: found, kinds: evidence.kinds).render(output.format))
                return
            }
            let result = try await TrendAnalyzer(store: store).trend(request)
            let isDaily = daily || by == .day, weekly = by == .week
            let found = try await weekly ? collector?.weeklyEvidence(for: result) : collector?.evidence(for: result, daily: isDaily)
            output.write(TrendReport(result, daily: isDaily, weekly: weekly, evidence: found ?? [], kinds: evidence.kinds).render(output.format))
        }
    }
}

/// What `trend --by` lists.
enum TrendBreakdown: String, ExpressibleByArgument, CaseIterable {
    case day, week, sector
}
