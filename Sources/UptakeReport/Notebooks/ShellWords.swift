/// Splits a command line into words the way a POSIX shell does for plain words and quotes, without
/// expanding anything: `'…'` is literal, `"…"` keeps `\"`, `\\`, `\$` and `` \` `` escapes, and a
/// backslash outside quotes takes the next character literally.
///
/// ```swift
/// try ShellWords.split(#"uptake sql "select 'a b'" --format csv"#)
/// // ["uptake", "sql", "select 'a b'", "--format", "csv"]
/// ```
public enum ShellWords {
    /// Why a line cannot be split.
    public enum SplitError: Error, Equatable, CustomStringConvertible {
        case unterminatedQuote(Character)
        case trailingBackslash

        public var description: String {
            switch self {
            case .unterminatedQuote(let q): "unterminated \(q) quote"
            case .trailingBackslash: "a backslash ends the line"
            }
        }
    }

    public static func split(_ line: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var chars = line.makeIterator()
        while let c = chars.next() {
            switch c {
            case " ", "\t":
                if inWord { words.append(current); current = ""; inWord = false }
            case "'":
                inWord = true
                var closed = false
                while let d = chars.next() {
                    if d == "'" { closed = true; break }
                    current.append(d)
                }
                if !closed { throw SplitError.unterminatedQuote("'") }
            case "\"":
                inWord = true
                var closed = false
                while let d = chars.next() {
                    if d == "\"" { closed = true; break }
                    if d == "\\" {
                        guard let e = chars.next() else { break }
                        if !["\"", "\\", "$", "`"].contains(e) { current.append("\\") }
                        current.append(e)
                    } else {
                        current.append(d)
                    }
                }
                if !closed { throw SplitError.unterminatedQuote("\"") }
            case "\\":
                guard let d = chars.next() else { throw SplitError.trailingBackslash }
                inWord = true
                current.append(d)
            default:
                inWord = true
                current.append(c)
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
