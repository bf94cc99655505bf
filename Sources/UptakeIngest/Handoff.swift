import Foundation

/// A bounded queue between one producer, a thread that blocks (`put`) or a task that awaits
/// (`putAwaiting`), and one consumer thread (`take`): the parsing thread and the store's writing
/// thread, a request body's task and the parsing thread. Memory stays bounded by `capacity` elements.
public final class Handoff<Element: Sendable>: @unchecked Sendable {  // every field under `condition`
    private let condition = NSCondition()
    private var items: [Element] = []
    private let capacity: Int
    private var finished = false
    private var failure: (any Error)?
    private var cancelled = false
    /// Resumed with `false` when there is room again (the putter tries again), or thrown to on cancel.
    private var waitingPutter: CheckedContinuation<Bool, any Error>?

    public init(capacity: Int) {
        precondition(capacity > 0, "a handoff holds at least one element")
        self.capacity = capacity
    }

    // MARK: The producer's side

    /// Adds `element`, blocking while the queue is full; throws `CancellationError` once the consumer cancelled.
    public func put(_ element: Element) throws {
        condition.lock()
        while true {
            if cancelled { condition.unlock(); throw CancellationError() }
            if items.count < capacity {
                items.append(element)
                condition.broadcast()
                condition.unlock()
                return
            }
            condition.wait()
        }
    }

    /// Adds `element`, awaiting room while the queue is full; throws `CancellationError` once the consumer cancelled.
    public func putAwaiting(_ element: Element) async throws {
        while true {
            let accepted: Bool = try await withCheckedThrowingContinuation { continuation in
                condition.lock()
                if cancelled {
                    condition.unlock()
                    continuation.resume(throwing: CancellationError())
                } else if items.count < capacity {
                    items.append(element)
                    condition.broadcast()
                    condition.unlock()
                    continuation.resume(returning: true)
                } else {
                    waitingPutter = continuation
                    condition.unlock()
                }
            }
            if accepted { return }
        }
    }

    /// No more elements: the consumer gets those queued, then `nil` (or `error`, thrown).
    public func finish(throwing error: (any Error)? = nil) {
        condition.lock()
        finished = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    // MARK: The consumer's side

    /// The next element, blocking while the queue is empty; `nil` at the end.
    public func take() throws -> Element? {
        condition.lock()
        while true {
            if !items.isEmpty {
                let element = items.removeFirst()
                let putter = wakePutter()
                condition.unlock()
                putter?.resume(returning: false)
                return element
            }
            if let failure { condition.unlock(); throw failure }
            if finished || cancelled { condition.unlock(); return nil }
            condition.wait()
        }
    }

    /// The consumer stops: queued elements are dropped and the producer's next `put` throws.
    public func cancel() {
        condition.lock()
        cancelled = true
        items.removeAll()
        let putter = waitingPutter
        waitingPutter = nil
        condition.broadcast()
        condition.unlock()
        putter?.resume(throwing: CancellationError())
    }

    /// Called with the lock held, after an element left: the broadcast wakes a blocked putter, the
    /// returned continuation an awaiting one (resumed by the caller once the lock is released).
    private func wakePutter() -> CheckedContinuation<Bool, any Error>? {
        condition.broadcast()
        let putter = waitingPutter
        waitingPutter = nil
        return putter
    }
}
