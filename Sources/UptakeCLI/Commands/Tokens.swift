import ArgumentParser
import UptakeCore
import UptakeReport
import UptakeStoreAPI

struct Tokens: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens",
        abstract: "Bearer tokens for the server (ingest, reads, SQL): add, list, revoke.",
        subcommands: [TokensAdd.self, TokensList.self, TokensRevoke.self]
    )
}

struct TokensAdd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Create a token and print it once (only its hash is stored).",
        discussion: """
              uptake tokens add --name "Sở TT&TT Cao Bằng" --scope ingest:04
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "Whose token it is.")
    var name: String

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("ingest:CODE (one province and its communes), ingest:*, read (with serve --read-token-required) or sql (POST /api/v1/sql); repeatable.", valueName: "scope"))
    var scope: [String] = []

    func run() async throws {
        try await runReporting {
            let parts = try UptakeCommandLine.required(for: "uptake tokens add")
            let store = try await database.openStateStore()
            let (secret, token) = try await parts.issueToken(name: name, scopes: scope, created: nowISO8601(), in: store)
            print(secret)
            printError("token \(token.id) for \(token.name) (\(token.scopes.map(\.description).joined(separator: " "))): shown once, keep it now")
        }
    }
}

struct TokensList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The tokens: id, name, scopes, created, revoked (never the secret).")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() async throws {
        try await runReporting {
            try output.write(table: Table(tokens: await database.openStateStore().tokens()))
        }
    }
}

struct TokensRevoke: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Revoke a token by its id: the server refuses it from then on.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The token's id, as tokens list shows it.")
    var id: String

    func run() async throws {
        try await runReporting {
            guard try await database.openStateStore().revokeToken(id: id) else {
                throw CLIError.failure("no token \(id)", hint: "list them with 'uptake tokens list'")
            }
            print("revoked \(id)")
        }
    }
}
