import UptakeCore

/// What the analysis layer reads from storage: localities, sums of counts, daily series, incidents
/// and readiness. `async` so that a server can answer many readers while an ingest writes, and
/// backend-neutral: SQLite implements it (`UptakeSQLite`), ``InMemoryStore`` implements it for tests,
/// and a PostgreSQL backend can follow. Every implementation passes the same conformance suite.
public protocol UptakeStore: Sendable {
    /// Every stored locality, by code.
    func localities() async throws -> [Locality]
    /// Sums per unit and period. Units come in the order of the selection (provinces and communes
    /// by code); every unit has every period of the range, with `sums.rows == 0` where there are no rows.
    func sums(_ query: SumsQuery) async throws -> [UnitPeriodSums]
    /// The first and last day with applications data, or `nil` when there are none.
    func applicationsSpan() async throws -> DayRange?
    /// The sectors that have applications data, by name (`all` only when rows without a sector exist).
    func sectors() async throws -> [Sector]
    /// The readiness of every locality in `scope` as of `day`: for each criterion, the latest row
    /// dated on or before it (`nil`: the latest row of all).
    func readiness(asOf day: Day?, scope: ReadinessScope) async throws -> [LocalityReadiness]
    /// Every unit's daily series of one metric: units in the selection's order (with `bySector`, each
    /// unit's sectors by name), every day of the range present, `NaN` where nothing was stored.
    func dailySeries(_ query: SeriesQuery) async throws -> [DailySeries]
    /// The incidents that touch `query.range` at the localities the query names.
    func incidents(_ query: IncidentQuery) async throws -> [IncidentRecord]
    /// What the store can do beyond answering questions, each said explicitly (no default: a new
    /// backend states what it lacks, and callers never find a capability by casting).
    var capabilities: StoreCapabilities { get }
}

/// A store's optional capabilities, each `nil` when the store lacks it: the server then refuses
/// the SQL endpoint, computes every answer afresh, or says that no plan tasks are kept.
public struct StoreCapabilities: Sendable {
    /// Plan tasks (`uptake tasks`, `status --colour computed`).
    public var planTasks: (any PlanTaskStore)?
    /// One read-only SQL statement (`uptake sql`, `POST /api/v1/sql`).
    public var readOnlySQL: (any ReadOnlySQLStore)?
    /// A cheap data version, so a server may keep answers until the data change.
    public var dataVersion: (any DataVersioned)?
    /// Applications filed in pre-reform units (`ingest --units pre-2025`), as filed.
    public var preReform: (any PreReformStore)?

    public init(planTasks: (any PlanTaskStore)? = nil, readOnlySQL: (any ReadOnlySQLStore)? = nil, dataVersion: (any DataVersioned)? = nil,
                preReform: (any PreReformStore)? = nil) {
        (self.planTasks, self.readOnlySQL, self.dataVersion, self.preReform) = (planTasks, readOnlySQL, dataVersion, preReform)
    }

    /// None: a store that answers questions and nothing more.
    public static let none = StoreCapabilities()
}

/// A store that also takes input files, through the ingest pipeline of `UptakeIngest`: it opens a
/// write transaction and gives the pipeline an ``IngestWriter`` for it. No store reads a file.
package protocol IngestingStore: UptakeStore {
    /// Opens one ingest's write transaction (ingests run one at a time) and runs `body` with its
    /// writer on a thread where it may block. The transaction commits when `body` returns after
    /// ``IngestWriter/commit(_:)``, and rolls back otherwise (or when `body` throws).
    func withIngestWriter<T: Sendable>(_ start: IngestStart, _ body: @escaping @Sendable (any IngestWriter) throws -> T) async throws -> T
}
