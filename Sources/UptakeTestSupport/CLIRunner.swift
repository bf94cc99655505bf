import Foundation

/// Runs the built `uptake` executable, as a user would, and captures what it prints.
public struct CLIRunner: Sendable {
    public struct Output: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    public let executable: String
    public let environment: [String: String]

    /// Finds `uptake` next to the test bundle (the same build products folder).
    public init(file: String = #filePath, environment: [String: String] = [:]) {
        let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidates = [bundleDir.appendingPathComponent("uptake").path]
        if let b = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
            candidates.append(URL(fileURLWithPath: b.bundlePath).deletingLastPathComponent().appendingPathComponent("uptake").path)
        }
        let root = URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/uptake").path)
        executable = candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last!
        self.environment = environment
    }

    /// Runs another executable as `uptake` is run (a copy of it elsewhere, `uptake-net`).
    public init(executable: String, environment: [String: String] = [:]) {
        (self.executable, self.environment) = (executable, environment)
    }

    /// The executable called `name` beside this runner's `uptake`.
    public func sibling(_ name: String) -> CLIRunner {
        CLIRunner(executable: URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent(name).path, environment: environment)
    }

    private func process(_ arguments: [String], in directory: String) -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        p.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "UPTAKE_DB")
        env["COLUMNS"] = "100"  // help text wraps at a fixed width, so pinned help stays stable
        for (k, v) in environment { env[k] = v }
        p.environment = env
        p.standardInput = FileHandle.nullDevice
        return p
    }

    /// Starts `uptake` with `arguments` in `directory` without waiting.
    public func start(_ arguments: [String], in directory: String) throws -> Process {
        let p = process(arguments, in: directory)
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p
    }

    /// Starts `uptake` with `arguments` in `directory`, its stderr readable line by line from the
    /// returned pipe (for tests that act on what a running command reports).
    public func startReadingStderr(_ arguments: [String], in directory: String) throws -> (process: Process, stderr: LineReader) {
        let p = process(arguments, in: directory)
        let pipe = Pipe()
        p.standardOutput = FileHandle.nullDevice
        p.standardError = pipe
        try p.run()
        return (p, LineReader(pipe.fileHandleForReading))
    }

    /// Runs `uptake` with `arguments` in `directory` and waits for it.
    public func run(_ arguments: [String], in directory: String) throws -> Output {
        let p = process(arguments, in: directory)
        let outFile = directory + "/.stdout-\(UUID().uuidString)", errFile = directory + "/.stderr-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: outFile, contents: nil)
        _ = FileManager.default.createFile(atPath: errFile, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: outFile); try? FileManager.default.removeItem(atPath: errFile) }
        p.standardOutput = FileHandle(forWritingAtPath: outFile)
        p.standardError = FileHandle(forWritingAtPath: errFile)
        try p.run()
        p.waitUntilExit()
        return Output(status: p.terminationStatus,
                      stdout: (try? String(contentsOfFile: outFile, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOfFile: errFile, encoding: .utf8)) ?? "")
    }
}

/// Reads a pipe line by line, blocking until a whole line or the end.
public final class LineReader: @unchecked Sendable {  // used from one test thread only
    private let handle: FileHandle
    private var buffer = Data()

    init(_ handle: FileHandle) { self.handle = handle }

    /// The next line without its newline, or `nil` at the end of the stream.
    public func next() -> String? {
        while true {
            if let i = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[buffer.startIndex..<i], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...i)
                return line
            }
            let chunk = handle.availableData
            if chunk.isEmpty {
                defer { buffer.removeAll() }
                return buffer.isEmpty ? nil : String(decoding: buffer, as: UTF8.self)
            }
            buffer.append(chunk)
        }
    }
}

extension CLIRunner {
    /// A fresh database (`uptake init`) holding two Cao Bằng communes' land applications on two days of
    /// June and two of July 2025: small enough to read, with both periods for a comparison.
    public func twoMonthsOfCaoBang() throws -> TemporaryDirectory {
        let dir = TemporaryDirectory()
        guard try run(["init"], in: dir.path).status == 0 else { throw CLIRunnerSetupFailed(step: "init") }
        dir.write("a.csv", """
            date,locality,sector,received,received_online,resolved,resolved_online
            2025-06-02,01273,land,90,20,40,5
            2025-06-03,01279,land,25,10,10,0
            2025-07-01,01273,land,100,30,50,5
            2025-07-02,01279,land,20,10,10,0

            """)
        guard try run(["ingest", "--units", "current", "a.csv"], in: dir.path).status == 0 else { throw CLIRunnerSetupFailed(step: "ingest") }
        return dir
    }
}

/// A setup command that did not succeed: the test stops there.
public struct CLIRunnerSetupFailed: Error, CustomStringConvertible {
    public let step: String
    public var description: String { "uptake \(step) failed while setting up the test database" }
}
