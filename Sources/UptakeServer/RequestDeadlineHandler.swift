import Foundation
import HTTPTypes
import HummingbirdCore
import NIOCore
import NIOHTTPTypes
import UptakeReport

/// Hummingbird's request and response parts (NIOHTTPTypes' `HTTPRequestPart` and `HTTPResponsePart`),
/// named through its connection handler so the package needs no direct swift-nio-extras dependency.
typealias RequestPart = HTTPConnectionStateHandler.InboundIn
typealias ResponsePart = HTTPConnectionStateHandler.OutboundIn

/// A request whose body did not arrive whole within the server's request timeout.
struct RequestTimedOut: Error, Sendable {
    let timeout: Duration

    /// "2 s", "0.5 s".
    var seconds: String {
        let (whole, atto) = timeout.components
        return String(format: "%g s", Double(whole) + Double(atto) / 1e18)
    }
}

/// Closes a connection whose request has not arrived whole (head to end) within `timeout`, answering
/// 408 if no answer has begun. Hand-written because Hummingbird 2.28.1 has nothing of the kind: its
/// idle timeout counts every body part as activity, so a body trickled a byte a second kept a
/// connection (and a descriptor) forever, and a request answered before its body (a 401) still
/// waits for the rest of it. The request's handler sees `RequestTimedOut` from its body, never a
/// truncated body taken for a whole one.
final class RequestDeadlineHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = RequestPart
    typealias InboundOut = RequestPart
    typealias OutboundIn = ResponsePart
    typealias OutboundOut = ResponsePart

    private let timeout: Duration
    private var deadline: Scheduled<Void>?
    /// Whether the current request's answer has begun (then a 408 can no longer be sent).
    private var answering = false
    /// Set once this handler answered 408: the route's late answer is dropped, not sent after it.
    private var timedOut = false

    init(timeout: Duration) {
        self.timeout = timeout
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            answering = false
            startDeadline(context)
        case .end:
            stopDeadline()
        case .body:
            break
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if timedOut {
            promise?.fail(ChannelError.ioOnClosedChannel)
            return
        }
        if case .head = unwrapOutboundIn(data) { answering = true }
        context.write(data, promise: promise)
    }

    func channelInactive(context: ChannelHandlerContext) {
        stopDeadline()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        stopDeadline()
    }

    private func startDeadline(_ context: ChannelHandlerContext) {
        stopDeadline()
        deadline = context.eventLoop.assumeIsolated().scheduleTask(in: TimeAmount(timeout)) { [self] in
            self.deadline = nil
            self.expire(context)
        }
    }

    private func stopDeadline() {
        deadline?.cancel()
        deadline = nil
    }

    private func expire(_ context: ChannelHandlerContext) {
        let error = RequestTimedOut(timeout: timeout)
        // The route reading the body gets the error rather than the end of a stream.
        context.fireErrorCaught(error)
        guard !answering else {
            context.close(promise: nil)
            return
        }
        let body = ByteBuffer(string: JSONOutput.render(Problem.from(error, requestID: nil)))
        var fields: HTTPFields = [.contentType: "application/problem+json", .contentLength: String(body.readableBytes), .connection: "close"]
        fields.append(contentsOf: SecurityHeaders.fields)
        let head = HTTPResponse(status: .requestTimeout, headerFields: fields)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(body)), promise: nil)
        timedOut = true
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in bound.value.close(promise: nil) }
    }
}
