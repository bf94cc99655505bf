import ArgumentParser
import Foundation
import UptakeCore
import UptakeSimulation

extension SimulationScale: ExpressibleByArgument {}

/// `uptake generate`: writes the deterministic national dataset.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate the deterministic national dataset (applications, incidents, readiness, plan tasks, truth)."
    )

    @Option(help: "The seed of every random stream.")
    var seed: UInt64 = SimulationConfiguration.nationalSeed

    @Option(help: "First day, YYYY-MM-DD (default: 2025-01-01, or 2024-01-01 with --multi-year).")
    var from: Day?

    @Option(help: "Last day, YYYY-MM-DD (default: 2025-10-31, or 2026-11-30 with --multi-year).")
    var to: Day?

    @Flag(help: ArgumentHelp(
        "Write the days before 1 July 2025 in the pre-reform communes and wards, as they were filed, in applications-pre2025.csv (for ingest --units pre-2025); applications.csv then starts on 1 July 2025. The range defaults to 2024-01-01 to 2026-11-30.",
        discussion: "Without it every day is in today's units: the committed 2025 dataset, re-keyed (ingest it with --units current)."))
    var multiYear = false

    @Option(help: "Every commune, or a fixed 10% sample of communes.")
    var scale: SimulationScale = .communes

    @Option(help: "The output directory.")
    var out: String

    @Option(help: "Number of sectors: 6 or 12.")
    var sectors: Int = 6

    @Option(help: "Comma-separated province codes to generate (default: all).")
    var provinces: String?

    @Option(help: "The localities CSV (default: the bundled 2025 list).")
    var localities: String?

    @Flag(help: "Plant no events (no outages, drops, level shifts, nor their incidents): the null dataset for false-alarm benchmarks.")
    var noEvents = false

    /// The range asked for, or the default of the dataset asked for.
    var range: DayRange {
        let fallback = multiYear ? SimulationConfiguration.multiYearRange : SimulationConfiguration.nationalRange
        return DayRange(first: from ?? fallback.first, last: to ?? fallback.last)
    }

    func validate() throws {
        let (from, to) = (range.first, range.last)
        guard from <= to else { throw ValidationError("--from (\(from)) must not be after --to (\(to)).") }
        guard DataDomain.contains(from), DataDomain.contains(to) else {
            throw ValidationError("--from and --to must lie within \(DataDomain.dayRangeText), the dates Uptake ingests.")
        }
        guard sectors == 6 || sectors == 12 else { throw ValidationError("--sectors must be 6 or 12, not \(sectors).") }
    }

    func run() throws {
        let range = self.range
        let codes = provinces.map { Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }) }
        let config = SimulationConfiguration(seed: seed, range: range, scale: scale,
                                             sectors: sectors == 12 ? SectorProfile.extended : SectorProfile.standard,
                                             provinces: codes, plantEvents: !noEvents, preReformUnits: multiYear)
        try runReportingSync {
            guard let source = localities ?? Bundle.module.path(forResource: "vn-localities-2025", ofType: "csv") else {
                throw CLIError.failure("the bundled localities file is missing from this build", hint: "pass --localities datasets/vn-localities-2025.csv")
            }
            let generator = try DatasetGenerator(localities: try LocalityTable.load(path: source), configuration: config)
            let tty = isatty(2) != 0
            let started = Date()
            let summary = try generator.write(toDirectory: out, progress: tty ? { day in
                if day.components.day == 1 || day == range.last { FileHandle.standardError.write(Data("\rgenerating \(day)".utf8)) }
            } : nil)
            if tty { FileHandle.standardError.write(Data("\r".utf8)) }
            // The time only on a terminal, so that the line is the same on every run (notebooks compare it).
            let seconds = tty ? String(format: " in %.1f s", Date().timeIntervalSince(started)) : ""
            let old = multiYear ? "\(summary.preReformApplicationRows) pre-reform application rows (\(summary.preReformUnits) old units), " : ""
            FileHandle.standardError.write(Data(("generated \(summary.applicationRows) application rows (\(summary.communes) communes), \(old)"
                + "\(summary.incidentRows) incidents, \(summary.readinessRows) readiness rows, \(summary.truthEvents) planted events "
                + "in \(out)\(seconds)\n").utf8))
        }
    }
}
