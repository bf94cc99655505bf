import Hummingbird
import Logging
import Prometheus
import UptakeAnalysis
import UptakeReport

/// The server's own counters and latencies, kept by swift-prometheus in a registry of this
/// application (not a process-wide one, so two applications in one test process stay apart).
public struct ServerMetrics: Sendable {
    public let registry = PrometheusCollectorRegistry()

    static let buckets: [Duration] = [.milliseconds(1), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
                                      .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(5)]

    func requestFinished(route: String, method: String, status: Int, duration: Duration) {
        let labels = [("route", route), ("method", method), ("status", String(status))]
        registry.makeCounter(descriptor: MetricNameDescriptor(metricName: "uptake_http_requests", unitName: "total",
                                                              helpText: "HTTP requests answered, per route, method and status."),
                             labels: labels).increment()
        registry.makeDurationHistogram(descriptor: MetricNameDescriptor(metricName: "uptake_http_request_duration", unitName: "seconds",
                                                                        helpText: "Time to answer an HTTP request, per route and method."),
                                       labels: [("route", route), ("method", method)], buckets: Self.buckets).record(duration)
    }

    func ingestFinished(result: String, rows: Int = 0) {
        registry.makeCounter(descriptor: MetricNameDescriptor(metricName: "uptake_ingests", unitName: "total",
                                                              helpText: "Uploads through POST /api/v1/ingest, per result (committed, invalid, refused)."),
                             labels: [("result", result)]).increment()
        if rows > 0 {
            registry.makeCounter(descriptor: MetricNameDescriptor(metricName: "uptake_ingested_rows", unitName: "total",
                                                                  helpText: "Rows read by committed uploads."),
                                 labels: []).increment(by: Int64(rows))
        }
    }

    /// How a `POST /api/v1/sql` statement ended.
    enum SQLOutcome: String {
        case answered, refused
        /// Interrupted at its time or step limit.
        case stopped
        /// Its client went away and the statement was interrupted.
        case cancelled
    }

    func sqlFinished(_ outcome: SQLOutcome) {
        registry.makeCounter(descriptor: MetricNameDescriptor(metricName: "uptake_sql_statements", unitName: "total",
                                                              helpText: "Statements of POST /api/v1/sql, per outcome (answered, refused, stopped at a limit, cancelled by the client leaving)."),
                             labels: [("outcome", outcome.rawValue)]).increment()
    }

    /// The exposition: the latest day's volumes and rates per province and the alerts (as
    /// `uptake export prometheus` writes them), then the server's own metrics.
    func exposition(_ env: EndpointEnvironment) async throws -> String {
        let snapshot = try await LatestDaySnapshot.read(store: env.store, state: env.alerts, day: nil)
        return PrometheusExposition.render(snapshot) + registry.emitToString()
    }
}

/// Counts every request and its latency under its route's pattern (an unknown path counts as
/// `unmatched`, so a scan of random paths cannot grow the label set).
struct MetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let duration = ContinuousClock.now - start
        metrics.requestFinished(route: context.endpointPath ?? "unmatched", method: request.method.rawValue, status: response.status.code,
                                duration: duration)
        // One line per request, with its id (hb.request.id) from Hummingbird's logger.
        context.logger.info("\(request.method.rawValue) \(request.uri.path) \(response.status.code)",
                            metadata: ["ms": "\(Double(duration.components.attoseconds / 1_000_000_000_000) / 1000 + Double(duration.components.seconds) * 1000)"])
        return response
    }
}
