import Foundation
import Hummingbird
import HummingbirdCore
import NIOCore
import Logging
import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI

/// How `uptake serve` (or a test) runs the server.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// Today in Vietnam, read per request (relative periods); the engine never reads a clock itself.
    public var today: @Sendable () -> Day
    /// The time an ingest is stamped with (ISO 8601), as the CLI's `nowISO8601()`.
    public var now: @Sendable () -> String
    /// The largest body `POST /api/v1/ingest` reads; a larger one is refused (413) before anything is written.
    public var maxUploadBytes: Int
    public var logger: Logger
    /// How long a connection may send nothing whole (no complete request head, no body part) before
    /// it is closed: a client that trickles its headers byte by byte is dropped after this long.
    public var idleTimeout: Duration = .seconds(30)
    /// How long a request may take to arrive whole, from its head to the end of its body: past it
    /// the server answers 408 (or, having answered, closes), so a body trickled byte by byte, which
    /// the idle timeout cannot see, holds a connection no longer than this.
    public var requestTimeout: Duration = .seconds(120)
    /// The most connections open at once; more wait in the listen backlog until one closes, so
    /// clients cannot take every descriptor the process may open (``defaultMaxConnections``).
    public var maxConnections = ServerConfiguration.defaultMaxConnections
    /// Whether reads (the API's GET endpoints, the dashboard, /metrics) need a token with scope `read`.
    public var readTokenRequired = false
    /// The longest `POST /api/v1/sql` may run, in seconds (a request may ask for less).
    public var sqlTimeLimit: Double = 10
    /// The most rows `POST /api/v1/sql` answers with.
    public var sqlMaxRows = 100_000
    /// The working-day calendar every answer counts with (`uptake serve --calendar`).
    public var calendar: WorkingCalendar = .vietnam
    /// The rules `/api/v1/alerts/check` and `/api/v1/alerts/backtest` evaluate; `nil`: the shipped
    /// rules (``AlertRuleFile/shipped()``). Chosen by whoever starts the server, never by a request.
    public var alertRules: AlertRuleFile?
    /// The targets `/api/v1/targets` judges (`uptake serve --targets`); `nil`: the shipped ones.
    public var targets: [Target]?

    public init(host: String = "127.0.0.1", port: Int = 8080, today: @escaping @Sendable () -> Day,
                now: @escaping @Sendable () -> String = { ISO8601DateFormatter().string(from: Date()) },
                maxUploadBytes: Int = 64 << 20, logger: Logger = Logger(label: "uptake.server")) {
        (self.host, self.port, self.today, self.now, self.maxUploadBytes, self.logger) = (host, port, today, now, maxUploadBytes, logger)
    }
}

/// The one application `uptake serve` runs and the tests start: the JSON API under /api/v1, /metrics,
/// and the dashboard at /. Run it with `runService()` for graceful shutdown on SIGINT and SIGTERM
/// (swift-service-lifecycle): requests in flight are answered before it stops.
package func buildApplication(configuration: ServerConfiguration, store: some IngestingStore & AlertStateStore & TokenStore) -> some ApplicationProtocol {
    let requestTimeout = configuration.requestTimeout
    return Application(router: buildRouter(configuration: configuration, store: store),
                server: .http1(configuration: .init(additionalChannelHandlers: [RequestDeadlineHandler(timeout: requestTimeout), ClientPresenceHandler()],
                                                    idleTimeout: TimeAmount(configuration.idleTimeout))),
                configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "uptake",
                                     availableConnectionsDelegate: MaximumAvailableConnections(configuration.maxConnections, logger: configuration.logger)),
                logger: configuration.logger)
}

/// Every route of the server (`routes` lists them: the OpenAPI test compares them with openapi.yaml).
package func buildRouter(configuration: ServerConfiguration, store: some IngestingStore & AlertStateStore & TokenStore) -> Router<ServerRequestContext> {
    let environment = EndpointEnvironment(store: store, alerts: store, today: configuration.today, calendar: configuration.calendar,
                                          alertRules: configuration.alertRules ?? (try? AlertRuleFile.shipped()), targets: configuration.targets,
                                          versioned: store.capabilities.dataVersion)
    let metrics = ServerMetrics()
    let router = Router(context: ServerRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: MetricsMiddleware(metrics: metrics))
    let allowed = AllowedMethods()
    router.add(middleware: SecurityHeadersMiddleware())  // outside ProblemMiddleware: problems get them too
    router.add(middleware: ProblemMiddleware(allowed: allowed))
    let authoriser = Authoriser(tokens: store)
    router.add(middleware: ReadAccessMiddleware(authoriser: authoriser, required: configuration.readTokenRequired))
    for endpoint in Endpoint.all {
        router.get(RouterPath(endpoint.path)) { request, context in
            let parameters = try QueryParameters(QueryParameters.pairs(request.uri.query), allowed: endpoint.parameters)
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                            body: .init(byteBuffer: try await context.cancellingOnDeparture { try await environment.answer(endpoint, parameters) }))
        }
    }
    let ingest = IngestRoute(store: store, tokens: store, maxBodyBytes: configuration.maxUploadBytes, now: configuration.now, metrics: metrics)
    router.post("/api/v1/ingest") { request, context in try await ingest.handle(request, context) }
    let sql = SQLRoute(store: store.capabilities.readOnlySQL, authoriser: authoriser, timeLimit: configuration.sqlTimeLimit, maxRows: configuration.sqlMaxRows,
                       metrics: metrics)
    router.post("/api/v1/sql") { request, context in try await sql.handle(request, context) }
    let detect = DetectRoute(authoriser: authoriser, readTokenRequired: configuration.readTokenRequired, calendar: configuration.calendar)
    router.post("/api/v1/detect") { request, context in try await detect.handle(request, context) }
    router.get("/metrics") { _, _ in
        Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: try await metrics.exposition(environment))))
    }
    Dashboard.register(on: router, environment: environment)
    allowed.learn(router.routes.map { (method: $0.method.rawValue, path: $0.path.description) })
    return router
}
