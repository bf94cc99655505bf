import ArgumentParser
import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI

/// `uptake alerts unsilence ID`: ends a silence before its time (as amtool's `silence expire`).
struct AlertsUnsilence: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unsilence",
        abstract: "End a silence early: from the given day on, its alerts are notified again.",
        discussion: "The silence's id is shown by 'uptake alerts list' and printed by 'uptake alerts silence'.")

    @OptionGroup var database: DatabaseOptions
    @Argument(help: ArgumentHelp("The silence's id, e.g. s1-2025-07-14.", valueName: "id"))
    var id: String
    @Option(name: .long, help: ArgumentHelp("The first day no longer silenced, YYYY-MM-DD (default: today in Vietnam).", valueName: "day"))
    var from: String?

    func validate() throws {
        if let from, Day(iso: from) == nil { throw ValidationError("invalid --from \"\(from)\": expected YYYY-MM-DD") }
    }

    func run() async throws {
        try await runReporting {
            let store = try await database.openStateStore()
            let day = from.flatMap { Day(iso: $0) } ?? today()
            let (book, silence) = try AlertHolds.expire(id, in: try await store.alertBook(), on: day)
            try await store.commit(book, outbox: [])
            print("silence \(silence.id) ends on \(silence.ends): \(silence.matchers.map(\.description).joined(separator: ", ")) notified again from then")
        }
    }
}
