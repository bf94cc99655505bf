import Synchronization
import UptakeCore

/// A notification waiting to be delivered to one receiver: written in the same transaction as the
/// state that produced it, removed only once the receiver accepted it.
public struct OutboxEntry: Sendable, Codable, Equatable {
    /// Unique: the notification's key and the receiver's name.
    public var id: String
    public var receiver: String
    /// The body to send, already rendered for the receiver (JSON).
    public var payload: String
    public var created: Day
    public var attempts: Int
    public var lastError: String?

    enum CodingKeys: String, CodingKey { case id, receiver, payload, created, attempts, lastError = "last_error" }

    public init(id: String, receiver: String, payload: String, created: Day, attempts: Int = 0, lastError: String? = nil) {
        (self.id, self.receiver, self.payload, self.created, self.attempts, self.lastError) = (id, receiver, payload, created, attempts, lastError)
    }
}

/// Where the alerting keeps its state between runs. SQLite implements it (the same database as the
/// data); ``InMemoryAlertStateStore`` implements it for tests.
public protocol AlertStateStore: Sendable {
    /// The stored state (empty before the first evaluation).
    func alertBook() async throws -> AlertBook
    /// Replaces the state and adds `outbox` entries, in one transaction: either both are stored or
    /// neither. An entry whose id is already in the outbox is kept as it is.
    func commit(_ book: AlertBook, outbox: [OutboxEntry]) async throws
    /// Every undelivered entry, oldest first.
    func outbox() async throws -> [OutboxEntry]
    /// Removes a delivered entry.
    func delivered(_ id: String) async throws
    /// Records a failed attempt.
    func failed(_ id: String, error: String) async throws
}

/// The alerting state in memory: for tests and backtests.
public final class InMemoryAlertStateStore: AlertStateStore {
    private let state = Mutex<(book: AlertBook, outbox: [OutboxEntry])>((AlertBook(), []))

    public init(_ book: AlertBook = AlertBook()) { state.withLock { $0.book = book } }

    public func alertBook() -> AlertBook { state.withLock { $0.book } }

    public func commit(_ book: AlertBook, outbox: [OutboxEntry]) {
        state.withLock { s in
            s.book = book
            for e in outbox where !s.outbox.contains(where: { $0.id == e.id }) { s.outbox.append(e) }
        }
    }

    public func outbox() -> [OutboxEntry] { state.withLock { $0.outbox } }

    public func delivered(_ id: String) { state.withLock { $0.outbox.removeAll { $0.id == id } } }

    public func failed(_ id: String, error: String) {
        state.withLock { s in
            if let i = s.outbox.firstIndex(where: { $0.id == id }) {
                s.outbox[i].attempts += 1
                s.outbox[i].lastError = error
            }
        }
    }
}

/// What a delivery pass over the outbox did (UptakeDelivery empties it; `uptake` reports it).
public struct DeliveryReport: Sendable, Equatable {
    public var delivered = 0
    public var failed = 0
    /// Entries still waiting in the outbox (they go out on the next run).
    public var waiting = 0
    public var errors: [String] = []

    public init() {}
}
