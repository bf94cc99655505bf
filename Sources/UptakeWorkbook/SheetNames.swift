/// Sheet names as Excel takes them: at most 31 characters, none of `[ ] : * ? / \`, not starting or
/// ending with an apostrophe, not empty, and unique ignoring case (Excel's own comparison).
enum SheetNames {
    static let maxLength = 31
    private static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// `names` made valid and unique, in order: a forbidden character becomes a space, a long name is
    /// cut, a repeated one gets ` (2)`, ` (3)`… within the limit; an empty one is `Sheet` and its number.
    static func unique(_ names: [String]) -> [String] {
        var taken = Set<String>()
        return names.enumerated().map { index, name in
            var base = valid(name)
            if base.isEmpty { base = "Sheet \(index + 1)" }
            var candidate = base
            var n = 2
            while taken.contains(candidate.lowercased()) {
                let suffix = " (\(n))"
                candidate = trimmed(cut(base, to: maxLength - suffix.utf16.count)) + suffix
                n += 1
            }
            taken.insert(candidate.lowercased())
            return candidate
        }
    }

    /// One name with the forbidden characters replaced, cut to the limit, trimmed of apostrophes and spaces at its ends.
    static func valid(_ name: String) -> String {
        let replaced = String(name.map { forbidden.contains($0) || $0.isNewline || ($0.asciiValue.map { $0 < 0x20 } ?? false) ? " " : $0 })
        return trimmed(cut(trimmed(replaced), to: maxLength))
    }

    /// At most `length` UTF-16 units, whole characters only: Excel counts UTF-16 units, libxlsxwriter code
    /// points (never more), so both take it. Vietnamese in NFC is one unit a letter.
    static func cut(_ name: String, to length: Int) -> String {
        var out = ""
        var count = 0
        for character in name {
            let units = character.utf16.count
            if count + units > length { break }
            out.append(character)
            count += units
        }
        return out
    }

    private static func trimmed(_ name: String) -> String {
        var s = Substring(name)
        while let c = s.first, c == "'" || c == " " { s = s.dropFirst() }
        while let c = s.last, c == "'" || c == " " { s = s.dropLast() }
        return String(s)
    }
}
