import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Data set up once per test run by `uptake` commands (`init`, `generate`, `ingest`) and copied into
/// each test that asks for the same commands: generating and ingesting takes seconds to half a minute
/// in a debug build, and several suites and notebooks need the same data.
///
/// The folders are those of `uptake notebook check` with `$UPTAKE_NOTEBOOK_CACHE` (see
/// Sources/uptake/Commands/NotebookSetupCache.swift: `ROOT/KEY/state/`, `ROOT/KEY/outputs.json`,
/// `ROOT/KEY.lock`), so a notebook checked with `UPTAKE_NOTEBOOK_CACHE=SharedDataset.root` and the
/// same setup commands reuses the data a test built, and the reverse. Builds are serialised by a file
/// lock per setup (threads and processes alike); the root is removed when the test process exits.
///
/// ```swift
/// let dir = TemporaryDirectory()
/// try SharedDataset([["init"], ["generate", "--out", "data", "--from", "2025-06-01", "--to", "2025-07-31"],
///                    ["ingest", "--units", "current", "data/applications.csv", "data/incidents.csv", "data/readiness.csv"]]).copy(into: dir)
/// ```
public struct SharedDataset: Sendable, Hashable {
    /// The commands, each the arguments after `uptake`, run in order in a fresh directory.
    public let commands: [[String]]

    public init(_ commands: [[String]]) { self.commands = commands }

    /// This test process's folder of built setups.
    public static let root: String = {
        let path = NSTemporaryDirectory() + "uptake-test-datasets-\(getpid())"
        atexit { try? FileManager.default.removeItem(atPath: SharedDataset.root) }
        return path
    }()

    /// The folder name of a setup: as `NotebookSetupCache.key` in the CLI (the two must agree).
    public var key: String {
        String(commands.map { $0.joined(separator: " ") }.joined(separator: " && ").map { c in
            c.isASCII && (c.isLetter || c.isNumber || c == "." || c == "," || c == "-") ? c : "_"
        })
    }

    /// Copies the directory the commands leave (database, generated files) into `dir`, running them
    /// first if no test or notebook of this process has; returns what each command printed (stdout
    /// then stderr).
    @discardableResult
    public func copy(into dir: TemporaryDirectory) throws -> [String] {
        let files = FileManager.default
        try files.createDirectory(atPath: Self.root, withIntermediateDirectories: true)
        let folder = Self.root + "/" + key, state = folder + "/state", record = folder + "/outputs.json"
        // Close-on-exec: a server another test starts while this lock is held (`uptake serve`, spawned by
        // Process, which passes on every descriptor not so marked) would otherwise inherit the lock and
        // hold it for as long as it runs, and every test waiting here would wait for ever.
        let lock = open(Self.root + "/" + key + ".lock", O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard lock >= 0 else { throw SharedDatasetError(step: [], output: "cannot open the lock file in \(Self.root)") }
        defer { close(lock) }
        flock(lock, LOCK_EX)
        var outputs = files.contents(atPath: record).flatMap { try? JSONDecoder().decode([String].self, from: $0) }
        if outputs == nil {
            let work = TemporaryDirectory()
            let cli = CLIRunner()
            var printed: [String] = []
            for step in commands {
                let out = try cli.run(step, in: work.path)
                guard out.status == 0 else { throw SharedDatasetError(step: step, output: out.stdout + out.stderr) }
                printed.append(out.stdout + out.stderr)
            }
            try? files.removeItem(atPath: folder)
            try files.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try files.moveItem(atPath: work.path, toPath: state)
            try JSONEncoder().encode(printed).write(to: URL(fileURLWithPath: record), options: .atomic)
            outputs = printed
        }
        for name in try files.contentsOfDirectory(atPath: state) {
            try files.copyItem(atPath: state + "/" + name, toPath: dir.file(name))
        }
        return outputs ?? []
    }
}

/// A command of a shared setup failed.
public struct SharedDatasetError: Error, CustomStringConvertible {
    public let step: [String]
    public let output: String
    public var description: String { "uptake \(step.joined(separator: " ")) failed: \(output)" }
}
