import ArgumentParser
import Foundation

struct Uptake: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uptake",
        abstract: "Statistics on how Vietnam's public administrative services move online.",
        discussion: """
            Load daily application counts per commune and sector, then ask for online-submission and \
            online-result rates with honest intervals, trends and month-over-month comparisons.

              uptake init
              uptake ingest applications.csv incidents.ndjson readiness.json
              uptake rates --metric online-submission --level province --period 2025-07 --rank

            The database is ./uptake.sqlite unless --db or $UPTAKE_DB says otherwise.
            Exit codes: 0 success; 1 invalid input data (nothing of that file written); 2 another \
            error (a bad query, an unreadable database); 64 a usage error.
            """,
        version: "0.1.0",
        subcommands: [Init.self, Ingest.self, Localities.self, Rates.self, Trend.self, Compare.self, Anomalies.self, Detect.self, Lagging.self, Readiness.self,
                      Status.self, Explain.self, Gap.self, Targets.self, Alerts.self, Export.self, Report.self,
                      Forecast.self,
                      SQL.self, Generate.self, Notebook.self,
                      Tasks.self, Serve.self, Tokens.self, Backup.self]
    )
}

/// The entry point of both executables, `uptake` and `uptake-net` (which installs its ``NetworkParts``).
package enum UptakeCommandLine {
    /// Parses the command line on the main thread, synchronously: `--help`, a usage error and the commands that
    /// never wait (`sql`) run without starting the concurrency runtime's threads, which ArgumentParser's async
    /// `main` starts before it parses (issue 27: an async `--help` costs 1.12x a synchronous one in floor.sh). The others run as a task while the main thread
    /// serves the main queue, as an async `main` does. First, a command run by `notebook check` is set to stop
    /// when the check is gone.
    package static func main(networkParts: (any NetworkParts)?) -> Never {
        self.networkParts = networkParts
        NotebookChild.stopWithParent()
        let command: any ParsableCommand
        do { command = try Uptake.parseAsRoot() } catch { Uptake.exit(withError: error) }
        guard let asyncCommand = command as? any AsyncParsableCommand else {
            var command = command
            do { try command.run() } catch { Uptake.exit(withError: error) }
            Uptake.exit()
        }
        nonisolated(unsafe) var running = asyncCommand
        Task {
            do { try await running.run() } catch { Uptake.exit(withError: error) }
            Uptake.exit()
        }
        dispatchMain()
    }
}
