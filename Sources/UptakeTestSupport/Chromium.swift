import Foundation

/// Headless Chromium (Debian's `chromium`, installed by `make test-deps`) for the tests that check
/// what a reader sees: the report's page and the dashboard.
public enum Chromium {
    /// The browser's path, or `nil` where none is installed (the browser tests then say they skipped).
    public static let executable: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    public static let missing = "no chromium executable (/usr/bin/chromium); make test-deps installs Debian's chromium"

    /// A PNG screenshot of `url` in a window of the given size, written to `png` and returned.
    ///
    /// Run under coreutils' `timeout`, which kills Chromium's whole process group (renderer and GPU
    /// helpers too) if it hangs, and waited for without blocking a cooperative thread: the page may be
    /// served by the test process itself. `--disable-dev-shm-usage` because CI containers may have a
    /// small /dev/shm; `--no-sandbox` because the tests run as root there.
    public static func screenshot(_ url: String, width: Int, height: Int, png: String, profile: String,
                                  limitSeconds: Int = 90) async throws -> Data {
        guard let executable else { throw ChildProcess.TimedOut(description: missing) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        p.arguments = ["-k", "5", String(limitSeconds), executable,
                       "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                       "--no-first-run", "--disable-extensions", "--user-data-dir=\(profile)",
                       "--window-size=\(width),\(height)", "--screenshot=\(png)", url]
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        let status = try await ChildProcess.run(p, limit: .seconds(limitSeconds + 15))
        guard status == 0 else {
            throw ChildProcess.TimedOut(description: status == 124 ? "chromium did not finish \(url) within \(limitSeconds) s"
                                                                   : "chromium exited with \(status) on \(url)")
        }
        return try Data(contentsOf: URL(fileURLWithPath: png))
    }

    /// The DOM of `url` after its scripts ran, as `--dump-dom` prints it, laid out in a window of the
    /// given size (a page's own script can then write what it measured into the DOM).
    public static func dumpDOM(_ url: String, width: Int, height: Int, profile: String, limitSeconds: Int = 90) async throws -> String {
        guard let executable else { throw ChildProcess.TimedOut(description: missing) }
        let out = profile + ".dom.html"
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        defer { try? handle.close() }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        p.arguments = ["-k", "5", String(limitSeconds), executable,
                       "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                       "--no-first-run", "--disable-extensions", "--user-data-dir=\(profile)",
                       "--window-size=\(width),\(height)", "--dump-dom", url]
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = handle  // a file, not a pipe: a large DOM would fill a pipe nobody reads yet
        p.standardError = FileHandle.nullDevice
        let status = try await ChildProcess.run(p, limit: .seconds(limitSeconds + 15))
        guard status == 0 else {
            throw ChildProcess.TimedOut(description: status == 124 ? "chromium did not finish \(url) within \(limitSeconds) s"
                                                                   : "chromium exited with \(status) on \(url)")
        }
        return try String(contentsOfFile: out, encoding: .utf8)
    }
}
