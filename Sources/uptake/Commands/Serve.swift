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
            one file with a token from 'uptake tokens add'; POST /api/v1/sql runs one read-only \
            statement, {"sql": "..."}, with a token of scope sql. Answers are kept until the data \
            change (an ingest or an alert check commits), so repeated questions cost little.

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

    @Flag(name: .customLong("read-token-required"), help: "Require a token with scope read for the API's GET endpoints, the dashboard and /metrics.")
    var readTokenRequired = false

    @Option(name: .customLong("sql-time-limit"), help: ArgumentHelp("Stop a statement of POST /api/v1/sql after this many seconds.", valueName: "seconds"))
    var sqlTimeLimit: Double = 10

    @Option(name: .customLong("idle-timeout"), help: ArgumentHelp("Close a connection that sends no complete request part for this many seconds.", valueName: "seconds"))
    var idleTimeout: Double = 30

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must lie between 0 and 65535") }
        guard maxUploadMB >= 1 else { throw ValidationError("--max-upload-mb must be at least 1") }
        guard sqlTimeLimit > 0, sqlTimeLimit.isFinite else { throw ValidationError("--sql-time-limit must be a positive number of seconds") }
        guard idleTimeout > 0, idleTimeout.isFinite else { throw ValidationError("--idle-timeout must be a positive number of seconds") }
    }

    func run() async throws {
        try await runReporting {
            let store = try await database.openStateStore()
            LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
            var logger = Logger(label: "uptake.server")
            logger.logLevel = .info
            var configuration = ServerConfiguration(host: host, port: port, today: { today() }, now: { nowISO8601() },
                                                    maxUploadBytes: maxUploadMB << 20, logger: logger)
            configuration.readTokenRequired = readTokenRequired
            configuration.sqlTimeLimit = sqlTimeLimit
            configuration.idleTimeout = .milliseconds(Int64(idleTimeout * 1000))
            let app = buildApplication(configuration: configuration, store: store)
            try await app.runService()
        }
    }
}
