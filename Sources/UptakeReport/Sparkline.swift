/// A one-line chart of a series in block characters, lowest value `▁`, highest `█`.
///
/// Values are scaled linearly between the series' minimum and maximum into eight levels; a missing
/// (`NaN`) value is a space; a constant series is drawn at the middle level (`▄`).
///
/// ```swift
/// Sparkline.render([1, 2, 3, 4, 5, 6, 7, 8])   // "▁▂▃▄▅▆▇█"
/// ```
public enum Sparkline {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public static func render(_ values: [Double]) -> String {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return String(repeating: " ", count: values.count) }
        return String(values.map { v -> Character in
            guard v.isFinite else { return " " }
            guard high > low else { return levels[3] }
            let index = Int(((v - low) / (high - low) * Double(levels.count - 1)).rounded())
            return levels[min(max(index, 0), levels.count - 1)]
        })
    }
}

extension Cell {
    /// A number cell, or empty for `nil` and non-finite values (JSON has no NaN).
    static func number(_ v: Double?, _ digits: Int) -> Cell {
        guard let v, v.isFinite else { return .empty }
        return .number(v, digits: digits)
    }

    /// A percent cell, or empty for `nil` and non-finite values.
    static func percent(_ v: Double?, _ digits: Int) -> Cell {
        guard let v, v.isFinite else { return .empty }
        return .percent(v, digits: digits)
    }

    /// A percentage-point cell, or empty for `nil` and non-finite values.
    static func points(_ v: Double?, _ digits: Int) -> Cell {
        guard let v, v.isFinite else { return .empty }
        return .points(v, digits: digits)
    }

    static func pValue(_ p: Double?) -> Cell { p.map(Cell.pValue) ?? .empty }
    static func flag(_ b: Bool?) -> Cell { b.map(Cell.flag) ?? .empty }
}
