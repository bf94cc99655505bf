import Hummingbird
import NIOCore
import Synchronization

/// Whether a connection's client is still there. Its input closing (the client closed or shut down
/// its side) or the connection ending means the client left: nobody will read an answer, so the
/// work for it may stop.
final class ClientPresence: Sendable {
    private struct State {
        var gone = false
        var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
        var nextWaiter = 0
    }

    private let state = Mutex(State())

    func markGone() {
        let waiters = state.withLock { state in
            state.gone = true
            defer { state.waiters = [:] }
            return Array(state.waiters.values)
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Returns when the client has left, or when the calling task is cancelled.
    func waitUntilGone() async {
        let id = state.withLock { state in
            state.nextWaiter += 1
            return state.nextWaiter
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let now = state.withLock { state in
                    if state.gone || Task.isCancelled { return true }
                    state.waiters[id] = continuation
                    return false
                }
                if now { continuation.resume() }
            }
        } onCancel: {
            state.withLock { $0.waiters.removeValue(forKey: id) }?.resume()
        }
    }

    /// Runs `operation`, cancelling it if the client leaves first (it then ends with the
    /// `CancellationError` it throws, or with its result if it finished regardless).
    func cancellingOnDeparture<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                await self.waitUntilGone()
                return nil
            }
            while let outcome = try await group.next() {
                group.cancelAll()
                if let value = outcome { return value }
            }
            throw CancellationError()
        }
    }
}

/// Tells the connection's ``ClientPresence`` when the client leaves. It reads nothing itself: the
/// request parts pass through untouched (the server allows half-closed connections, so a client's
/// close arrives as `inputClosed`, the connection staying open for the answer).
final class ClientPresenceHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = RequestPart
    typealias InboundOut = RequestPart

    let presence = ClientPresence()

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case ChannelEvent.inputClosed = event { presence.markGone() }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        presence.markGone()
        context.fireChannelInactive()
    }
}

/// The server's request context: Hummingbird's basic one and the connection, through which a route
/// learns that its client left (``ServerRequestContext/clientPresence()``).
public struct ServerRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    let channel: any Channel

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }

    /// The connection's presence watch; nil when the connection has none (a test's in-process router).
    func clientPresence() async -> ClientPresence? {
        let channel = channel
        return try? await channel.eventLoop.submit {
            try channel.pipeline.syncOperations.handler(type: ClientPresenceHandler.self).presence
        }.get()
    }

    /// Runs `operation`, cancelled if the client leaves first.
    func cancellingOnDeparture<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        guard let presence = await clientPresence() else { return try await operation() }
        return try await presence.cancellingOnDeparture(operation)
    }
}
