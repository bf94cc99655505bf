import ArgumentParser
import Foundation
import UptakeAnalysis
import UptakeCore
import UptakeReport
import UptakeStoreAPI
import UptakeWorkbook

struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the month's report with charts: one self-contained HTML page, or Markdown with SVG files beside it.",
        discussion: """
            The report sets --period against --baseline (default: the period just before) for the nation \
            and its provinces, or with --locality for one province and its communes: the summary \
            (volumes, rates, changes per working day), the units ranked with intervals and their map \
            colour, a funnel plot, the daily series of the units that changed most (7-day mean, holidays \
            shaded, anomalies marked), month over month, year over year (the same days a year before, \
            across the 2025 reform, when the database holds them), the anomalies found, the flagged units and their \
            evidence, readiness gaps, and units reported green yet lagging. A part without data says so \
            in a sentence. The file's extension chooses the format: .html (inline SVG and CSS, no script, \
            prints on A4), .pdf (that page printed on A4 by headless Chromium, which must be installed), \
            .md (charts written as NAME-*.svg beside it), .xlsx (an Excel workbook, a sheet per part with its \
            tables, numbers as numbers) or .json (the typed value). \
            Progress goes to stderr.

              uptake report --period 2025-07 --baseline 2025-06 --out july-2025.html
              uptake report --period 2025-07 --locality 01 --out hanoi-july.md
              uptake report --period 2025-07 --lang vi --out bao-cao-thang-7.html
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: ArgumentHelp("The period reported: 2025-07, 2025-Q3, 2025, a range 2025-07-01..2025-07-31, or relative to --as-of: \(RelativePeriod.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "period"))
    var period: PeriodOrRangeArgument

    @Option(name: .long, help: ArgumentHelp("The baseline: a period (2025-06) or a range 2025-06-01..2025-06-30 (default: the period of the same length just before).", valueName: "period"))
    var baseline: PeriodOrRangeArgument?

    @Option(name: .long, help: ArgumentHelp("One province, by code or name: the report covers it and its communes.", valueName: "code|name"))
    var locality: LocalitySelector?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day a relative period is counted from (default: today in Vietnam).", valueName: "YYYY-MM-DD"))
    var asOf: Day?

    @Option(name: .long, help: ArgumentHelp("The file to write: .html, .pdf, .md, .xlsx or .json.", valueName: "file"))
    var out: String

    @Option(name: .long, help: ArgumentHelp("The reader's language: vi (Vietnamese: every sentence, term, number and date as an official reads them: 32,73 %, 31/7/2025) or en (English).", valueName: "vi|en"))
    var lang: Language = .en

    @OptionGroup var calendar: CalendarOptions

    enum FileKind { case html, pdf, markdown, json, workbook }

    var kind: FileKind? {
        switch URL(fileURLWithPath: out).pathExtension.lowercased() {
        case "html", "htm": .html
        case "pdf": .pdf
        case "md", "markdown": .markdown
        case "json": .json
        case "xlsx": .workbook
        default: nil
        }
    }

    var question: ReportQuestion {
        ReportQuestion(period: PeriodOrRange(period.expression), baseline: baseline.map { PeriodOrRange($0.expression) },
                       locality: locality?.text, asOf: asOf)
    }

    func validate() throws {
        if kind == nil { throw ValidationError("--out must end in .html, .pdf, .md, .xlsx or .json (the format follows the extension)") }
        try question.check()
    }

    func run() async throws {
        try await runReporting {
            let started = Date()
            // Before the report is computed: a missing browser or libxlsxwriter is known at once.
            let browser = kind == .pdf ? try ChromiumPDF.executable() : nil
            if kind == .workbook { try Workbook.requireLibrary(writing: out) }
            var context = try await database.context(calendar: try calendar.load())
            context.progress = { step in
                printError("report: [\(step.step)/\(step.of)] \(step.what) (\(String(format: "%.1f", Date().timeIntervalSince(started))) s)")
            }
            let report = try await question.answer(context)
            let document = MonthlyReportDocument(report, language: lang)
            if kind == .workbook {
                let sheets = report.sheets(in: lang)
                try Workbook.write(sheets, to: OutputFile.shown(out))
                return printError("report: wrote \(out) (\(sheets.count) sheets) in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
            }
            // Written through a symbolic link, not over it: the file it names gets the report (issue 22).
            let url = OutputFile.target(of: out)
            var written = [out]
            do {
                switch kind {
                case .html?: try Data(document.html().utf8).write(to: url, options: .atomic)
                case .pdf?: try await ChromiumPDF.print(html: document.html(), to: url, browser: browser ?? "chromium")
                case .json?: try Data(document.render(.json).utf8).write(to: url, options: .atomic)
                case .workbook?: break  // written above, part by part
                case .markdown?, nil:
                    let prefix = url.deletingPathExtension().lastPathComponent
                    let md = document.markdown(chartPrefix: prefix)
                    let folder = url.deletingLastPathComponent()
                    for file in md.files {
                        try Data(file.svg.utf8).write(to: folder.appendingPathComponent(file.name), options: .atomic)
                        written.append(folder.appendingPathComponent(file.name).path)
                    }
                    try Data(md.text.utf8).write(to: url, options: .atomic)
                }
            } catch let error as CLIError {
                throw error
            } catch {
                throw CLIError.failure("could not write \(out): \(error.localizedDescription)", hint: "check that the folder exists and is writable", code: .io)
            }
            let charts = document.charts
            printError("report: wrote \(out) (\(charts.count) charts\(written.count > 1 ? ", \(written.count - 1) SVG files beside it" : "")) in "
                + "\(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        }
    }
}

/// Where a file given with `--out` is written.
enum OutputFile {
    /// `path`, or the file its symbolic link names (followed link by link, relative targets from the
    /// link's folder): an atomic write replaces the file at a path, so writing to the link itself would
    /// turn it into a plain file and leave the file it pointed at as it was.
    static func target(of path: String) -> URL {
        var url = URL(fileURLWithPath: path)
        for _ in 0..<40 {  // as the kernel's limit on links followed (ELOOP)
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: url.path) else { break }
            url = destination.hasPrefix("/") ? URL(fileURLWithPath: destination)
                : url.deletingLastPathComponent().appendingPathComponent(destination).standardizedFileURL
        }
        return url
    }
}
