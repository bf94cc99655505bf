import NIOCore
import Synchronization
import UptakeStoreAPI

/// The read endpoints' answers, kept until the store's data version changes (the data change only
/// when an ingest or an alert check commits). Many requests for one question while its answer is
/// being computed share that one computation, so a burst after an ingest costs one query, not 64.
///
/// The key is the endpoint, its parameters sorted by name, today (relative periods count from it) and
/// the reader's language (a dashboard page; the API's JSON has none); a failed answer is not kept.
/// At most `capacity` answers are kept, the oldest dropped first.
final class ResponseCache: Sendable {
    struct Key: Hashable, Sendable {
        let endpoint: String
        let parameters: [String]
        let today: Int
        /// `en`, `vi` for a dashboard page; empty for the API, whose JSON is the same in every language.
        var language: String = ""
    }

    private struct State {
        var version: Int64 = .min
        var answers: [Key: Task<ByteBuffer, any Error>] = [:]
        var order: [Key] = []
    }

    private let state = Mutex(State())
    let capacity: Int

    init(capacity: Int = 512) { self.capacity = capacity }

    /// The answer to `key` at data version `version`: kept, being computed, or computed now by `compute`.
    func answer(_ key: Key, version: Int64, compute: @escaping @Sendable () async throws -> ByteBuffer) async throws -> ByteBuffer {
        let task: Task<ByteBuffer, any Error>? = state.withLock { s in
            if version > s.version { s = State(version: version) }
            // A request that read the version just before an ingest committed: answer it, keep nothing.
            guard version == s.version else { return nil }
            if let running = s.answers[key] { return running }
            let task = Task { try await compute() }
            s.answers[key] = task
            s.order.append(key)
            if s.order.count > capacity { s.answers[s.order.removeFirst()] = nil }
            return task
        }
        guard let task else { return try await compute() }
        do {
            return try await task.value
        } catch {
            state.withLock { s in
                if s.answers[key] == task { s.answers[key] = nil; s.order.removeAll { $0 == key } }
            }
            throw error
        }
    }

    /// How many answers are kept now (for tests).
    var count: Int { state.withLock { $0.answers.count } }
}
