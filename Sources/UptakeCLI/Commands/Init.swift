import ArgumentParser
import Foundation
import UptakeCore
import UptakeIngest
import UptakeReport
import UptakeStoreAPI
import UptakeSQLite

struct Init: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the database and load the official localities (34 provinces, 3,321 communes).",
        discussion: "Safe to run again: an existing database is kept and the localities are checked against the bundled list."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: ArgumentHelp("A localities file to load instead of the bundled 2025 list.", valueName: "path"))
    var localities: String?

    func run() async throws {
        try await runReporting {
            guard let source = localities ?? Bundle.module.path(forResource: "vn-localities-2025", ofType: "csv") else {
                throw CLIError.failure("the bundled localities file is missing from this build", hint: "pass --localities datasets/vn-localities-2025.csv")
            }
            let store = try await database.createStore()
            var summary = try await store.ingest(path: source, options: IngestOptions(now: nowISO8601(), kind: .localities), progress: nil)
            if localities == nil { summary.path = "bundled vn-localities-2025.csv" }
            try reportIngest(summary, format: .table)
            if !summary.committed, summary.identicalToIngest == nil { throw ExitCode(1) }
            let all = try await store.localities()
            let provinces = all.filter { $0.level == .province }.count
            print("\(database.displayName): \(provinces) provinces, \(all.count - provinces) communes")
        }
    }
}
