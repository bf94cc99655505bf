import Foundation
import Testing
import UptakeAnalysis
import UptakeCore
import UptakeDelivery
#if canImport(Glibc)
import Glibc
#endif

/// A webhook that accepts the connection and never answers costs one configured timeout per
/// attempt, not URLSession's default minute: the delivery fails with a timeout.
@Suite struct AlertSenderTimeoutTests {
    /// A listening socket on 127.0.0.1 that never accepts: the kernel completes the handshake and
    /// takes the request into its buffers, and no answer ever comes.
    final class BlackHole: Sendable {
        let port: Int
        private let socket: Int32

        init() throws {
            let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            try #require(fd >= 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            try #require(bound == 0 && listen(fd, 8) == 0)
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
            (socket, port) = (fd, Int(UInt16(bigEndian: address.sin_port)))
        }

        deinit { close(socket) }
    }

    @Test(arguments: [AlertReceiver.Kind.webhook, .alertmanager])
    func aSilentReceiverTimesOut(kind: AlertReceiver.Kind) async throws {
        let hole = try BlackHole()
        let receiver = AlertReceiver(name: "silent", kind: kind, target: "http://127.0.0.1:\(hole.port)/hook")
        let error = await #expect(throws: QueryError.self) {
            try await AlertSender(timeout: 0.5).send(#"{"alerts": []}"#, to: receiver)
        }
        #expect(error?.message.hasSuffix("no answer within 0.5 s (timed out)") == true, "\(error?.message ?? "")")
        #expect(error?.code == .io)
    }
}
