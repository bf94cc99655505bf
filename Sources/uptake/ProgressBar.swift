import Foundation

/// A progress bar on stderr, drawn only when stderr is a terminal and the file is large enough to wait for.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private var lastPercent = -1
    private let lock = NSLock()

    /// `nil` when stderr is not a terminal (a pipe, a log file, CI).
    init?(label: String) {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        self.label = label
    }

    func update(done: Int64, total: Int64) {
        guard total > 4 << 20 else { return }
        let percent = Int(done * 100 / max(total, 1))
        lock.lock(); defer { lock.unlock() }
        guard percent != lastPercent else { return }
        lastPercent = percent
        let width = 30
        let filled = percent * width / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        let text = "\r\(label) [\(bar)] \(percent)% \(done >> 20)/\(total >> 20) MiB"
        FileHandle.standardError.write(Data(text.utf8))
    }

    func finish() {
        guard lastPercent >= 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
