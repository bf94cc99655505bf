import ArgumentParser
import Foundation
import Synchronization
import UptakeCore
import UptakeReport
import UptakeStoreAPI
import UptakeSQLite

/// Where the database is: `--db`, else `$UPTAKE_DB`, else `./uptake.sqlite`.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database: a SQLite file, or postgres://user@host:port/database (default: $UPTAKE_DB, else ./uptake.sqlite).", valueName: "path|url"))
    var db: String?

    /// What --db (or $UPTAKE_DB) names: a SQLite file's path or a PostgreSQL URL. (getenv: the
    /// environment as a dictionary costs a copy of every variable, at every start.)
    var path: String { db ?? getenv("UPTAKE_DB").map { String(cString: $0) } ?? "uptake.sqlite" }

    /// Whether the database is PostgreSQL (a postgres:// URL) rather than a SQLite file.
    var isPostgres: Bool { PostgresURL.isPostgres(path) }

    /// The database for messages: a PostgreSQL URL without its password.
    var displayName: String { isPostgres ? (try? PostgresURL(path))?.description ?? "the PostgreSQL database" : path }

    func validate() throws {
        // libsqlite3 reads a name beginning "file:" as a URI (another path, immutable=1, vfs=…), which
        // would let --db escape where it seems to point.
        if path.hasPrefix("file:") {
            throw ValidationError("--db takes a SQLite file's path or a postgres:// URL, not a SQLite URI (\(path)); for a file whose name begins with 'file:', write ./\(path)")
        }
    }

    /// Opens the store --db names, which must exist: PostgreSQL for a postgres:// URL (its schema
    /// brought up to date), else the SQLite file (run `uptake init` first).
    func openStore() async throws -> any IngestingStore {
        if isPostgres { return try await openPostgres() }
        return try openExisting()
    }

    /// Opens the store --db names with what `serve`, the alerts, `export`, `tokens` and `tasks` keep beside
    /// the data (the alerting state, the server's tokens, plan tasks): PostgreSQL or SQLite, as ``openStore()``.
    func openStateStore() async throws -> any StateKeepingStore {
        if isPostgres { return try await openPostgres() }
        return try openExisting()
    }

    /// Opens (creating the schema when needed) the store for `uptake init`.
    func createStore() async throws -> any IngestingStore {
        if isPostgres { return try await openPostgres() }
        try validate()
        return OpenedStores.keep(try SQLiteStore(path: path, opening: .creatingSchema))
    }

    /// In `uptake`, the command line handed over to `uptake-net` (``NetworkParts``).
    private func openPostgres() async throws -> any StateKeepingStore {
        let url = try PostgresURL(path)
        return try await UptakeCommandLine.required(for: "a PostgreSQL database").openPostgres(url)
    }

    /// Opens the SQLite database, which must exist (run `uptake init` first). For the commands that
    /// need SQLite itself (`uptake sql`): a PostgreSQL URL is refused, saying so.
    func openExisting() throws -> SQLiteStore {
        try requireSQLiteFile()
        let store: SQLiteStore
        do {
            store = OpenedStores.keep(try SQLiteStore(path: path, opening: .uptakeDatabaseOnly))
        } catch let error as NotAnUptakeDatabase {
            throw cliError(error)
        }
        if store.isNewerVersion, let reason = store.readOnlyReason { printError("warning: \(reason)") }
        return store
    }

    /// The SQLite database for `uptake sql`, checked as ``openExisting()`` checks it, on a read-only
    /// connection of its own: the store is not opened.
    func openForQueries() throws -> ReadOnlySQLConnection {
        try requireSQLiteFile()
        do {
            let connection = try ReadOnlySQLConnection(uptakeDatabaseAt: path)
            if let newer = connection.newerVersion { printError("warning: \(newer)") }
            return connection
        } catch let error as NotAnUptakeDatabase {
            throw cliError(error)
        }
    }

    private func cliError(_ error: NotAnUptakeDatabase) -> CLIError {
        CLIError.failure(error.message, hint: error.reason == .empty
            ? "create one there with 'uptake init --db \(path)', or point --db at an Uptake database"
            : "point --db at an Uptake database, or create a new one with 'uptake init --db NEW.sqlite'", code: error.code)
    }

    /// Refuses a PostgreSQL URL (for the commands that need SQLite itself), a missing file and a URI.
    private func requireSQLiteFile() throws {
        if isPostgres {
            throw CLIError.failure("this command needs a SQLite database; \((try? PostgresURL(path))?.description ?? "the --db URL") is PostgreSQL",
                                   hint: "point --db at a SQLite file (for PostgreSQL, query it with psql)", code: .invalidQuery)
        }
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError.failure("no database at \(path)", hint: "create one with 'uptake init' (or point --db / $UPTAKE_DB at it)")
        }
        try validate()
    }
}

