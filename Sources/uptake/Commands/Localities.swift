import Foundation
import ArgumentParser
import UptakeCore
import UptakeReport
import UptakeStoreAPI

struct Localities: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the provinces and communes in the database, with their codes.")

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
            var list = all
            if let level { list = list.filter { $0.level == level } }
            if let parent {
                guard all.contains(where: { $0.code == parent }) else {
                    throw CLIError.failure("unknown locality \"\(parent)\"", hint: "list provinces with 'uptake localities --level province'")
                }
                list = list.filter { $0.parentCode == parent }
            }
            if let search {
                let needle = search.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                list = list.filter { l in
                    [l.name, l.fullName ?? "", l.nameEn ?? ""].contains {
                        $0.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).contains(needle)
                    }
                }
            }
            output.write(Table(localities: list).render(output.format))
        }
    }
}
