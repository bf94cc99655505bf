import ArgumentParser
import UptakeAnalysis
import UptakeCore
import UptakeReport
import UptakeStoreAPI

struct Status: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
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
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "The level of the units: province or commune.")
    var level: StatusLevel = .province

    @Option(name: .long, help: ArgumentHelp("Only this province, by code or name (with --level commune, its communes).", valueName: "code|name"))
    var parent: String?

    @OptionGroup var days: PeriodOptions

    @Option(name: .long, help: "The false-discovery rate at which a rate is called significantly below the nation's.")
    var alpha: Double = 0.05

    @OptionGroup var output: FormatOptions

    func validate() throws {
        guard alpha > 0, alpha < 1 else { throw ValidationError("--alpha must lie strictly between 0 and 1, e.g. 0.05") }
        try days.validateAsOf()
    }

    func run() async throws {
        try await runReporting {
            let store = try await database.openStore()
            var code: String?
            if let parent {
                let found = try LocalityLookup.find(parent, in: try await store.localities())
                guard found.level == .province else { throw ValidationError("--parent names a province: \(found.code) \(found.name) is a \(found.level.rawValue)") }
                code = found.code
            }
            let request = StatusRequest(level: level.level, parent: code, range: try await days.range(store),
                                        sectors: try await days.checkedSectors(store), alpha: alpha)
            output.write(StatusReport(try await StatusAnalyzer(store: store).status(request)).render(output.format))
        }
    }
}

/// The levels `status` compares.
enum StatusLevel: String, ExpressibleByArgument, CaseIterable {
    case province, commune

    var level: LocalityLevel { self == .province ? .province : .commune }
}
