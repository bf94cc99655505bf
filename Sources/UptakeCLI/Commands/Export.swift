import ArgumentParser
import Foundation
import UptakeAnalysis
import UptakeCore
import UptakeReport

struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export figures for other tools.",
        subcommands: [ExportPrometheus.self]
    )
}

struct ExportPrometheus: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prometheus",
        abstract: "The latest day's volumes and rates per province, and the alert states, in Prometheus' text format.",
        discussion: """
            Written for node_exporter's textfile collector: the file is written next to its final \
            name and renamed over it, so the collector never reads half a file.

              uptake export prometheus --out /var/lib/node_exporter/textfile/uptake.prom
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: ArgumentHelp("The file to write (- for standard output).", valueName: "path"))
    var out: String

    @Option(name: .long, help: ArgumentHelp("The day to export, YYYY-MM-DD (default: the latest day with data).", valueName: "day"))
    var day: Day?

    func run() async throws {
        try await runReporting {
            let store = try await database.openStateStore()
            let snapshot = try await LatestDaySnapshot.read(store: store, state: store, day: day)
            let text = PrometheusExposition.render(snapshot)
            if out == "-" { print(text, terminator: ""); return }
            try AtomicFile.write(text, to: out)
        }
    }
}

/// Writes a file through a temporary file in the same folder and a rename.
enum AtomicFile {
    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temp)
            if rename(temp.path, url.path) != 0 { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw CLIError.failure("cannot write \(path)", hint: "check that its folder exists and is writable", code: .io)
        }
    }
}
