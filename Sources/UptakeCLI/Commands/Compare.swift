import ArgumentParser
import UptakeAnalysis
import UptakeCore
import UptakeReport
import UptakeStoreAPI

struct Compare: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two periods unit by unit: rates, volumes per working day, tests and flags.",
        discussion: """
            For each unit: the metric in the baseline and current periods, the absolute change (in \
            percentage points, pp, for a rate) and the relative change, a two-proportion z-test with the \
            change's interval at 1 - --alpha (Newcomb's; 95% by default), and the \
            metric's volume (the rate's denominator, e.g. received) in total and per working day of \
            Vietnam's calendar (/wd: all the period's applications, days off included, divided by its working \
            days: the one per-working-day measure of every command), with a quasi-Poisson test of those \
            volumes that allows for the working days' overdispersion, with the interval of their ratio from the same model. A unit with no \
            applications in one period but some in the other (an outage) is tested exactly (conditional \
            Poisson; a day against a day with applications on both has too few days for a test). When several units are tested, Benjamini-Hochberg \
            q-values are shown and a change is flagged significant when q < --alpha (else p < --alpha). \
            The baseline defaults to the period of the same length just before (month over month), and \
            for a single day to the previous working day (a Monday against the Friday before); give \
            --baseline last-year (or 2024-07) for year over year, each year's working days from its own \
            calendar and July 2024 read in today's units when it was filed in pre-reform ones, a custom \
            range 2025-06-01..2025-06-15, or a relative period (last-month, as of --as-of). --by sector compares each sector in turn (q-values over \
            every row). CSV and JSON rows carry the sector filter and both periods' bounds.

            --decompose splits the aggregate rate's change (the nation's, or the province's) into each \
            unit's within effect (its own rate's change, weighted by its mean share) and mix effect (its \
            change of share times its mean rate minus the total's mean rate); they sum exactly to the \
            total. Example, A 40/100 -> 100/200, B 60/100 -> 70/100, C 100/200 -> 50/100: the total goes \
            50% -> 55% (mean 52.5%); A's within is +3.75 pp and its mix 0.25 x (45% - 52.5%) = -1.875 pp \
            (it gained share at a below-average rate); B +2.5 pp and 0; C 0 and +0.625 pp. --top n keeps \
            the n units with the largest contribution (within + mix) in size, largest first: B, A, C.

              uptake compare --period 2025-07 --baseline 2025-06 --level province
              uptake compare --period 2025-07 --baseline 2025-06 --locality 79 --by commune --decompose
              uptake compare --period 2025-07 --locality 79 --by commune --decompose --top 10
              uptake compare --metric received --period 2025-07 --baseline 2024-07 --locality 01 --format json
              uptake compare --period this-month --baseline last-month --as-of 2025-08-20 --locality 01 --by sector
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "What to compare.")
    var metric: Metric = .onlineSubmission

    @OptionGroup var scope: ScopeOptions

    @Option(name: .long, help: ArgumentHelp("The baseline: a period (2025-06), a range 2025-06-01..2025-06-30, or relative to --as-of: \(RelativePeriod.allCases.map(\.rawValue).joined(separator: ", ")); or last-year, the same days a year before (default: the period of the same length just before).", valueName: "period"))
    var baseline: CompareBaselineArgument?

    @Option(name: .long, help: ArgumentHelp("Compare commune (the communes of --locality) or sector (each sector in turn, one block of rows each).", valueName: "commune|sector"))
    var by: CompareQuestion.Breakdown?

    @Option(name: .long, help: "The significance level of the flags, between 0 and 1.")
    var alpha: Double = 0.05

    @Flag(name: .long, help: "Split the aggregate rate's change into each unit's within and mix effects.")
    var decompose = false

    @Option(name: .long, help: ArgumentHelp("Show only the n units that moved most, largest first (by the size of within + mix with --decompose, else of the change).", valueName: "n"))
    var top: Int?

    @OptionGroup var evidence: EvidenceOptions

    @OptionGroup var calendar: CalendarOptions

    @OptionGroup var output: FormatOptions

    var question: CompareQuestion {
        CompareQuestion(metric: metric, units: scope.unit.query, days: scope.days.selection, baseline: baseline.map(\.baseline),
                        by: by, alpha: alpha, decompose: decompose, top: top, with: evidence.with.flatMap(EvidenceKinds.init(parameter:)),
                        vintage: units.vintage)
    }

    @OptionGroup var units: VintageOptions

    func validate() throws { try question.check() }

    func run() async throws {
        try await runReporting {
            let workingDays = try calendar.load()
            let answer = try await question.answer(try await database.context(calendar: workingDays))
            workingDays.noteCoverage(answer.current, answer.baseline)
            try output.write(answer)
        }
    }
}

extension CompareQuestion.Breakdown: ExpressibleByArgument {}

/// `--baseline`: what ``CompareBaseline`` reads (a period, a range, a relative period or last-year).
struct CompareBaselineArgument: ExpressibleByArgument, CustomStringConvertible {
    let baseline: CompareBaseline
    init?(argument: String) {
        guard let baseline = CompareBaseline(parameter: argument) else { return nil }
        self.baseline = baseline
    }
    var description: String { baseline.parameterText }
}
