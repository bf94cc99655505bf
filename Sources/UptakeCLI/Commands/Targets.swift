import ArgumentParser
import Foundation
import UptakeAnalysis
import UptakeCore
import UptakeReport

struct Targets: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "targets",
        abstract: "How far each unit is from its target, whether its trend gets there by the deadline, and when it would.",
        discussion: """
            The targets file (CSV: indicator,scope,deadline,value,source) names a rate, its units \
            (national; provinces or communes, each on its own; or one province's or commune's code), \
            the deadline, the rate to reach in percent and who set it. Without --targets, the shipped \
            datasets/targets.csv: its source column says which rows are official goals and which are \
            illustrative.

            For each unit: the latest whole month's rate with its 95% interval and its distance to the \
            target in percentage points; the trend of its monthly rates (a quasi-binomial logit trend, \
            each month weighted by its volume, its intervals widened by how much the months scatter) \
            projected to the deadline's month with a 95% interval; the status, on-track only when all \
            of that interval is at or above the target, off-track when all of it is below, uncertain \
            otherwise (met or missed when the deadline's month is already in the data); and the month \
            the trend crosses the target with its 95% interval, or "not at this trend". A trend needs \
            3 whole months with data.

              uptake targets --as-of 2025-10-31
              uptake targets --targets my-targets.csv --metric online-submission --locality 79
              uptake targets --format csv
            """
    )

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var targets: TargetsFileOption

    @Option(name: .long, help: "Only the targets on this rate: online-submission, online-result, sync or on-time.")
    var metric: Metric?

    @Option(name: .long, help: ArgumentHelp("Only this unit's rows: a code or a name.", valueName: "code|name"))
    var locality: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day asked on, YYYY-MM-DD (default: today in Vietnam): the trends end with the latest whole month ending on or before it.", valueName: "date"))
    var asOf: Day?

    @OptionGroup var output: FormatOptions

    var question: TargetsQuestion { TargetsQuestion(metric: metric, locality: locality, asOf: asOf) }

    func validate() throws { try question.check() }

    func run() async throws {
        try await runReporting {
            var context = try await database.context()
            context.targets = try targets.load()
            try output.write(await question.answer(context))
        }
    }
}

/// `--targets FILE`, read and checked; absent, the shipped targets.
struct TargetsFileOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The targets file (CSV: indicator,scope,deadline,value,source; default: the shipped datasets/targets.csv).", valueName: "path"))
    var targets: String?

    /// The file's targets, or `nil` for the shipped ones.
    func load() throws -> [Target]? {
        guard let targets else { return nil }
        guard let data = FileManager.default.contents(atPath: targets) else {
            throw CLIError.failure("cannot read the targets file \(targets)", hint: "check the path given to --targets")
        }
        return try TargetFile.parse(csv: String(decoding: data, as: UTF8.self), file: targets)
    }
}
