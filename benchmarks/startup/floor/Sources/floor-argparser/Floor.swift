// (c) Foundation and ArgumentParser with one command and one option, as `uptake` parses its arguments.
import ArgumentParser
import Foundation

@main
struct Floor: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print a number.")

    @Option(help: "The number to print.")
    var number = 1

    func run() throws {
        print(String(format: "%d", number), FileManager.default.fileExists(atPath: "/") ? "" : "no root")
    }
}
