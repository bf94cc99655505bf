import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Notebooks that set up the same data share it when `$UPTAKE_NOTEBOOK_CACHE` names a folder (the
/// tests set it): the leading `init`, `generate` and `ingest` commands run once, and later notebooks
/// with the same ones get a copy of the directory they left and of what they printed (still compared
/// with the notebook's text). Generating and ingesting the national June–July takes half a minute in
/// a debug build; three notebooks and a test ask for it. The commands are deterministic, so the copy
/// is what running them again would leave.
///
/// Layout, shared with `SharedDataset` in UptakeTestSupport (which fills the same folders):
/// `ROOT/KEY/state/` (the directory after the commands), `ROOT/KEY/outputs.json` (what each printed,
/// stdout then stderr; written last, so its presence means complete), `ROOT/KEY.lock` (flock, held
/// while building); KEY is ``key(_:)``.
struct NotebookSetupCache {
    static let variable = "UPTAKE_NOTEBOOK_CACHE"
    static let setupCommands: Set<String> = ["init", "generate", "ingest"]
    let root: URL

    init?(environment: [String: String]) {
        guard let path = environment[Self.variable], !path.isEmpty else { return nil }
        root = URL(fileURLWithPath: path)
    }

    /// How many of `commands` (argument lists) are setup: the leading init, generate and ingest.
    static func setupCount(_ commands: [[String]]) -> Int {
        commands.prefix { $0.first.map(setupCommands.contains) == true }.count
    }

    /// The folder name of a setup: its words, anything but letters, digits, '.', ',' and '-' as '_'.
    static func key(_ commands: [[String]]) -> String {
        String(commands.map { $0.joined(separator: " ") }.joined(separator: " && ").map { c in
            c.isASCII && (c.isLetter || c.isNumber || c == "." || c == "," || c == "-") ? c : "_"
        })
    }

    /// What `commands` printed, and `directory` left as they left it: copied from the cache, or by
    /// `run` (which runs them in `directory`), then kept for the next notebook.
    func outputs(of commands: [[String]], in directory: URL, run: () throws -> [String]) throws -> [String] {
        let files = FileManager.default
        try files.createDirectory(at: root, withIntermediateDirectories: true)
        let key = Self.key(commands)
        let folder = root.appendingPathComponent(key), state = folder.appendingPathComponent("state")
        let record = folder.appendingPathComponent("outputs.json")
        let lock = open(root.appendingPathComponent(key + ".lock").path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)  // not passed on to the commands a notebook spawns
        guard lock >= 0 else { return try run() }
        defer { close(lock) }
        flock(lock, LOCK_EX)
        if let data = files.contents(atPath: record.path), let outputs = try? JSONDecoder().decode([String].self, from: data) {
            for name in try files.contentsOfDirectory(atPath: state.path) {
                try files.copyItem(at: state.appendingPathComponent(name), to: directory.appendingPathComponent(name))
            }
            return outputs
        }
        let outputs = try run()
        try? files.removeItem(at: folder)
        try files.createDirectory(at: state, withIntermediateDirectories: true)
        for name in try files.contentsOfDirectory(atPath: directory.path) where !name.hasPrefix(".notebook-") {
            try files.copyItem(at: directory.appendingPathComponent(name), to: state.appendingPathComponent(name))
        }
        try JSONEncoder().encode(outputs).write(to: record, options: .atomic)
        return outputs
    }
}
