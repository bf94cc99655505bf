import ArgumentParser
import UptakeAnalysis
import UptakeCore
import UptakeReport
import UptakeStoreAPI

extension RatesQuestion.Breakdown: ExpressibleByArgument {}

struct Rates: AsyncParsableCommand {
    // Built at every start (the parser reads every command's configuration), so the lists are written out:
    // joining Metric.allCases cost 3% of `uptake --help`. StartupHelpCLITests checks they name every value.
    static let configuration = CommandConfiguration(
        commandName: "rates",
        abstract: "Rates and volumes per unit and period, as ratios of sums with confidence intervals.",
        discussion: """
            Metrics: received, received-online, resolved, resolved-online, online-submission, online-result, \
            sync, on-time, online-submission-766.
            Rates are ratios of sums over every row aggregated (never means of ratios), with a 95% \
            Wilson score interval by default (--interval jeffreys for Jeffreys). A period without data \
            says so instead of showing 0%. In csv and json, rates are proportions (0.3273), in tables \
            percentages (32.73%). Without --period or --from/--to, the last month with data.

              uptake rates --metric online-submission --level province --period 2025-07 --rank
              uptake rates --metric online-result --locality 01 --by week --from 2025-06-01 --to 2025-08-31
              uptake rates --metric online-submission --parent 04 --period 2025-07 --format csv
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "What to measure.")
    var metric: Metric = .onlineSubmission

    @OptionGroup var scope: ScopeOptions

    @Option(name: .long, help: "Cut the range into periods: day, week (ISO), month, quarter, year, or range (one period; the default); or sector: one row per sector over the range.")
    var by: RatesQuestion.Breakdown = .range

    @Option(name: .long, help: "The interval method: wilson or jeffreys.")
    var interval: IntervalMethod = .wilson

    @Option(name: .long, help: "The confidence level of the intervals, between 0 and 1.")
    var confidence: Double = 0.95

    @Flag(name: .long, help: "Order each period's units from highest to lowest and mark the ends.")
    var rank = false

    @OptionGroup var units: VintageOptions

    @OptionGroup var evidence: EvidenceOptions

    @OptionGroup var calendar: CalendarOptions

    @OptionGroup var output: FormatOptions

    var question: RatesQuestion {
        RatesQuestion(metric: metric, units: scope.unit.query, days: scope.days.selection, by: by, interval: interval,
                      confidence: confidence, rank: rank, with: evidence.with.flatMap(EvidenceKinds.init(parameter:)),
                      vintage: units.vintage)
    }

    func validate() throws { try question.check() }

    func run() async throws {
        try await runReporting {
            let days = try calendar.load()
            let answer = try await question.answer(try await database.context(calendar: days))
            days.noteCoverage(answer.range)
            try output.write(answer)
        }
    }
}
