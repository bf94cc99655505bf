import NIOCore
import NIOPosix
import Synchronization

/// A TCP client on loopback for what no HTTP client library sends: a body trickled byte by byte, a
/// request abandoned mid-answer. It reads everything the server sends while `send` writes.
enum RawClient {
    struct Outcome: Sendable {
        /// What the server sent, as text.
        var received: String
        /// Whether the server closed the connection (its side) before the test gave up.
        var closedByServer: Bool
        /// Whether `send` wrote everything (false: a write failed, the server having closed first).
        var sentAll: Bool
    }

    private enum Event: Sendable { case closed, sent, gaveUp }

    /// What the reading task has seen, shared with the caller.
    private final class Seen: Sendable {
        let bytes = Mutex<[UInt8]>([])
        let closed = Mutex(false)
        let sentAll = Mutex(false)
    }

    /// Connects to 127.0.0.1:`port`, runs `send` and waits for the server to close the connection,
    /// giving up after `patience` (a bound on the test, not an expectation about the server's speed).
    /// `send` ending, or failing because the server closed first, is not the end: the close is.
    static func exchange(port: Int, patience: Duration,
                         send: @escaping @Sendable (NIOAsyncChannelOutboundWriter<ByteBuffer>) async throws -> Void) async throws -> Outcome {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton).connect(host: "127.0.0.1", port: port) { channel in
            channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
        }
        let seen = Seen()
        do {
            try await channel.executeThenClose { inbound, outbound in
                try await withThrowingTaskGroup(of: Event.self) { group in
                    group.addTask {
                        do {
                            for try await buffer in inbound { seen.bytes.withLock { $0 += buffer.readableBytesView } }
                        } catch {}
                        return .closed
                    }
                    group.addTask {
                        do {
                            try await send(outbound)
                            seen.sentAll.withLock { $0 = true }
                        } catch {}
                        return .sent
                    }
                    group.addTask {
                        try await Task.sleep(for: patience)
                        return .gaveUp
                    }
                    loop: while let event = try await group.next() {
                        switch event {
                        case .closed: seen.closed.withLock { $0 = true }; break loop
                        case .sent: continue
                        case .gaveUp: break loop
                        }
                    }
                    group.cancelAll()
                }
            }
        } catch let error as ChannelError where error == .ioOnClosedChannel || error == .alreadyClosed {}
        return Outcome(received: String(decoding: seen.bytes.withLock { $0 }, as: UTF8.self), closedByServer: seen.closed.withLock { $0 },
                       sentAll: seen.sentAll.withLock { $0 })
    }

    /// Writes `bytes` one at a time, `pause` apart, stopping at the first failed write (the server closed).
    static func trickle(_ bytes: [UInt8], pause: Duration, to outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>) async throws {
        for byte in bytes {
            try await outbound.write(ByteBuffer(bytes: [byte]))
            try await Task.sleep(for: pause)
        }
    }
}
