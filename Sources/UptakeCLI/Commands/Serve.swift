import ArgumentParser

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

    @Option(name: .customLong("max-upload-mb"), help: ArgumentHelp("The largest body POST /api/v1/ingest accepts, in MiB (1-1024).", valueName: "n"))
    var maxUploadMB = 64

    @Flag(name: .customLong("read-token-required"), help: "Require a token with scope read for the API's GET endpoints, the dashboard and /metrics.")
    var readTokenRequired = false

    @Option(name: .customLong("sql-time-limit"), help: ArgumentHelp("Stop a statement of POST /api/v1/sql after this many seconds (0.1-3600).", valueName: "seconds"))
    var sqlTimeLimit: Double = 10

    @Option(name: .customLong("idle-timeout"), help: ArgumentHelp("Close a connection that sends no complete request part for this many seconds (1-3600).", valueName: "seconds"))
    var idleTimeout: Double = 30

    @Option(name: .customLong("request-timeout"), help: ArgumentHelp("Answer 408 and close when a request has not arrived whole, body included, after this many seconds (1-3600).",
                                                                     valueName: "seconds"))
    var requestTimeout: Double = 120

    @Option(name: .customLong("max-connections"), help: ArgumentHelp("Accept at most this many connections at once; more wait (1-65536; default 512, or half the open-file limit if lower).",
                                                                     valueName: "n"))
    var maxConnections: Int?

    @OptionGroup var calendar: CalendarOptions

    @OptionGroup var targets: TargetsFileOption

    /// Each option's range: past it a value is a typo or an attack on the server's arithmetic
    /// (`--idle-timeout 1e300` once overflowed a conversion and crashed).
    static let maxUploadMBRange = 1...1024, secondsRange = 1.0...3600, sqlSecondsRange = 0.1...3600, connectionsRange = 1...65_536

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must lie between 0 and 65535") }
        guard Self.maxUploadMBRange.contains(maxUploadMB) else { throw ValidationError("--max-upload-mb must lie between 1 and 1024 (MiB)") }
        guard Self.sqlSecondsRange.contains(sqlTimeLimit) else { throw ValidationError("--sql-time-limit must lie between 0.1 and 3600 seconds") }
        guard Self.secondsRange.contains(idleTimeout) else { throw ValidationError("--idle-timeout must lie between 1 and 3600 seconds") }
        guard Self.secondsRange.contains(requestTimeout) else { throw ValidationError("--request-timeout must lie between 1 and 3600 seconds") }
        if let maxConnections, !Self.connectionsRange.contains(maxConnections) {
            throw ValidationError("--max-connections must lie between 1 and 65536")
        }
    }

    func run() async throws {
        try await runReporting {
            let parts = try UptakeCommandLine.required(for: "uptake serve")
            let settings = ServeSettings(store: try await database.openStateStore(), host: host, port: port, maxUploadBytes: maxUploadMB << 20,
                                         readTokenRequired: readTokenRequired, sqlTimeLimit: sqlTimeLimit, idleTimeout: idleTimeout,
                                         requestTimeout: requestTimeout, maxConnections: maxConnections,
                                         calendar: try calendar.load(), targets: try targets.load())
            try await parts.serve(settings)
        }
    }
}
