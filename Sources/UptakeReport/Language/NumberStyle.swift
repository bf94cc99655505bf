import Foundation
import UptakeCore

/// Numbers and dates as each language writes them: `1,234,567`, `32.73%`, `2025-07-31` in English;
/// `1.234.567`, `32,73 %`, `31/7/2025` in Vietnamese (TCVN practice: a comma for decimals, a dot
/// between thousands, the percent sign spaced, day/month/year as official documents date).
///
/// Written here rather than with Foundation's `NumberFormatter`: corelibs-foundation's `vi` locale
/// data differ between releases (its grouping separator), and a report must read the same on every
/// machine.
public struct NumberStyle: Sendable, Equatable {
    public let language: Language

    var decimalSeparator: Character { language == .vi ? "," : "." }
    var groupSeparator: Character { language == .vi ? "." : "," }

    /// `1,234,567` / `1.234.567`.
    public func integer(_ n: Int64) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(groupSeparator) }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    public func integer(_ n: Int) -> String { integer(Int64(n)) }

    /// `48,497.5` / `48.497,5`; `–` for a missing or non-finite value. A tiny negative that rounds to
    /// zero reads as zero.
    public func decimal(_ x: Double?, _ digits: Int = 1) -> String {
        guard let x, x.isFinite else { return "–" }
        var text = String(format: "%.\(digits)f", x)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { text.removeFirst() }
        let negative = text.hasPrefix("-")
        let body = negative ? text.dropFirst() : Substring(text)
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = Int64(parts[0]).map(integer) ?? String(parts[0])
        return (negative ? "-" : "") + whole + (parts.count > 1 ? String(decimalSeparator) + parts[1] : "")
    }

    /// A proportion as a percentage: `32.73%` / `32,73 %`.
    public func percent(_ p: Double?, _ digits: Int = 2) -> String {
        guard let p, p.isFinite else { return "–" }
        return decimal(p * 100, digits) + (language == .vi ? " %" : "%")
    }

    /// A difference of proportions in percentage points, signed: `+0.76 pp` / `+0,76 điểm %`.
    public func points(_ d: Double?, _ digits: Int = 2) -> String {
        guard let d, d.isFinite else { return "–" }
        let text = decimal(d * 100, digits)
        return (d >= 0 && !text.hasPrefix("-") ? "+" : "") + text + (language == .vi ? " điểm %" : " pp")
    }

    /// A relative change, signed: `+12.5%` / `+12,5 %`.
    public func change(_ r: Double?, _ digits: Int = 1) -> String {
        guard let r, r.isFinite else { return "–" }
        let text = percent(r, digits)
        return (r >= 0 && !text.hasPrefix("-") ? "+" : "") + text
    }

    /// `2025-07-31` / `31/7/2025`.
    public func date(_ d: Day) -> String {
        switch language {
        case .en: d.description
        case .vi: "\(d.components.day)/\(d.components.month)/\(d.components.year)"
        }
    }

    /// A month: `2025-07` / `tháng 7/2025`.
    public func month(year: Int, month: Int) -> String {
        switch language {
        case .en: String(format: "%04d-%02d", year, month)
        case .vi: "tháng \(month)/\(year)"
        }
    }

    /// A range of days: `2025-07-01..2025-07-31` / `1/7/2025–31/7/2025`; one day alone when first is last.
    public func range(_ r: DayRange) -> String {
        guard r.first != r.last else { return date(r.first) }
        return language == .vi ? "\(date(r.first))–\(date(r.last))" : "\(date(r.first))..\(date(r.last))"
    }

    /// A p-value: `p = 0.0123`, `p < 0.0001`.
    public func p(_ p: Double) -> String {
        p < 0.0001 ? "p < \(decimal(0.0001, 4))" : "p = \(decimal(p, 4))"
    }
}
