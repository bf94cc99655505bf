import Foundation
import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI

/// What only the `uptake-net` executable links: the PostgreSQL store, the HTTP server, alert delivery and
/// token issuing, with SwiftNIO, Hummingbird, PostgresNIO and AsyncHTTPClient under them (issue 27).
///
/// `uptake` leaves them out so that every question starts faster: the Swift runtime scans every protocol
/// conformance record of the executable for each new type–protocol pair the argument parser asks about, and
/// leaving these libraries out removed 32% of the records (13,537 to 9,167). When a command needs one of them,
/// `uptake` hands the whole command line over to `uptake-net` (``UptakeCommandLine/required(for:)``), so users
/// type `uptake` for everything.
package protocol NetworkParts: Sendable {
    /// The PostgreSQL store at `url`, its schema brought up to date; closed when the command ends.
    func openPostgres(_ url: PostgresURL) async throws -> any StateKeepingStore
    /// Serves the API until SIGINT or SIGTERM.
    func serve(_ settings: ServeSettings) async throws
    /// Empties the alert outbox to `receivers`.
    func deliverAlerts(from state: any AlertStateStore, to receivers: [AlertReceiver]) async throws -> DeliveryReport
    /// A new bearer token, stored in `store`; returns the secret, which nothing keeps.
    func issueToken(name: String, scopes: [String], created: String, in store: any TokenStore) async throws -> (secret: String, token: StoredToken)
}

/// `uptake serve`'s settings, checked and loaded.
package struct ServeSettings: Sendable {
    package let store: any StateKeepingStore
    package let host: String, port: Int, maxUploadBytes: Int, readTokenRequired: Bool
    package let sqlTimeLimit: Double, idleTimeout: Double, requestTimeout: Double, maxConnections: Int?
    package let calendar: WorkingCalendar, targets: [Target]?
}

/// A store that also keeps the alerting state and the server's tokens (both stores do).
package typealias StateKeepingStore = IngestingStore & AlertStateStore & TokenStore & PlanTaskStore

extension UptakeCommandLine {
    /// The network parts of this executable: `uptake-net` installs them before parsing; `uptake` has none.
    nonisolated(unsafe) static var networkParts: (any NetworkParts)?

    /// The network parts, or, in `uptake`, the same command line run again by `uptake-net` beside it
    /// (`execv`: same arguments, environment, standard streams and process id). Called before a command has
    /// written anything or opened a store, so the handover loses nothing.
    static func required(for purpose: String) throws -> any NetworkParts {
        if let networkParts { return networkParts }
        let path = siblingExecutable("uptake-net")
        fflush(nil)  // every stream: print buffers standard output
        let arguments = [path] + CommandLine.arguments.dropFirst()
        let cArguments = arguments.map { strdup($0) } + [nil]
        execv(path, cArguments)
        // Only a failed execv returns.
        let reason = String(cString: strerror(errno))
        throw CLIError.failure("\(purpose) needs uptake-net, which could not be run from \(path) (\(reason))",
                               hint: "install uptake-net beside uptake (make release builds both)", code: .io)
    }

    /// `name` in the folder of the running executable.
    private static func siblingExecutable(_ name: String) -> String {
        (runningExecutable ?? URL(fileURLWithPath: CommandLine.arguments[0])).deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// The running executable's file, symbolic links resolved as the kernel resolved them (`/proc/self/exe`),
    /// else Foundation's idea of it: `notebook check` runs its commands with it, and the handover looks beside it.
    static var runningExecutable: URL? {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return URL(fileURLWithPath: resolved) }
        return Bundle.main.executablePath.map { URL(fileURLWithPath: $0) }
    }
}
