import Foundation
import ArgumentParser
import UptakeAnalysis
import UptakeCore
import UptakeReport
import UptakeStoreAPI

struct Localities: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "localities", abstract: "List the provinces and communes in the database, with their codes.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var units: VintageOptions

    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: "Only this level: province or commune.")
    var level: LocalityLevel?

    @Option(name: .long, help: ArgumentHelp("Only the communes of this province.", valueName: "code"))
    var parent: String?

    @Option(name: .long, help: ArgumentHelp("Only names containing this text (case and diacritics ignored).", valueName: "text"))
    var search: String?

    var question: LocalitiesQuestion { LocalitiesQuestion(level: level, parent: parent, search: search, vintage: units.vintage) }

    func validate() throws { try question.check() }

    func run() async throws {
        try await runReporting { try output.write(await question.answer(try await database.context())) }
    }
}
