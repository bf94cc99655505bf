import ArgumentParser
import UptakeAnalysis
import UptakeCore
import UptakeReport
import UptakeStoreAPI

extension ReadinessCriterion: ExpressibleByArgument {}

struct Readiness: AsyncParsableCommand {
    // Built at every start (the parser reads every command's configuration), so the list is written out
    // (see Rates). StartupHelpCLITests checks it names every criterion.
    static let configuration = CommandConfiguration(
        commandName: "readiness",
        abstract: "The state of the public-administration service centres as of a date, per province or commune.",
        discussion: """
            For each criterion the latest row dated on or before --as-of holds. Per province: the \
            communes shown green on the monitoring map, the communes meeting the basic requirements \
            (every --criteria true), the share of communes where each criterion holds, and the \
            province's own colour; then the national total (VN). CSV and JSON carry a column for every \
            criterion; the table shows the basic requirements only. Criteria: \
            civil_status_linked, digital_signature, digital_certificate, online_meetings, digital_devices, \
            support_staff, standard_procedures, guidance, one_stop_facility.

              uptake readiness --as-of 2025-07-31
              uptake readiness --as-of 2025-07-31 --level commune --parent 04 --format csv
              uptake readiness --as-of 2025-07-31 --criteria digital_signature,digital_certificate
              uptake readiness --as-of 2025-06-30 --units pre-2025 --level commune --parent 74
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The date, YYYY-MM-DD (default: the latest row of each).", valueName: "date"))
    var asOf: Day?

    @Option(name: .long, help: "One row per province (with a national total) or per commune.")
    var level: LocalityLevel = .province

    @Option(name: .long, help: ArgumentHelp("Only this province and its communes.", valueName: "code"))
    var parent: String?

    @Option(name: .long, help: ArgumentHelp("The basic requirements, comma-separated (default: online_meetings,digital_devices,digital_signature,digital_certificate).", valueName: "names"))
    var criteria: String?

    @OptionGroup var units: VintageOptions

    @OptionGroup var output: FormatOptions

    var question: ReadinessQuestion {
        ReadinessQuestion(asOf: asOf, level: level, parent: parent, criteria: criteria, vintage: units.vintage)
    }

    func validate() throws { try question.check() }

    func run() async throws {
        try await runReporting { try output.write(await question.answer(try await database.context())) }
    }
}
