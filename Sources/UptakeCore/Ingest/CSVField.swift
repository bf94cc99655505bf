import Foundation
/// Writing side of RFC 4180, shared by every CSV Uptake writes (tables, reject files).
public enum CSVField {
    /// `text` as one CSV field: quoted, with quotes doubled, when it holds a comma, a quote or a line break.
    public static func quoted(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
