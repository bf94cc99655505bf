import ArgumentParser
import Foundation
import UptakeCore
import UptakeSQLite

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the SQLite database to a file, safely while other uptake commands run.",
        discussion: """
            Uses SQLite's online backup: the copy holds every commit, those still in the -wal file \
            included, and queries and ingests may go on meanwhile. The copy is written beside FILE \
            and renamed into place, so FILE is never left half-written. Copying uptake.sqlite \
            itself is only safe when no uptake process is running, and never without its -wal file.

              uptake backup --to uptake-2025-07-31.sqlite
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: ArgumentHelp("The file to write the copy to.", valueName: "file"))
    var to: String

    @Flag(name: .long, help: "Replace the file if it exists.")
    var force = false

    func validate() throws {
        if to.hasPrefix("file:") {
            throw ValidationError("--to takes a file's path, not a SQLite URI (\(to)); for a file whose name begins with 'file:', write ./\(to)")
        }
    }

    func run() throws {
        try runReportingSync {
            if database.isPostgres {
                throw CLIError.failure("uptake backup copies a SQLite database; \(database.displayName) is PostgreSQL",
                                       hint: "back PostgreSQL up with its own tools: pg_dump -Fc -f uptake.dump '\(database.displayName)'",
                                       code: .invalidQuery)
            }
            if !force, FileManager.default.fileExists(atPath: to) {
                throw CLIError.failure("\(to) exists; nothing was written", hint: "choose another file, or add --force to replace it", code: .refused)
            }
            let store = try database.openExisting()
            let bytes = try store.backup(to: to, replacing: force)
            print("\(database.displayName) copied to \(to) (\(String(format: "%.1f", Double(bytes) / 1_000_000)) MB)")
        }
    }
}
