import Foundation
import UptakeCore

/// Prints the report's HTML page to a PDF with headless Chromium: the same page, on A4 (its print
/// stylesheet's `@page { size: A4 }`), without the browser's header and footer. Spawning a browser is
/// I/O, so it lives here in the CLI, not in UptakeReport.
///
/// The browser is `$UPTAKE_CHROMIUM` when set, else the first of Debian's `chromium`,
/// `chromium-browser` and `google-chrome` found (the places the browser tests look).
enum ChromiumPDF {
    static let candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]

    /// The browser to print with, or the error saying what to install.
    static func executable(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        if let chosen = environment["UPTAKE_CHROMIUM"], !chosen.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: chosen) else {
                throw CLIError.failure("cannot print a PDF: UPTAKE_CHROMIUM names \(chosen), which is not an executable file",
                                       hint: "set UPTAKE_CHROMIUM to Chromium's path, or unset it to use /usr/bin/chromium", code: .notFound)
            }
            return chosen
        }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw CLIError.failure("cannot print a PDF: no Chromium found (looked for \(candidates.joined(separator: ", ")))",
                                   hint: "install it (Debian, Ubuntu: apt-get install chromium) or set UPTAKE_CHROMIUM to its path; or write --out report.html and print that page",
                                   code: .notFound)
        }
        return found
    }

    /// Writes `html` to a temporary file and has `browser` print it to `pdf`; at most `limit` seconds.
    static func print(html: String, to pdf: URL, browser: String, limit: Int = 120) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("uptake-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        try Data(html.utf8).write(to: page)
        let printed = folder.appendingPathComponent("report.pdf")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: browser)
        // --no-sandbox: the CLI may run as root in a container, where Chromium's sandbox refuses to start;
        // the page is our own file with no script. A profile of its own, so a running browser is not reused.
        p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
                       "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--no-pdf-header-footer",
                       "--print-to-pdf=\(printed.path)", page.absoluteString]
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        // Its messages to a file, not a pipe: a chatty browser would fill a pipe nobody reads and stall.
        let log = folder.appendingPathComponent("chromium.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let errors = try FileHandle(forWritingTo: log)
        defer { try? errors.close() }
        p.standardError = errors
        let status = try await run(p, limit: limit)
        let said = ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").last.map(String.init) ?? ""
        guard status == 0, let data = try? Data(contentsOf: printed), data.starts(with: Array("%PDF".utf8)) else {
            throw CLIError.failure("Chromium (\(browser)) did not print the PDF" + (status == 0 ? "" : ": exit status \(status)") + (said.isEmpty ? "" : ": \(said)"),
                                   hint: "write --out report.html and print it from a browser; or check that Chromium starts (\(browser) --headless --version)",
                                   code: .io)
        }
        try data.write(to: pdf, options: .atomic)
    }

    /// Waits for the browser without blocking a thread, killing it after `limit` seconds.
    static func run(_ process: Process, limit: Int) async throws -> Int32 {
        let (ended, continuation) = AsyncStream<Void>.makeStream()
        process.terminationHandler = { _ in continuation.finish() }
        try process.run()
        let finished = await withTaskGroup(of: Bool.self) { group in
            group.addTask { for await _ in ended {}; return true }
            group.addTask { try? await Task.sleep(for: .seconds(limit)); return false }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
        guard finished else {
            process.terminate()
            throw CLIError.failure("Chromium did not print the PDF within \(limit) s", hint: "write --out report.html and print it from a browser", code: .io)
        }
        return process.terminationStatus
    }
}
