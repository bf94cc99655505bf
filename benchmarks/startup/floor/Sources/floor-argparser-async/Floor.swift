// (d) As (c), with an async root command as `uptake`'s is (AsyncParsableCommand): the concurrency runtime
// and Dispatch start before the arguments are parsed.
import ArgumentParser
import Foundation

@main
struct Floor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print a number.")

    @Option(help: "The number to print.")
    var number = 1

    func run() async throws {
        print(String(format: "%d", number), FileManager.default.fileExists(atPath: "/") ? "" : "no root")
    }
}