struct FormatOptions: ParsableArguments {
    @Option(name: .customLong("format"), help: "Output format: table (rounded for reading), csv or json (full precision), or xlsx (an Excel workbook written to --out, a sheet per table, numbers as numbers).")
    var choice: FormatChoice = .table

    @Option(name: .long, help: ArgumentHelp("With --format xlsx: the workbook to write (replaced whole, or left as it was if writing fails).", valueName: "file.xlsx"))
    var out: String?

    /// The text format printed (the workbook's tables are those of `table`).
    var format: OutputFormat { choice.text ?? .table }

    @Option(name: .long, help: ArgumentHelp("Who reads the table: vi (Vietnamese: headers, sectors, criteria and causes in words, numbers as 1.234,5 and 32,73 %, dates as 31/7/2025) or en (English words). Without it, the contract's identifiers as you type them (civil_status, online_submission). CSV and JSON are the same in every language.", valueName: "vi|en"))
    var lang: Language?

    @Flag(name: .long, help: "With --format csv: for a spreadsheet. Starts with a UTF-8 byte order mark so Excel reads Vietnamese names correctly, and a text cell that would run as a formula (starting with = + - @, a tab or a carriage return) gets a leading ' (numbers stay numbers).")
    var excel = false

    func validate() throws {
        if excel, choice != .csv { throw ValidationError("--excel applies to --format csv only") }
        try validateWorkbook()
    }

    /// CSV text as it goes out: neutralised for a spreadsheet with `--excel` (whole records only).
    func spreadsheetSafe(_ csv: String) -> String { excel ? SpreadsheetCSV.neutralised(csv) : csv }

    /// Prints `text` (a rendered result) to standard output, after a byte order mark with `--excel`;
    /// for the terminal, with control characters from the data shown rather than obeyed.
    func write(_ text: String) {
        let safe = format == .table ? TerminalText.lines(text) : spreadsheetSafe(text)
        print((excel ? "\u{FEFF}" : "") + safe, terminator: "")
    }

