import Foundation
import Synchronization
import UptakeStoreAPI

/// How `uptake ingest` shows its progress on stderr.
enum ProgressStyle: String, CaseIterable {
    /// A bar on a terminal, nothing otherwise.
    case auto
    /// A bar, redrawn in place.
    case bar
    /// One line per percent read, for logs and scripts: `progress: FILE: 12% read, 40960 rows written`.
    case lines
    case none
}

/// Draws an ingest's progress on stderr; safe to call from the parsing and the writing thread.
final class ProgressBar: Sendable {
    private let label: String
    private let lines: Bool
    private let lastShown = Mutex((percent: -1, wrote: false))

    /// `nil` when nothing is to be shown (`auto` and stderr is not a terminal, or `none`).
    init?(label: String, style: ProgressStyle = .auto) {
        switch style {
        case .none: return nil
        case .auto where isatty(STDERR_FILENO) != 1: return nil
        default: break
        }
        self.label = label
        lines = style == .lines
    }

    func update(_ p: IngestProgress) {
        // A bar is worth drawing only for a file large enough to wait for; lines are for scripts.
        guard lines || p.totalBytes > 4 << 20 else { return }
        let percent = Int(p.bytesRead * 100 / max(p.totalBytes, 1))
        let text: String? = lastShown.withLock { last in
            let firstRows = lines && p.rowsWritten > 0 && !last.wrote
            guard percent != last.percent || firstRows else { return nil }
            last = (percent, last.wrote || p.rowsWritten > 0)
            if lines { return "progress: \(label): \(percent)% read, \(p.rowsWritten) rows written\n" }
            let width = 30, filled = percent * width / 100
            let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
            return "\r\(label) [\(bar)] \(percent)% \(p.bytesRead >> 20)/\(p.totalBytes >> 20) MiB"
        }
        if let text { FileHandle.standardError.write(Data(text.utf8)) }
    }

    func finish() {
        guard !lines, lastShown.withLock({ $0.percent }) >= 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
