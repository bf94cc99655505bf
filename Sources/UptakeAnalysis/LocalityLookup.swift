import Foundation
import UptakeCore

/// Finds a locality by its code or its name, as an analyst types it.
///
/// A code matches exactly. Then a name as typed (case and the tone mark's placement ignored: Khánh
/// Hoà is Khánh Hòa): "Thanh Xuân" is the Hà Nội ward, not also Hồ Chí Minh City's "Thạnh Xuân". Otherwise names are compared folded: case and diacritics ignored, đ read
/// as d, spaces collapsed, and an administrative prefix ("Tỉnh", "Thành phố", "Phường", "Xã", "Đặc
/// khu") optional; the short name, the full name and the English name are tried. A name that
/// matches several localities (the two "Ba Đình") is refused, listing each with its code and
/// province, so the caller can pick a code.
///
/// ```swift
/// let all = try await store.localities()
/// try LocalityLookup.find("ha noi", in: all).code        // "01"
/// try LocalityLookup.find("Thanh Xuân", in: all).code    // the ward's 5-digit code
/// ```
public enum LocalityLookup {
    /// The code of a locality by code or name, or ``Locality/nationCode`` for the nation ("VN",
    /// "nation", "Việt Nam", accents and case aside): what `explain` and `gap` accept.
    public static func code(_ text: String, in localities: [Locality]) throws(QueryError) -> String {
        let key = fold(text.trimmingCharacters(in: .whitespaces))
        if ["vn", "nation", "viet nam"].contains(key) { return Locality.nationCode }
        return try find(text, in: localities).code
    }

    /// - Throws: ``QueryError`` (`not_found`) when nothing matches, (`invalid_query`) when several do.
    public static func find(_ text: String, in localities: [Locality]) throws(QueryError) -> Locality {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let exact = localities.first(where: { $0.code == trimmed }) { return exact }
        // As typed (case aside) first, so "Thanh Xuân" is not also "Thạnh Xuân"; then without accents.
        let names = { (l: Locality) in [l.name, l.fullName, l.nameEn].compactMap { $0 } }
        // The tone mark's placement aside: "Thanh Hoá" is the register's "Thanh Hóa", not also "Thanh Hòa".
        let spelt = { (name: String) in ToneSpelling.registerSpelling(name).lowercased() }
        let lowered = spelt(trimmed)
        var matches = localities.filter { l in names(l).contains { spelt($0) == lowered } }
        if matches.isEmpty {
            let key = fold(trimmed)
            matches = localities.filter { l in names(l).contains { fold($0) == key || stripPrefix(fold($0)) == key } }
        }
        switch matches.count {
        case 1:
            return matches[0]
        case 0:
            throw QueryError("unknown locality \"\(text)\": no code or name matches", hint: "list codes and names with",
                             next: NextStep("localities", parameters: [.init("search", "TEXT")]), code: .notFound)
        default:
            let byCode = Dictionary(localities.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
            let list = matches.sorted { $0.code < $1.code }.map { m -> String in
                let province = m.parentCode.flatMap { byCode[$0] }.map { ", \($0.name) (\($0.code))" } ?? ""
                return "\(m.code) \(m.name) (\(m.level.rawValue)\(province))"
            }
            throw QueryError("the name \"\(text)\" is ambiguous: \(list.joined(separator: "; "))", hint: "give the code instead")
        }
    }

    /// Lowercase, without diacritics (đ as d), single spaces.
    public static func fold(_ text: String) -> String {
        let lowered = text.replacingOccurrences(of: "Đ", with: "d").replacingOccurrences(of: "đ", with: "d")
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        return lowered.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static let prefixes = ["thanh pho ", "tinh ", "phuong ", "xa ", "dac khu ", "thi tran "]

    static func stripPrefix(_ folded: String) -> String {
        for p in prefixes where folded.hasPrefix(p) { return String(folded.dropFirst(p.count)) }
        return folded
    }
}
