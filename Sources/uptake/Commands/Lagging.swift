import ArgumentParser
import UptakeAnalysis
import UptakeCore
import UptakeReport
import UptakeStoreAPI

struct Lagging: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lagging",
        abstract: "Which units lag their peers on a rate, given their volume: funnel limits, shrunk rates and q-values.",
        discussion: """
            Each unit's rate is set against the peers' pooled rate with funnel-plot limits that widen \
            for small volumes and allow for the peers' real spread (Spiegelhalter 2005, additive \
            overdispersion), so a commune with 9 applications is not called the worst in the country \
            and a province far below on a large volume is. The shrunk rate is the empirical-Bayes \
            (beta-binomial) estimate with its interval. With many units tested at once, a unit is \
            called lagging when its Benjamini–Hochberg q-value is at most --fdr. Units come lowest \
            shrunk rate first.

              uptake lagging --metric online-submission --period 2025-07 --level province
              uptake lagging --metric online-result --parent 01 --period 2025-07 --format csv
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "The rate: online-submission, online-result, sync or on-time.")
    var metric: Metric = .onlineSubmission

    @OptionGroup var scope: ScopeOptions

    @Option(name: .long, help: "The false-discovery rate at which a unit is called lagging.")
    var fdr: Double = 0.05

    @OptionGroup var output: FormatOptions

    func validate() throws {
        guard metric.isRate, metric != .onlineSubmission766 else {
            throw ValidationError("--metric must be a simple rate: online-submission, online-result, sync or on-time")
        }
        try scope.days.validateAsOf()
        guard fdr > 0, fdr < 1 else { throw ValidationError("--fdr must lie strictly between 0 and 1, e.g. 0.05") }
        if scope.unit.level == .nation { throw ValidationError("--level nation is one unit: lagging compares peers (use --level province or commune)") }
        if scope.locality != nil, scope.unit.level != .commune { throw ValidationError("--locality names one unit: lagging compares peers (use --parent, --level, or --locality with --level commune)") }
    }

    func run() async throws {
        try await runReporting {
            let store = try await database.openStore()
            let request = LaggingRequest(metric: metric, units: try await scope.units(store), range: try await scope.range(store), sectors: try await scope.days.checkedSectors(store), fdr: fdr)
            output.write(LaggingReport(try await LaggingAnalyzer(store: store).lagging(request)).render(output.format))
        }
    }
}
