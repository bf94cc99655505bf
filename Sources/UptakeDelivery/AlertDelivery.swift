import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import UptakeAnalysis
import UptakeCore
import UptakeStoreAPI

// UptakeDelivery: the only module where notifications touch the outside world (standard output,
// files, HTTP). The rules, their evaluation and the payloads stay pure in UptakeAnalysis; this
// module empties the outbox they fill (issue 23).

/// Sends one body to one receiver; throws when the receiver did not accept it.
public protocol AlertSending: Sendable {
    func send(_ payload: String, to receiver: AlertReceiver) async throws
}

/// The real sender: standard output, a file (appended, one line each), HTTP POST for webhooks and
/// Alertmanager (AsyncHTTPClient's shared client; a 2xx answer is acceptance).
public struct AlertSender: AlertSending {
    public let timeout: TimeInterval

    public init(timeout: TimeInterval = 10) { self.timeout = timeout }

    public func send(_ payload: String, to receiver: AlertReceiver) async throws {
        switch receiver.kind {
        case .stdout:
            FileHandle.standardOutput.write(Data((payload + "\n").utf8))
        case .file:
            try append(payload + "\n", to: receiver.target)
        case .webhook:
            try await post(payload, to: receiver.target)
        case .alertmanager:
            let base = receiver.target.hasSuffix("/") ? String(receiver.target.dropLast()) : receiver.target
            try await post(payload, to: base + "/api/v2/alerts")
        }
    }

    func append(_ text: String, to path: String) throws {
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw QueryError("cannot create \(path)", hint: "check the folder exists and is writable", code: .io)
            }
        }
        guard let handle = FileHandle(forWritingAtPath: path) else { throw QueryError("cannot write to \(path)", code: .io) }
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.synchronize()
    }

    func post(_ body: String, to address: String) async throws {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme), url.host != nil else {
            throw QueryError("\(address) is not an http or https URL", code: .invalidQuery)
        }
        var request = HTTPClientRequest(url: address)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(string: body))
        // One deadline bounds the whole exchange, connection and answer included (a peer that
        // accepts and never answers costs `timeout`, not a library's default minute).
        let deadline = NIODeadline.now() + .milliseconds(Int64(timeout * 1000))
        let status: UInt
        do {
            let response = try await HTTPClient.shared.execute(request, deadline: deadline)
            status = response.status.code
            _ = try await response.body.collect(upTo: 1 << 20)  // read to the end, so the connection can be reused
        } catch let error as HTTPClientError where [.deadlineExceeded, .connectTimeout, .readTimeout].contains(error) {
            throw QueryError("\(address): no answer within \(String(format: "%g", timeout)) s (timed out)",
                             hint: "check that the receiver is up and reachable", code: .io)
        } catch {
            throw QueryError("\(address): \(error)", code: .io)
        }
        guard (200..<300).contains(status) else { throw QueryError("\(address) answered HTTP \(status)", code: .io) }
    }
}

/// Empties the outbox: each entry is tried `attempts` times with doubling pauses; an entry is
/// removed only after its receiver accepted it, so a failing receiver or a crash loses nothing.
/// (A crash between acceptance and removal would send that one entry again on the next run:
/// at-least-once, the most any outbox can promise; Alertmanager dedupes alerts by their labels.)
public struct AlertDelivery: Sendable {
    public let state: any AlertStateStore
    public let sender: any AlertSending
    public let attempts: Int
    public let firstPause: Duration

    public init(state: any AlertStateStore, sender: any AlertSending = AlertSender(), attempts: Int = 3, firstPause: Duration = .milliseconds(500)) {
        (self.state, self.sender, self.attempts, self.firstPause) = (state, sender, max(1, attempts), firstPause)
    }

    public func deliver(receivers: [AlertReceiver]) async throws -> DeliveryReport {
        let byName = Dictionary(receivers.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        var report = DeliveryReport()
        var down = Set<String>()
        for entry in try await state.outbox() {
            guard let receiver = byName[entry.receiver] else {
                report.waiting += 1
                report.errors.append("receiver \(entry.receiver) is no longer in the rule file: \(entry.id) waits")
                continue
            }
            // A receiver that failed every attempt is not tried again in this run: its entries wait.
            if down.contains(receiver.name) { report.waiting += 1; continue }
            var pause = firstPause
            var lastError = ""
            var ok = false
            for attempt in 1...attempts {
                do {
                    try await sender.send(entry.payload, to: receiver)
                    ok = true
                    break
                } catch {
                    lastError = (error as? any UptakeError)?.message ?? "\(error)"
                    if attempt < attempts { try? await Task.sleep(for: pause); pause *= 2 }
                }
            }
            if ok {
                try await state.delivered(entry.id)
                report.delivered += 1
            } else {
                try await state.failed(entry.id, error: lastError)
                report.failed += 1
                report.waiting += 1
                report.errors.append("\(receiver.name): \(lastError)")
                down.insert(receiver.name)
            }
        }
        return report
    }
}
