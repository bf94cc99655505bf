import UptakeCore
import UptakeReport

/// What a cell becomes in a workbook: a number with its number format, text, a boolean, or nothing.
/// Numbers stay numbers, so Excel sums, sorts and shows them in its own locale (1.234.567 in a
/// Vietnamese Excel); only the format string says how.
enum WorkbookValue: Equatable {
    case number(Double, format: String)
    case text(String)
    case boolean(Bool)
    case blank

    /// `cell` for a reader of `language` (`nil`: an analyst: identifiers, and flags as booleans).
    init(_ cell: Cell, in language: Language?) {
        switch cell {
        case .text(let s): self = s.isEmpty ? .blank : .text(s)
        case .term(let t): self = .text(language.map(t.text) ?? t.id)
        case .integer(let i): self = .number(Double(i), format: NumberFormat.integer)
        case .percent(let v, let d): self = .finite(v, NumberFormat.percent(d))
        // A difference of proportions shown in points: the cell holds the points (0.0076 → 0.76).
        case .points(let v, let d): self = .finite(v * 100, NumberFormat.points(d, in: language))
        case .number(let v, let d): self = .finite(v, NumberFormat.decimal(d))
        case .pValue(let p): self = .finite(p, NumberFormat.pValue)
        case .flag(let b):
            guard let language else { self = .boolean(b); return }
            self = .text(b ? language.pick(en: "yes", vi: "có") : language.pick(en: "no", vi: "không"))
        case .list(let names): self = names.isEmpty ? .blank : .text(names.joined(separator: ", "))
        case .counts(let keys, let values):
            let count = { (n: Int64) in language?.numbers.integer(n) ?? String(n) }
            self = keys.isEmpty ? .blank : .text(zip(keys, values).map { "\($0) \(count($1))" }.joined(separator: ", "))
        case .empty: self = .blank
        }
    }

    /// Excel has no NaN or infinity: such a number is an empty cell.
    private static func finite(_ x: Double, _ format: String) -> WorkbookValue { x.isFinite ? .number(x, format: format) : .blank }

    /// About how many characters the cell shows: for the column's width.
    var shownWidth: Int {
        switch self {
        case .text(let s): return s.count
        case .boolean: return 5
        case .blank: return 0
        case .number(let x, let format):
            // The whole part with its group separators and sign, then about what the format adds
            // (decimals, %, a unit): its first section's length, an overestimate that leaves room.
            let whole = String(Int64(Swift.min(abs(x), 1e15)))
            let added = format == NumberFormat.integer ? 0 : Swift.min(format.prefix { $0 != ";" }.count, 14)
            return whole.count + (whole.count - 1) / 3 + (x < 0 ? 1 : 0) + added
        }
    }
}

/// Excel number formats (Excel shows them in the reader's locale: `#,##0` is 1.234.567 in Vietnamese).
enum NumberFormat {
    static let integer = "#,##0"
    /// Below 0.0001 in scientific notation rather than rounded to 0.0000.
    static let pValue = "[<0.0001]0.00E+00;0.0000"

    static func decimal(_ digits: Int) -> String { integer + decimals(digits) }
    static func percent(_ digits: Int) -> String { "0" + decimals(digits) + "%" }

    /// Signed, with the unit a reader says: `+0.76 pp`, `+0,76 điểm %` (quoted: the % is a word here,
    /// not Excel's times-100).
    static func points(_ digits: Int, in language: Language?) -> String {
        let body = "0" + decimals(digits) + "\" \((language ?? .en).pick(en: "pp", vi: "điểm %"))\""
        return "+" + body + ";-" + body + ";" + body
    }

    private static func decimals(_ digits: Int) -> String { digits > 0 ? "." + String(repeating: "0", count: digits) : "" }
}
