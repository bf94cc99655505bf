import Foundation
import Testing
import UptakeTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Issue 22: nothing a notebook check starts outlives it. A command past `--command-time-limit` is
/// stopped; a check stopped by a signal stops its command and removes its folder; a check killed
/// with SIGKILL leaves a command that stops by itself and a folder the next check removes.
@Suite(.serialized) struct NotebookRunnerCLITests {
    /// A notebook whose second command never ends by itself.
    static let serving = """
        ```console
        $ uptake init
        $ uptake serve --port 0
        ```

        """

    /// A check with its own temporary folder (TMPDIR), so the test can see what it leaves there.
    struct Check {
        let dir = TemporaryDirectory()
        let cli: CLIRunner
        var temporary: String { dir.file("tmp") }

        init() throws {
            try FileManager.default.createDirectory(atPath: dir.file("tmp"), withIntermediateDirectories: true)
            cli = CLIRunner(environment: ["TMPDIR": dir.file("tmp")])
        }

        var leftFolders: [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? []).filter { $0.hasPrefix("uptake-notebook-") }
        }
    }

    @Test func aCommandPastTheTimeLimitIsStopped() throws {
        let check = try Check()
        // The national dataset, ten months of it: minutes in a debug build, far past the limit.
        let notebook = check.dir.write("long.md", "```console\n$ uptake generate --out data\n```\n")
        let out = try check.cli.run(["notebook", "check", notebook, "--command-time-limit", "2"], in: check.dir.path)
        #expect(out.status == 2, "\(out.stdout)\(out.stderr)")
        #expect(out.stderr.contains("long.md:2: `uptake generate --out data` ran longer than 2 s and was stopped"), "\(out.stderr)")
        #expect(check.leftFolders.isEmpty)
        let bad = try check.cli.run(["notebook", "check", notebook, "--command-time-limit", "1e300"], in: check.dir.path)
        #expect(bad.status == 64 && bad.stderr.contains("--command-time-limit must be a number of seconds from 1 to 86400"))
    }

    @Test func aCheckStoppedBySIGTERMStopsItsCommandAndRemovesItsFolder() async throws {
        let check = try Check()
        let notebook = check.dir.write("serving.md", Self.serving)
        let running = try check.cli.start(["notebook", "check", notebook], in: check.dir.path)
        let server = try await Self.child(named: "serve", of: running.processIdentifier)
        kill(running.processIdentifier, SIGTERM)
        let status = try await ChildProcess.waitForExit(running)
        #expect(status == 128 + SIGTERM)
        #expect(!Self.exists(server), "the serve command was stopped with the check")
        #expect(check.leftFolders.isEmpty, "the check removed its folder")
    }

    @Test func aCheckKilledOutrightLeavesNothingRunningAndTheNextCheckTidiesUp() async throws {
        let check = try Check()
        let notebook = check.dir.write("serving.md", Self.serving)
        let running = try check.cli.start(["notebook", "check", notebook], in: check.dir.path)
        let server = try await Self.child(named: "serve", of: running.processIdentifier)
        kill(running.processIdentifier, SIGKILL)
        _ = try await ChildProcess.waitForExit(running)
        // The orphaned command notices within about a second; the bound only keeps a broken build from hanging.
        for _ in 0..<600 where Self.exists(server) { try await Task.sleep(for: .milliseconds(100)) }
        #expect(!Self.exists(server), "the serve command stopped once its check was gone")
        #expect(check.leftFolders.count == 1, "SIGKILL gives no chance to clean up")
        let quick = check.dir.write("quick.md", "```console\n$ uptake localities --level nation\n```\n")
        _ = try check.cli.run(["notebook", "check", quick], in: check.dir.path)
        #expect(check.leftFolders.isEmpty, "the next check removed the abandoned folder")
    }

    /// The process id of `parent`'s child running `uptake <command>`, once it has started (a bounded wait).
    static func child(named command: String, of parent: Int32) async throws -> Int32 {
        for _ in 0..<1200 {
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
                guard let pid = Int32(entry),
                      let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                      let close = stat.lastIndex(of: ")") else { continue }
                let fields = stat[stat.index(after: close)...].split(separator: " ")
                guard fields.count > 2, Int32(fields[1]) == parent,
                      let cmdline = try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(entry)/cmdline")) else { continue }
                let words = cmdline.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
                if words.dropFirst().first == command { return pid }
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw NoChild(description: "no `uptake \(command)` child of \(parent) appeared")
    }

    /// Whether `pid` is a live process (a zombie awaiting its parent counts as gone).
    static func exists(_ pid: Int32) -> Bool {
        guard kill(pid, 0) == 0, let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(after: close)...].split(separator: " ").first != "Z"
    }
}

struct NoChild: Error, CustomStringConvertible {
    let description: String
}
