import ArgumentParser
import Logging
import UptakeServer

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the JSON API (/api/v1), the dashboard (/) and /metrics over HTTP.",
        discussion: """
            The API answers as the commands do with --format json, its parameters named as their \
            options; errors are application/problem+json with the CLI's codes and messages. openapi.yaml \
            describes it. Logs go to standard error, one line per request with its id; SIGINT or SIGTERM \
            stops the server after the requests in flight are answered. POST /api/v1/ingest takes \
            one file with a token from 'uptake tokens add'.

              uptake serve --db uptake.sqlite --port 8080
              uptake serve --db postgres://uptake@localhost/uptake --port 8080
              curl 'localhost:8080/api/v1/rates?metric=online-submission&level=province&period=2025-07'
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on.")
    var port = 8080

    @Option(name: .customLong("max-upload-mb"), help: ArgumentHelp("The largest body POST /api/v1/ingest accepts, in MiB.", valueName: "n"))
    var maxUploadMB = 64

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must lie between 0 and 65535") }
        guard maxUploadMB >= 1 else { throw ValidationError("--max-upload-mb must be at least 1") }
    }

    func run() async throws {
        try await runReporting {
            let store = try await database.openStateStore()
            LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
            var logger = Logger(label: "uptake.server")
            logger.logLevel = .info
            let app = buildApplication(configuration: ServerConfiguration(host: host, port: port, today: { today() }, now: { nowISO8601() },
                                                                  maxUploadBytes: maxUploadMB << 20, logger: logger), store: store)
            try await app.runService()
        }
    }
}
