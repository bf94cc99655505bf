import ArgumentParser
import UptakeAnalysis
import UptakeCore
import UptakeReport
import UptakeStoreAPI

extension DirectionFilter: ExpressibleByArgument {}
extension DetectionMethod: ExpressibleByArgument {}

struct Anomalies: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anomalies",
        abstract: "Drops, spikes, level shifts and rate collapses in daily series, judged against each series' own history.",
        discussion: """
            Without --metric, the watched metrics are scanned together (--metric watched): receipts \
            (received), online submissions (received-online) and the online share (online-submission), \
            so that an outage of the online one-stop system, where online submissions collapse while \
            paper continues, is found by the plain question; a peer's --method scans their counts only. \
            Each unit's daily series (with --by-sector, each unit and sector's) is judged day by day \
            against a negative-binomial baseline from its previous 8 weeks: the mean of the same \
            weekday, the spread between days, the working-day calendar (weekends, holidays, bridge \
            days are never judged; a worked Saturday is). A day is flagged when its tail probability \
            is below --false-flags per 1,000 series-days (0.1 by default, per direction); consecutive \
            flagged days are one anomaly, a count CUSUM finds sustained partial drops, and PELT turns \
            a lasting change into one level shift. A zero on a working day where 30 are expected is \
            strong evidence, never "no data"; a day with no row at all is missing and not judged. For \
            a rate (online-submission, online-result, sync, on-time) the day's share is judged against \
            a beta-binomial baseline of its last 28 working days. Series whose expected count is below \
            10 are not judged alone: look at their province. With --level commune, communes of one \
            province that drop on the same day are shown once, as a province event with its members. \
            The incidents recorded at the place (or above it) from the day before are attached. JSON \
            is the contract's array of anomaly objects.

              uptake anomalies --from 2025-07-01 --to 2025-07-31 --level commune --direction down
              uptake anomalies --locality 79 --metric received --format json
              uptake anomalies --metric online-submission --level province --period 2025-09
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "What to scan: watched (the default: received, received-online and the online-submission rate, so an online-system outage shows), a volume, or a simple rate.")
    var metric: AnomaliesQuestion.Scan = .watched

    @OptionGroup var scope: ScopeOptions

    @Flag(name: .long, help: "One series per unit and sector.")
    var bySector = false

    @Option(name: .long, help: "Which departures: down, up or both.")
    var direction: DirectionFilter = .down

    @Option(name: .long, help: "How days are judged: nb (the default model) or a peer's method: ears-c1, ears-c2, ears-c3, robust-z, stl-z, shesd.")
    var method: DetectionMethod = .negativeBinomial

    @Option(name: .customLong("false-flags"), help: ArgumentHelp("Sensitivity of nb: false flags expected per 1,000 series-days, per direction (default 0.1; the peers' methods have their own thresholds).", valueName: "rate"))
    var falseFlags: Double?

    @Flag(name: .long, help: "List commune anomalies one by one instead of folding shared ones into province events.")
    var noEvents = false

    @OptionGroup var calendar: CalendarOptions

    @OptionGroup var output: FormatOptions

    var question: AnomaliesQuestion {
        AnomaliesQuestion(metric: metric, units: scope.unit.query, days: scope.days.selection, bySector: bySector, direction: direction,
                          method: method, falseFlags: falseFlags, noEvents: noEvents, vintage: units.vintage)
    }

    @OptionGroup var units: VintageOptions

    func validate() throws { try question.check() }

    func run() async throws {
        try await runReporting {
            let workingDays = try calendar.load()
            let report = try await question.answer(try await database.context(calendar: workingDays))
            workingDays.noteCoverage(report.range)
            try output.write(report)
        }
    }
}

extension AnomaliesQuestion.Scan: ExpressibleByArgument {
    public init?(argument: String) { self.init(parameter: argument) }
    public var defaultValueDescription: String { parameterText }
    public static var allValueStrings: [String] { ["watched"] + Metric.allCases.map(\.rawValue) }
}
