import ArgumentParser

@main struct Uptake: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uptake",
        abstract: "Statistics on how Vietnam's public administrative services move online.",
        subcommands: [Generate.self]
    )
}
