import Foundation
/// Text from the data (a commune's name, a sector, an incident's note) escaped for the format it is
/// written in, so a name can only ever read as a name (issue 22: `<script>`, a heading smuggled in
/// with a newline, a `javascript:` link, an ANSI escape that repaints the terminal).
public enum TerminalText {
    /// `text` with every control character shown, not obeyed: `\n`, `\t`, `\r` and `\e`-style
    /// escapes as `\x1B`, so a name cannot move the cursor, change colours or start a new line.
    public static func shown(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where isControl(scalar): out += "\\x" + hex(scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whole lines of output (a rendered table or text) with control characters shown, line breaks kept.
    public static func lines(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 != "\n" && isControl($0) }) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { shown(String($0)) }.joined(separator: "\n")
    }

    /// C0 and C1 control characters and DEL (the ones a terminal acts on).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 2 - digits.count)) + digits
    }
}

/// Plain text set into Markdown: it reads as the same words, never as markup.
public enum MarkdownText {
    /// `text` for a paragraph, heading or table cell: HTML's `<`, `>` and `&` as entities (no tag,
    /// no autolink), Markdown's inline marks backslash-escaped (no emphasis, code, link or image),
    /// line breaks as spaces (no heading or list smuggled onto a new line), and a mark that would
    /// start a block (`#`, `>`, `-`, `+`, `1.`) escaped at the start.
    public static func escaped(_ text: String) -> String { escapingBlockStart(inline(text)) }

    /// `text` for a table cell: as ``escaped(_:)`` but for the marks that only start a block (a cell
    /// is inline, so `-0.76 pp` stays as it reads).
    public static func inline(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let scalars = Array(TerminalText.shown(text.replacingOccurrences(of: "\r\n", with: " ")
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")).unicodeScalars)
        /// `_` inside a word (`support_staff`) emphasises nothing in CommonMark, so it stays readable.
        func insideAWord(_ i: Int) -> Bool {
            i > 0 && i + 1 < scalars.count && scalars[i - 1].properties.isAlphabetic && scalars[i + 1].properties.isAlphabetic
        }
        for (i, scalar) in scalars.enumerated() {
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "_" where insideAWord(i): out.unicodeScalars.append(scalar)
            case "\\", "`", "*", "_", "[", "]", "|", "~", "!": out += "\\" + String(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text of several lines, each escaped as ``escaped(_:)`` and the line breaks kept (a heading
    /// the code wrote over several lines; a name inside it still cannot start a line of its own).
    public static func lines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0)) }.joined(separator: "\n")
    }

    /// A leading `#`, `-`, `+` or `1.` (a heading or a list) escaped; `>` is already an entity.
    static func escapingBlockStart(_ text: String) -> String {
        let trimmed = text.drop { $0 == " " }
        guard let first = trimmed.first else { return text }
        if first == "#" || first == "-" || first == "+" || first == "=" { return "\\" + text }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let after = trimmed.dropFirst(digits.count).first, after == "." || after == ")" {
            let lead = text.count - trimmed.count + digits.count
            return String(text.prefix(lead)) + "\\" + String(text.dropFirst(lead))
        }
        return text
    }
}
