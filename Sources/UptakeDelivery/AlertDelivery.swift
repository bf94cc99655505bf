import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
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
/// Alertmanager (Foundation's URLSession; a 2xx answer is acceptance).
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
        guard let url = URL(string: address) else { throw QueryError("\(address) is not a URL", code: .invalidQuery) }
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(body.utf8)
        // The request's own timeoutInterval is only the gap between packets, and Linux's
        // URLSession.shared ignored it (60 s per attempt against a peer that accepts and never
        // answers): a session of our own bounds the whole exchange, connection included.
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        let timeout = timeout
        let status: Int = try await withCheckedThrowingContinuation { continuation in
            session.dataTask(with: request) { _, response, error in
                if let error = error as? URLError, error.code == .timedOut {
                    continuation.resume(throwing: QueryError("\(address): no answer within \(String(format: "%g", timeout)) s (timed out)",
                                                             hint: "check that the receiver is up and reachable", code: .io))
                } else if let error {
                    continuation.resume(throwing: QueryError("\(address): \(error.localizedDescription)", code: .io))
                } else {
                    continuation.resume(returning: (response as? HTTPURLResponse)?.statusCode ?? 0)
                }
            }.resume()
        }
        guard (200..<300).contains(status) else { throw QueryError("\(address) answered HTTP \(status)", code: .io) }
    }
}

/// What a delivery pass did.
public struct DeliveryReport: Sendable, Equatable {
    public var delivered = 0
    public var failed = 0
    /// Entries still waiting in the outbox (they go out on the next run).
    public var waiting = 0
    public var errors: [String] = []

    public init() {}
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
