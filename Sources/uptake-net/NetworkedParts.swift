import Hummingbird
import Logging
import UptakeAnalysis
import UptakeCLI
import UptakeDelivery
import UptakePostgres
import UptakeServer
import UptakeStoreAPI

/// The parts `uptake` leaves out (UptakeCLI.NetworkParts): PostgreSQL, the server, alert delivery, tokens.
struct NetworkedParts: NetworkParts {
    func openPostgres(_ url: PostgresURL) async throws -> any StateKeepingStore {
        let store = try await PostgresStore(url: url)
        if let reason = store.readOnlyReason { printError("warning: \(reason)") }
        return OpenedStores.keep(store, close: { store.close() })
    }

    func serve(_ settings: ServeSettings) async throws {
        LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
        var logger = Logger(label: "uptake.server")
        logger.logLevel = .info
        var configuration = ServerConfiguration(host: settings.host, port: settings.port, today: { today() }, now: { nowISO8601() },
                                                maxUploadBytes: settings.maxUploadBytes, logger: logger)
        configuration.readTokenRequired = settings.readTokenRequired
        configuration.targets = settings.targets
        configuration.sqlTimeLimit = settings.sqlTimeLimit
        configuration.idleTimeout = .seconds(settings.idleTimeout)
        configuration.requestTimeout = .seconds(settings.requestTimeout)
        configuration.maxConnections = settings.maxConnections ?? ServerConfiguration.defaultMaxConnections
        configuration.calendar = settings.calendar
        let app = buildApplication(configuration: configuration, store: settings.store)
        try await app.runService()
    }

    func deliverAlerts(from state: any AlertStateStore, to receivers: [AlertReceiver]) async throws -> DeliveryReport {
        try await AlertDelivery(state: state).deliver(receivers: receivers)
    }

    func issueToken(name: String, scopes: [String], created: String, in store: any TokenStore) async throws -> (secret: String, token: StoredToken) {
        try await TokenIssuer.issue(name: name, scopes: scopes, created: created, in: store)
    }
}