    /// Writes `table` in the chosen format and language, CSV and JSON row by row (nothing held whole).
    func write(_ table: Table) {
        if excel { print("\u{FEFF}", terminator: "") }
        table.read(in: lang).write(format) { print(spreadsheetSafe($0), terminator: "") }
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
extension Metric: ExpressibleByArgument {}
extension Grain: ExpressibleByArgument {}
extension IntervalMethod: ExpressibleByArgument {}
extension InputKind: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
extension LocalityLevel: ExpressibleByArgument {}
extension ProgressStyle: ExpressibleByArgument {}

/// An error the CLI itself finds (a missing database, an unreadable option file).
enum CLIError: UptakeError {
    case failure(String, hint: String?, code: ErrorCode = .notFound)
    case invalidData(String, hint: String? = nil)

    var code: ErrorCode {
        switch self {
        case .failure(_, _, let code): code
        case .invalidData: .invalidInput
        }
    }
    var message: String {
        switch self {
        case .failure(let m, _, _), .invalidData(let m, _): m
        }
    }
    var hint: String? {
        switch self {
        case .failure(_, let h, _), .invalidData(_, let h): h
        }
    }
}

/// The one place where error codes become exit statuses: 1 for invalid input data (nothing of that
/// file was written), 2 for every other failure; 64 (usage) is ArgumentParser's, for bad options only.
enum ExitStatus {
    static func of(_ code: ErrorCode) -> Int32 { code == .invalidInput ? 1 : 2 }
}

/// Runs a command body, turning every error into `error: message` (and a hint) on stderr and a
/// trustworthy exit status: never a stack trace. Then, success or failure, closes the stores the
/// body opened (``OpenedStores``).
func runReporting(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch {
        throw OpenedStores.closeAfterFailure(error)
    }
    OpenedStores.closeAfterSuccess()
}

/// The same for the commands that never wait.
func runReportingSync(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch {
        throw OpenedStores.closeAfterFailure(error)
    }
    OpenedStores.closeAfterSuccess()
}

/// The stores the running command opened, closed when its body ends (``runReporting(_:)``): SQLite
/// then folds its WAL into the database file, so that once `uptake` has exited the file alone
/// (copied, archived) holds every commit. One list for the process because commands open stores in
/// many places and only the end of the body knows they are done.
package enum OpenedStores {
    private struct Entry: Sendable {
        let close: @Sendable () throws -> Void
        let describe: @Sendable (any Error) -> any Error
    }

    private static let entries = Mutex<[Entry]>([])

    static func keep(_ store: SQLiteStore) -> SQLiteStore {
        entries.withLock { $0.append(Entry(close: { try store.close() }, describe: { store.describe($0) })) }
        return store
    }

    /// A store `uptake-net` opened (PostgreSQL), closed as SQLite's are.
    package static func keep<Store: Sendable>(_ store: Store, close: @escaping @Sendable () -> Void) -> Store {
        entries.withLock { $0.append(Entry(close: close, describe: { $0 })) }
        return store
    }

    /// The body's error as reported (an SQLite error worded for its database); the stores are
    /// closed quietly: the body's failure is the one to report.
    static func closeAfterFailure(_ error: any Error) -> any Error {
        let open = takeAll()
        let described = open.reduce(error) { $1.describe($0) }
        for entry in open { try? entry.close() }
        return report(described)
    }

    /// A store that fails to close is a warning, not a failure: the command's work is done and
    /// committed (what the close would have folded into the file stays safe in the -wal).
    static func closeAfterSuccess() {
        let open = takeAll()
        for entry in open {
            do { try entry.close() } catch { printError("warning: \(entry.describe(error))") }
        }
    }

    private static func takeAll() -> [Entry] {
        entries.withLock { all in
            defer { all.removeAll() }
            return all
        }
    }
}

func report(_ error: any Error) -> any Error {
    switch error {
    case let e as ExitCode:
        return e
    case let e as ValidationError:
        return e
    case let e as QueryError where e.isUsage:
        return ValidationError(e.message)
    case let e as any UptakeError:
        // A next step is spelt as a command; otherwise the error's own words (a file error's location).
        printError("error: \(e.next == nil ? e.description : e.rendered(spelling: \.commandLine))")
        return ExitCode(ExitStatus.of(e.code))
    default:
        printError("error: \(error)")
        return ExitCode(2)
    }
}

package func printError(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}

/// Today's date in Vietnam, read here once so the engine itself never reads a clock. Vietnam keeps
/// UTC+7 all year (no daylight saving), so the day is the Unix time shifted by 7 hours, counted in
/// days: no calendar or time-zone database is loaded for it.
package func today() -> Day {
    Day(number: Int((Date().timeIntervalSince1970 + 7 * 3600) / 86_400))
}

/// The current time as ISO 8601, read once here so the engine itself never reads a clock.
package func nowISO8601() -> String { ISO8601DateFormatter().string(from: Date()) }
