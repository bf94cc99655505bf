import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for tests: it records every request's method, path and body
/// and answers with the status the test chose (500 to play a failing receiver). POSIX sockets on a
/// thread of its own; one request per connection.
public final class LoopbackHTTPServer: Sendable {
    public struct Request: Sendable, Equatable {
        public var method: String
        public var path: String
        public var body: String
    }

    public let port: Int
    private let socket: Int32
    private let state = Mutex<(requests: [Request], status: Int, stopped: Bool)>(([], 200, false))

    /// Listens on a free port of 127.0.0.1.
    public init(status: Int = 200) throws {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard bound == 0, listen(fd, 16) == 0 else { close(fd); throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        port = Int(UInt16(bigEndian: address.sin_port))
        socket = fd
        state.withLock { $0.status = status }
        let thread = Thread { [self] in self.serve() }
        thread.start()
    }

    public var url: String { "http://127.0.0.1:\(port)" }

    /// A port of 127.0.0.1 free at the time of asking (for a server the test starts).
    public static func freePort() throws -> Int {
        let probe = try LoopbackHTTPServer()
        let port = probe.port
        probe.stop()
        return port
    }
    public var requests: [Request] { state.withLock { $0.requests } }
    /// Changes the status later requests get.
    public func answer(_ status: Int) { state.withLock { $0.status = status } }

    /// Waits up to `seconds` for at least `count` requests.
    public func waitFor(_ count: Int, seconds: Double) async -> [Request] {
        let deadline = Date().addingTimeInterval(seconds)
        while requests.count < count, Date() < deadline { try? await Task.sleep(for: .milliseconds(50)) }
        return requests
    }

    public func stop() {
        state.withLock { $0.stopped = true }
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    deinit { if !state.withLock({ $0.stopped }) { stop() } }

    private func serve() {
        while true {
            let client = accept(socket, nil, nil)
            if client < 0 { return }
            handle(client)
            close(client)
        }
    }

    private func handle(_ client: Int32) {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        var headerEnd: Int?
        var contentLength = 0
        while true {
            let capacity = buffer.count
            let n = recv(client, &buffer, capacity, 0)
            if n <= 0 { break }
            data += buffer[0..<n]
            if headerEnd == nil, let r = Self.find([13, 10, 13, 10], in: data) {
                headerEnd = r + 4
                let head = String(decoding: data[0..<r], as: UTF8.self)
                for line in head.split(separator: "\r\n") where line.lowercased().hasPrefix("content-length:") {
                    contentLength = Int(line.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) ?? 0
                }
            }
            if let h = headerEnd, data.count >= h + contentLength { break }
        }
        guard let h = headerEnd else { return }
        let requestLine = String(decoding: data[0..<h], as: UTF8.self).split(separator: "\r\n").first?.split(separator: " ") ?? []
        let body = String(decoding: data[h..<min(data.count, h + contentLength)], as: UTF8.self)
        let status = state.withLock { s -> Int in
            s.requests.append(Request(method: requestLine.first.map(String.init) ?? "", path: requestLine.dropFirst().first.map(String.init) ?? "", body: body))
            return s.status
        }
        let reply = "HTTP/1.1 \(status) \(status == 200 ? "OK" : "Error")\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        _ = reply.utf8CString.withUnsafeBufferPointer { send(client, $0.baseAddress, $0.count - 1, 0) }
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard hay.count >= needle.count else { return nil }
        for i in 0...(hay.count - needle.count) where Array(hay[i..<i + needle.count]) == needle { return i }
        return nil
    }
}
