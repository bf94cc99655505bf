import UptakeCore

/// CSV meant for a spreadsheet (`--excel`): a field a spreadsheet would run as a formula is made
/// inert, OWASP's rule for CSV injection. A field whose value starts with `=`, `+`, `-`, `@`, a tab
/// or a carriage return gets a leading `'`, so Excel and LibreOffice show it as text; a field that
/// reads as a number (`-12`, `-0.25`, `+3e5`) is left as it is, so numbers stay numbers.
///
/// It works on CSV text as ``Table`` and ``TableStream`` write it (RFC 4180, `\n` between records),
/// whole records at a time, so the writers themselves stay one path for every use of CSV.
public enum SpreadsheetCSV {
    /// `text`, whole CSV records, with every dangerous field neutralised.
    public static func neutralised(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { triggers.contains($0) }) else { return text }
        // Scalars, not characters: "\r\n" is one Character and would hide a record's end.
        var out = String.UnicodeScalarView()
        var field = String.UnicodeScalarView()  // the field's raw text, as written
        var value = String.UnicodeScalarView()  // the field's value (quotes removed)
        var inQuotes = false
        var quotedField = false
        var previous: Unicode.Scalar?
        func flush() {
            let plain = String(value)
            out.append(contentsOf: isDangerous(plain) ? CSVField.quoted("'" + plain).unicodeScalars : field)
            field = String.UnicodeScalarView()
            value = String.UnicodeScalarView()
            quotedField = false
        }
        for c in text.unicodeScalars {
            if inQuotes {
                field.append(c)
                if c == "\"" { inQuotes = false } else { value.append(c) }
                previous = c
                continue
            }
            switch c {
            case "\"":
                // An opening quote, or the second of a doubled quote inside a quoted field.
                if quotedField, previous == "\"" { value.append("\"") }
                quotedField = true
                inQuotes = true
                field.append(c)
            case ",":
                flush()
                out.append(",")
            case "\n":
                flush()
                out.append("\n")
            default:
                field.append(c)
                value.append(c)
            }
            previous = c
        }
        if !field.isEmpty { flush() }
        return String(out)
    }

    /// The characters that start a formula in a spreadsheet.
    static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    static func isDangerous(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, triggers.contains(first) else { return false }
        return Double(value) == nil
    }
}
