import ArgumentParser
import Foundation
import UptakeCore
import UptakeIngest
import UptakeReport
import UptakeStoreAPI
import UptakeSQLite

struct Ingest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Check input files and load them into the database, each file whole or not at all.",
        discussion: """
            Each file is CSV, JSON (an array of objects) or NDJSON (one object a line), told by its \
            name (.csv, .json, .ndjson/.jsonl) or by --input-format; its kind (applications, incidents, \
            readiness, tasks, localities) is recognised from its fields or forced with --kind.

            Every row is checked. One invalid row and nothing of that file is written; the first 20 \
            problems are printed as file:line:column with what to do, and the total is counted (exit \
            code 1). With --skip-invalid the valid rows are written and the rejected ones go to a \
            reject file with their reasons. A key already stored is replaced (a revision); a file \
            identical to one already ingested changes nothing.

            A localities file that moves a unit to another province, or changes its level, is \
            refused (nothing written) unless --allow-reparent is given; then the aggregates are \
            rebuilt in the same transaction and each move is recorded in the locality_changes table.

            With --units pre-2025 the file holds applications keyed by the pre-reform communes' and \
            wards' codes (datasets/vn-commune-crosswalk-2025.csv), dated up to 2025-06-30; they are \
            stored as filed and answered in today's units: provinces exactly, communes exactly where \
            the old unit went whole, a divided unit's counts split in equal shares (rows marked \
            allocated).

            Without --units a file is read in today's units, and a row naming a locality and dated \
            before 1 July 2025 is refused: its codes may be the old ones, which today's list partly \
            reuses. Say --units current for a file re-keyed to today's units (such as the generated \
            2025 dataset), --units pre-2025 for one filed in the old codes.

            Dates must lie within 2015-01-01 to 2035-12-31, each count within 0 to \
            1,000,000,000, and a record (a row) is at most 1 MiB (see docs/data-contract.md).
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The files to ingest.", valueName: "file"))
    var files: [String]

    @Option(name: .long, help: "Force the kind of input instead of recognising it from the fields.")
    var kind: InputKind?

    @Option(name: .customLong("input-format"), help: "Force the file format instead of taking it from the file name.")
    var inputFormat: InputFormat?

    @Flag(name: .long, help: "Write the valid rows and put the invalid ones, with their reasons, in a reject file.")
    var skipInvalid = false

    @Option(name: .long, help: ArgumentHelp("The reject file with --skip-invalid (default: FILE.rejects.csv; one file only).", valueName: "path"))
    var rejects: String?

    @Flag(name: .long, help: "Accept a localities file that moves a unit to another parent or level; the aggregates are rebuilt and the move is logged.")
    var allowReparent = false

    @Option(name: .long, help: "The units the file's codes are in: current (today's; needed for days before 1 July 2025, in a file re-keyed to today's units) or pre-2025 (applications, incidents or readiness, dated up to 2025-06-30).")
    var units: UnitVintage?

    @Option(name: .long, help: "How to print the summary: table, csv or json.")
    var format: OutputFormat = .table

    @Option(name: .long, help: "Progress on stderr: auto (a bar on a terminal), bar, lines (one line per percent, for logs) or none.")
    var progress: ProgressStyle = .auto

    func validate() throws {
        if rejects != nil, !skipInvalid { throw ValidationError("--rejects goes with --skip-invalid") }
        if rejects != nil, files.count > 1 { throw ValidationError("--rejects names one reject file: give one input file, or leave it out") }
    }

    func run() async throws {
        try await runReporting {
            let store = try await database.openStore()
            var failed = false
            var summaries: [IngestSummary] = []
            for file in files {
                var options = IngestOptions(now: nowISO8601(), kind: kind, format: inputFormat, skipInvalid: skipInvalid, rejectPath: rejects)
                options.allowReparent = allowReparent
                options.units = units
                let bar = ProgressBar(label: (file as NSString).lastPathComponent, style: self.progress)
                var progress: (@Sendable (IngestProgress) -> Void)?
                if let bar { progress = { bar.update($0) } }
                let summary: IngestSummary
                do {
                    summary = try await store.ingest(path: file, options: options, progress: progress)
                } catch let e as IngestError {
                    bar?.finish()
                    printError("error: \(e.description)")
                    failed = true
                    continue
                }
                bar?.finish()
                summaries.append(summary)
                if !summary.committed && summary.identicalToIngest == nil { failed = true }
                if format == .table { try reportIngest(summary, format: format) } else { reportProblems(summary) }
            }
            if format != .table { print(Table(ingests: summaries).render(format), terminator: "") }
            if failed { throw ExitCode(1) }
        }
    }
}

/// Prints a summary line, and any problems to stderr.
func reportIngest(_ summary: IngestSummary, format: OutputFormat) throws {
    reportProblems(summary)
    print(summary.line)
}

/// Prints a file's problems to stderr (with CSV or JSON output too, which only counts them).
func reportProblems(_ summary: IngestSummary) {
    for e in summary.errors { printError(e.description) }
    if summary.errorCount > summary.errors.count {
        printError("… and \(summary.errorCount - summary.errors.count) more (\(summary.errorCount) problems in all)")
    }
}

extension UnitVintage: ExpressibleByArgument {}
