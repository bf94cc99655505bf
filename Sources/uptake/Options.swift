import ArgumentParser
import Foundation
import UptakeCore
import UptakeReport
import UptakeStore

/// Where the database is: `--db`, else `$UPTAKE_DB`, else `./uptake.sqlite`.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file (default: $UPTAKE_DB, else ./uptake.sqlite).", valueName: "path"))
    var db: String?

    var path: String { db ?? ProcessInfo.processInfo.environment["UPTAKE_DB"] ?? "uptake.sqlite" }

    /// Opens the database, which must exist (run `uptake init` first).
    func openExisting() throws -> SQLiteStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError.failure("no database at \(path)", hint: "create one with 'uptake init' (or point --db / $UPTAKE_DB at it)")
        }
        let store = try SQLiteStore(path: path)
        if store.isNewerVersion, let reason = store.readOnlyReason { printError("warning: \(reason)") }
        return store
    }
}

struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table (rounded for reading), csv or json (full precision).")
    var format: OutputFormat = .table
}

extension OutputFormat: ExpressibleByArgument {}
extension Metric: ExpressibleByArgument {}
extension Grain: ExpressibleByArgument {}
extension IntervalMethod: ExpressibleByArgument {}
extension InputKind: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
extension LocalityLevel: ExpressibleByArgument {}

/// An error the user sees as one clear message (and a hint), never a stack trace.
enum CLIError: Error, CustomStringConvertible {
    case failure(String, hint: String?)
    case invalidData(String)

    var description: String {
        switch self {
        case .failure(let m, let hint): "error: \(m)" + (hint.map { "\n  hint: \($0)" } ?? "")
        case .invalidData(let m): m
        }
    }
}

/// Runs a command body, turning every error into a message on stderr and a trustworthy exit code.
func runReporting(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let e as CLIError {
        printError(e.description)
        if case .invalidData = e { throw ExitCode(1) }
        throw ExitCode(2)
    } catch let e as IngestError {
        printError("error: \(e.description)")
        throw ExitCode(1)
    } catch let e as QueryError {
        printError("error: \(e.description)")
        throw ExitCode(2)
    } catch let e as ExitCode {
        throw e
    } catch {
        printError("error: \(error)")
        throw ExitCode(2)
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}

/// The current time as ISO 8601, read once here so the engine itself never reads a clock.
func nowISO8601() -> String { ISO8601DateFormatter().string(from: Date()) }
