import Foundation
import ArgumentParser
import UptakeAnalysis
import UptakeCore
import UptakeReport
import UptakeStoreAPI

struct Localities: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "localities", abstract: "List the provinces and communes in the database, with their codes.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: "Only this level: province or commune.")
    var level: LocalityLevel?

    @Option(name: .long, help: ArgumentHelp("Only the communes of this province.", valueName: "code"))
    var parent: String?

    @Option(name: .long, help: ArgumentHelp("Only names containing this text (case and diacritics ignored).", valueName: "text"))
    var search: String?

    func validate() throws {
        if parent != nil, let level, level != .commune { throw ValidationError("--parent lists communes: leave out --level \(level.rawValue), or use --level commune") }
    }

    func run() async throws {
        try await runReporting {
            let all = try await database.openStore().localities()
            let list = try LocalityFilter(level: level, parent: parent, search: search).apply(to: all)
            output.write(Table(localities: list).render(output.format))
        }
    }
}
