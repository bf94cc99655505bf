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

    @OptionGroup var units: VintageOptions

    @OptionGroup var output: FormatOptions

    var question: LaggingQuestion {
        LaggingQuestion(metric: metric, units: scope.unit.query, days: scope.days.selection, fdr: fdr, vintage: units.vintage)
    }

    func validate() throws { try question.check() }

    func run() async throws {
        try await runReporting { try output.write(await question.answer(try await database.context())) }
    }
}
