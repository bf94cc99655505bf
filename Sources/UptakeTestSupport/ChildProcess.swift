import Foundation

/// Waits for a child process without holding one of Swift's cooperative threads, and never forever.
///
/// `Process.waitUntilExit()` blocks its thread. In an async test that thread belongs to the
/// cooperative pool, which has one thread per core: two on the CI machine. A test that blocks one
/// while its child talks to a server running in the test process (Chromium loading the dashboard
/// from the in-process Hummingbird server) leaves that server one thread or none, and the run can
/// hang until CI's limit. Here the wait is a continuation resumed by the termination handler, and a
/// child past its limit is killed (SIGKILL) and reported as an error the test fails with.
public enum ChildProcess {
    public struct TimedOut: Error, CustomStringConvertible {
        public let description: String
    }

    /// Starts `process`, waits for it to end and returns its exit status (or signal number).
    public static func run(_ process: Process, limit: Duration = .seconds(120)) async throws -> Int32 {
        let (ended, continuation) = AsyncStream<Void>.makeStream()
        process.terminationHandler = { _ in continuation.finish() }
        try process.run()
        let finished = await withTaskGroup(of: Bool.self) { group in
            group.addTask { for await _ in ended {}; return true }
            group.addTask { try? await Task.sleep(for: limit); return false }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
        guard finished else {
            kill(process.processIdentifier, SIGKILL)
            // The stream ended with the cancelled waiter; SIGKILL makes this short.
            while process.isRunning { try? await Task.sleep(for: .milliseconds(20)) }
            let name = process.executableURL?.lastPathComponent ?? "child"
            throw TimedOut(description: "\(name) \(process.arguments?.joined(separator: " ") ?? "") did not end within \(limit); killed")
        }
        return process.terminationStatus
    }

    /// Waits for an already started `process` (one from ``CLIRunner/start(_:in:)``) by polling, killing
    /// it after `limit`; returns its exit status.
    public static func waitForExit(_ process: Process, limit: Duration = .seconds(60)) async throws -> Int32 {
        let deadline = ContinuousClock.now + limit
        while process.isRunning {
            guard ContinuousClock.now < deadline else {
                kill(process.processIdentifier, SIGKILL)
                while process.isRunning { try? await Task.sleep(for: .milliseconds(20)) }
                throw TimedOut(description: "\(process.executableURL?.lastPathComponent ?? "child") did not end within \(limit); killed")
            }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return process.terminationStatus
    }
}
