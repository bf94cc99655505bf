import Foundation
import Synchronization
import UptakeReport
#if canImport(Glibc)
import Glibc
import UptakeCore
#endif

/// Runs a notebook's commands, in order, with this executable, in a fresh temporary directory.
///
/// Nothing it starts outlives it: a command past the time limit is stopped; a check stopped by a
/// signal stops its command and removes its directory first; a check killed outright (SIGKILL)
/// leaves a command that stops by itself (``NotebookChild``) and a directory that the next check
/// removes (its name carries the check's process id).
struct NotebookRunner {
    let executable: URL
    let commandTimeLimit: Double
    /// Set in the environment of every command a notebook runs, to the check's process id: a
    /// notebook cannot start another check (which would run it again, without end), and the command
    /// stops when that process is gone.
    static let marker = "UPTAKE_NOTEBOOK_CHECK"

    init(commandTimeLimit: Double) throws {
        self.commandTimeLimit = commandTimeLimit
        guard let executable = UptakeCommandLine.runningExecutable else {
            throw CLIError.failure("cannot find the uptake executable to run notebook commands with", hint: "run uptake by its full path")
        }
        self.executable = executable
    }

    /// What each command printed: stdout followed by stderr.
    func run(_ notebook: UptakeReport.Notebook) throws -> [String] {
        NotebookFolders.removeAbandoned()
        let directory = try NotebookFolders.create()
        NotebookInterruption.shared.begin(directory)
        defer {
            NotebookInterruption.shared.end()
            try? FileManager.default.removeItem(at: directory)
        }
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "UPTAKE_DB")
        environment[NotebookRunner.marker] = String(getpid())
        func runCommand(_ command: UptakeReport.Notebook.Command) throws -> String {
            let out = directory.appendingPathComponent(".notebook-stdout"), err = directory.appendingPathComponent(".notebook-stderr")
            _ = FileManager.default.createFile(atPath: out.path, contents: nil)
            _ = FileManager.default.createFile(atPath: err.path, contents: nil)
            defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: err) }
            let process = Process()
            process.executableURL = executable
            process.arguments = command.arguments
            process.currentDirectoryURL = directory
            process.environment = environment
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = try FileHandle(forWritingTo: out)
            process.standardError = try FileHandle(forWritingTo: err)
            let ended = DispatchSemaphore(value: 0)
            process.terminationHandler = { _ in ended.signal() }
            try process.run()
            NotebookInterruption.shared.running(process)
            defer { NotebookInterruption.shared.running(nil) }
            let waited = ended.wait(timeout: .now() + commandTimeLimit)
            NotebookInterruption.shared.yieldIfInterrupted()
            if waited == .timedOut {
                Self.stop(process, ended: ended)
                throw CLIError.failure("\(notebook.path):\(command.line): `\(command.text)` ran longer than \(String(format: "%g", commandTimeLimit)) s and was stopped",
                                       hint: "a notebook command must end by itself; raise --command-time-limit if it only needs longer", code: .refused)
            }
            return (try String(contentsOf: out, encoding: .utf8)) + (try String(contentsOf: err, encoding: .utf8))
        }
        let setup = NotebookSetupCache.setupCount(notebook.commands.map(\.arguments))
        var outputs: [String] = []
        if setup > 0, let cache = NotebookSetupCache(environment: environment) {
            let commands = notebook.commands.prefix(setup)
            outputs = try cache.outputs(of: commands.map(\.arguments), in: directory) { try commands.map(runCommand) }
        }
        return try outputs + notebook.commands.dropFirst(outputs.count).map(runCommand)
    }

    /// SIGTERM (a server answers its requests in flight and stops), then SIGKILL after 10 s.
    static func stop(_ process: Process, ended: DispatchSemaphore) {
        process.terminate()
        if ended.wait(timeout: .now() + 10) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            ended.wait()
        }
    }
}

/// The checks' temporary directories: `uptake-notebook-PID-UUID` in the temporary folder.
enum NotebookFolders {
    static let prefix = "uptake-notebook-"

    static func create() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return directory
    }

    /// Removes the directories of checks that are gone (killed before they could clean up). A
    /// directory of a running check, or of another user, is left alone.
    static func removeAbandoned() {
        let temporary = FileManager.default.temporaryDirectory
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: temporary.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = name.dropFirst(prefix.count).split(separator: "-").first.flatMap({ Int32($0) }), pid > 0, pid != getpid() else { continue }
            let path = temporary.appendingPathComponent(name).path
            guard let owner = (try? FileManager.default.attributesOfItem(atPath: path))?[.ownerAccountID] as? NSNumber,
                  owner.uint32Value == getuid() else { continue }
            if kill(pid, 0) != 0, errno == ESRCH { try? FileManager.default.removeItem(atPath: path) }
        }
    }
}

/// What a check stopped by SIGINT, SIGTERM or SIGHUP does before it exits: stop the command it runs
/// and remove its directory (Foundation's `Process` would leave both).
final class NotebookInterruption: Sendable {
    static let shared = NotebookInterruption()
    private let state = Mutex<(directory: URL?, process: Process?, interrupted: Bool)>((nil, nil, false))
    private let sources = Mutex<[any DispatchSourceSignal]>([])

    func begin(_ directory: URL) {
        state.withLock { $0.directory = directory }
        sources.withLock { installed in
            guard installed.isEmpty else { return }
            for signal in [SIGINT, SIGTERM, SIGHUP] {
                Glibc.signal(signal, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signal, queue: .global())
                source.setEventHandler { [self] in interrupted(by: signal) }
                source.resume()
                installed.append(source)
            }
        }
    }

    func running(_ process: Process?) { state.withLock { $0.process = process } }

    func end() { state.withLock { $0 = (nil, nil, $0.interrupted) } }

    /// The check's own thread, once its command ended because a signal stopped it: it waits for the
    /// signal's handler to finish and exit, rather than going on to report the command's output.
    func yieldIfInterrupted() {
        while state.withLock({ $0.interrupted }) { sleep(1) }
    }

    private func interrupted(by signal: Int32) {
        let (directory, process) = state.withLock { s in
            s.interrupted = true
            return (s.directory, s.process)
        }
        if let process, process.isRunning {
            process.terminate()
            for _ in 0..<100 where process.isRunning { usleep(100_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        if let directory { try? FileManager.default.removeItem(at: directory) }
        printError("notebook check stopped by signal \(signal); its command was stopped and its directory removed")
        exit(128 + signal)
    }
}

/// A command run by a notebook check stops when the check is gone (killed with SIGKILL, it could not
/// stop it): its parent process id, checked once a second, is no longer the check's. Linux would do
/// this with prctl(PR_SET_PDEATHSIG), which is variadic in C and so not callable from Swift.
enum NotebookChild {
    nonisolated(unsafe) private static var watchdog: (any DispatchSourceTimer)?

    /// `marker` is the check's variable, read with getenv: every command starts here, and
    /// `ProcessInfo.environment` would first copy every variable into a dictionary.
    static func stopWithParent(marker: String? = getenv(NotebookRunner.marker).map { String(cString: $0) }) {
        guard let marker, let check = Int32(marker) else { return }
        let timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
        timer.schedule(deadline: .now() + 1, repeating: 1)
        timer.setEventHandler {
            // SIGTERM, not exit: a server stops as it does for anyone, and the default action ends the rest.
            if getppid() != check { kill(getpid(), SIGTERM) }
        }
        timer.resume()
        watchdog = timer
        if getppid() != check { kill(getpid(), SIGTERM) }
    }
}
