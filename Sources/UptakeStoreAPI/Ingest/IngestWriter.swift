import UptakeCore

/// What a store is told when an ingest opens its transaction: the file's name (as the `ingests`
/// table records it), its kind as far as it is known, its format and the time of the ingest.
public struct IngestStart: Sendable {
    public var path: String
    public var kind: InputKind
    public var format: InputFormat
    public var now: String
    /// `pre2025`: the applications rows go to the pre-reform table, keyed by the old unit's index
    /// in ``ReformCrosswalk/vietnam2025`` (``ApplicationRow/localityID``).
    public var units: UnitVintage = .current

    public init(path: String, kind: InputKind, format: InputFormat, now: String, units: UnitVintage = .current) {
        (self.path, self.kind, self.format, self.now, self.units) = (path, kind, format, now, units)
    }
}

/// Checked rows of one kind, on their way from the ingest pipeline (`UptakeIngest`) to a store.
/// Every row is valid, resolved to the store's ids and unique within its file.
public enum IngestBatch: Sendable {
    case applications([ApplicationRow])
    /// Incidents with the id of their locality (0: nationwide).
    case incidents([(record: IncidentRecord, localityID: Int)])
    case readiness([(record: ReadinessRecord, localityID: Int)])
    case tasks([(record: PlanTaskRecord, localityID: Int?)])
    /// New and changed localities, in file order (a province before its communes). Unchanged ones
    /// never reach the writer.
    case localities([LocalityWrite])

    public var count: Int {
        switch self {
        case .applications(let rows): rows.count
        case .incidents(let rows): rows.count
        case .readiness(let rows): rows.count
        case .tasks(let rows): rows.count
        case .localities(let rows): rows.count
        }
    }
}

/// A localities row the pipeline found new or changed, with the id it has or gets (the next after
/// the largest stored id: ingests run one at a time).
public enum LocalityWrite: Sendable {
    case insert(id: Int, Locality, parentID: Int?)
    /// `movedFrom`: the stored unit when the row moves it to another parent or level (the store logs
    /// the move in `locality_changes` and rebuilds the aggregates at commit).
    case update(id: Int, Locality, parentID: Int?, movedFrom: Locality?)
}

/// How many rows an ingest inserted, revised (a stored key with other values) and left unchanged.
public struct IngestCounts: Sendable, Equatable {
    public var inserted = 0
    public var revised = 0
    public var unchanged = 0

    public init(inserted: Int = 0, revised: Int = 0, unchanged: Int = 0) {
        (self.inserted, self.revised, self.unchanged) = (inserted, revised, unchanged)
    }

    public static func += (a: inout IngestCounts, b: IngestCounts) {
        a.inserted += b.inserted
        a.revised += b.revised
        a.unchanged += b.unchanged
    }
}

/// What the `ingests` table keeps of a committed ingest.
public struct IngestRecord: Sendable {
    public var kind: InputKind
    public var sha256: String
    public var rows: Int
    public var counts: IngestCounts
    public var rejected: Int
    /// Sector names met for the first time, with the ids the pipeline gave them.
    public var newSectors: [(id: Int, name: String)]

    public init(kind: InputKind, sha256: String, rows: Int, counts: IngestCounts, rejected: Int, newSectors: [(id: Int, name: String)]) {
        (self.kind, self.sha256, self.rows, self.counts, self.rejected, self.newSectors) = (kind, sha256, rows, counts, rejected, newSectors)
    }
}

/// The narrow side of an ingest that a store implements: it stages checked batches inside one
/// transaction, says what they change, and commits. Reading files, recognising the kind, checking,
/// de-duplicating and counting rows belong to the pipeline (`UptakeIngest`), which every store shares,
/// as GRDB's `DatabaseWriter` hides its connection from the code that writes.
///
/// Used from one thread at a time, inside ``IngestingStore/withIngestWriter(_:_:)`` only; its calls
/// may block.
package protocol IngestWriter: AnyObject {
    /// The locality tree as the transaction sees it.
    var localities: LocalityDirectory { get }
    /// Every stored sector name by id.
    var sectorNames: [Int: String] { get }
    /// Stages or writes one batch; returns the outcomes it already knows (a store that stages
    /// applications rows counts them in ``endStaging()``).
    func write(_ batch: IngestBatch) throws -> IngestCounts
    /// Ends the batches; returns the outcomes not yet returned by ``write(_:)``.
    func endStaging() throws -> IngestCounts
    /// The first other ingest of a file with this SHA-256, if any.
    func earlierIngest(sha256: String) throws -> Int?
    /// Makes every staged write part of the store (merges, new sectors, the aggregates, the
    /// `ingests` row). The transaction commits when ``IngestingStore/withIngestWriter(_:_:)`` returns.
    func commit(_ record: IngestRecord) throws
}

/// A store that can also run an ingest's transaction on the caller's thread (SQLite), for callers
/// that cannot await (tests, tools).
package protocol BlockingIngestingStore: IngestingStore {
    /// ``IngestingStore/withIngestWriter(_:_:)`` on the caller's thread: it blocks until the ingest ends.
    func withIngestWriterNow<T>(_ start: IngestStart, _ body: (any IngestWriter) throws -> T) throws -> T
}
