import ArgumentParser
import UptakeAnalysis
import UptakeCore
import UptakeReport
import UptakeStoreAPI

struct Explain: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Why a metric fell (or sits low) at a locality: where it came from and the causes the evidence supports.",
        discussion: """
            Where: the locality's children (communes of a province, provinces of the nation) and its \
            sectors. For a volume, Adtributor's explanatory power (each child's share of the change, \
            against its baseline per working day) and surprise; for a rate, the exact within + centred \
            mix split of the change, or of the gap to the nation (each child's volume-weighted distance \
            from the national rate, with the applications it is short).

            Why: each cause of the vocabulary is scored from evidence, like with like, and said in \
            sentences with numbers (JSON carries the evidence as facts with a kind): incidents at the \
            locality or above it in the window or the 3 days before (the metric on incident days \
            against the other working days of the same window, as a ratio with a 95% interval; when \
            they cover the whole window, the locality against its peers over the same days: a \
            difference in differences); readiness criteria not met (lost between the periods, set \
            against the communes that kept them, for a change; against the province's communes that \
            meet it and a national weighted regression, for a gap); sector fingerprints (civil-status \
            results not returned online while other sectors are; results not returned online while \
            submissions continue); holidays and bridge days. A fall every sector shares is said to \
            be uniform. When nothing accounts for a fall, unexplained comes first and says what was \
            checked; when nothing fell, it says so with the test.

            With --baseline, or for a volume, a change is explained (default baseline: the 4 weeks \
            before the window, or the period of the same length); for a rate without --baseline, its \
            gap to the nation. --anomaly takes an id printed by 'uptake anomalies' and explains its \
            place and days against the 8 weeks before.

              uptake explain --locality 01 --period 2025-07
              uptake explain --locality 79 --period 2025-07 --baseline 2025-06 --metric received
              uptake explain --locality 20194 --from 2025-07-03 --to 2025-07-06 --metric received-online
              uptake explain --anomaly ac4c7db747d2c6886
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: ArgumentHelp("The locality, by code or name, or VN for the nation.", valueName: "code|name"))
    var locality: LocalitySelector?

    @Option(name: .long, help: ArgumentHelp("Explain this anomaly, by the id 'uptake anomalies' prints.", valueName: "id"))
    var anomaly: String?

    @Option(name: .long, help: "What to explain (default: online-submission; with --anomaly, the anomaly's metric).")
    var metric: Metric?

    @OptionGroup var days: PeriodOptions

    @Option(name: .long, help: ArgumentHelp("The baseline: a period (2025-06) or a range 2025-06-01..2025-06-30.", valueName: "period"))
    var baseline: DayRange?

    @Option(name: .long, help: ArgumentHelp("Children listed per dimension.", valueName: "n"))
    var top: Int = 10

    @OptionGroup var calendar: CalendarOptions

    /// json: the explanation object; csv and xlsx: the contributors.
    @OptionGroup var output: FormatOptions

    var question: ExplainQuestion {
        ExplainQuestion(locality: locality?.text, anomaly: anomaly, metric: metric, days: days.selection,
                        baseline: baseline.map { PeriodOrRange(.absolute($0)) }, top: top, vintage: units.vintage)
    }

    @OptionGroup var units: VintageOptions

    func validate() throws { try question.check() }

    func run() async throws {
        try await runReporting {
            let explanation = try await question.answer(try await database.context(calendar: try calendar.load()))
            try output.write(explanation)
        }
    }
}

struct Gap: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gap",
        abstract: "One locality's rate against another's or the nation's: the difference, its interval and test, and where it comes from.",
        discussion: """
            The difference of the two rates with Newcomb's 95% interval and the pooled two-proportion \
            z-test. Then the locality's children, each costing its volume-weighted distance from the \
            other's rate ("Thanh Xuân costs Hà Nội 0.74 points: 1,094 applications that would have been \
            online at the national rate"; the children sum to the difference), and the sectors (the \
            exact within + centred mix split of the difference).

              uptake gap --locality 01 --versus nation --period 2025-07
              uptake gap --locality "Hà Nội" --versus 38 --period 2025-07 --format json
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: ArgumentHelp("The locality, by code or name.", valueName: "code|name"))
    var locality: LocalitySelector

    @Option(name: .long, help: ArgumentHelp("The other locality, by code or name, or nation.", valueName: "code|name|nation"))
    var versus: LocalitySelector = .nation

    @Option(name: .long, help: "The rate: online-submission, online-result, sync or on-time.")
    var metric: Metric = .onlineSubmission

    @OptionGroup var days: PeriodOptions

    @Option(name: .long, help: ArgumentHelp("Children listed.", valueName: "n"))
    var top: Int = 10

    /// csv and xlsx: the contributors.
    @OptionGroup var units: VintageOptions

    @OptionGroup var output: FormatOptions

    var question: GapQuestion {
        GapQuestion(locality: locality.text, versus: versus.text, metric: metric, days: days.selection, top: top, vintage: units.vintage)
    }

    func validate() throws { try question.check() }

    func run() async throws {
        try await runReporting { try output.write(await question.answer(try await database.context())) }
    }
}
