/// `docs/glossary.md`, generated from ``Glossary`` and ``ColumnGlossary`` so that the reviewed list
/// and the words the tool prints cannot drift apart (a test compares the file with this text;
/// regenerate it with `UPTAKE_UPDATE_GOLDEN=1 swift test --filter GlossaryTests`).
public enum GlossaryDocument {
    public static var markdown: String {
        var out = ["# Glossary: the words Uptake prints, in English and Vietnamese", "",
                   "Generated from `Sources/UptakeReport/Language/` (`UPTAKE_UPDATE_GOLDEN=1 swift test --filter GlossaryTests`); a test fails when this file and the code differ.",
                   "The Vietnamese follows the documents the officials work from: Decision 766/QĐ-TTg's indicators (tỷ lệ hồ sơ trực tuyến, tỷ lệ trả kết quả trực tuyến, đồng bộ hồ sơ),",
                   "Plan 02-KH/BCĐTW's conditions (chữ ký số, chứng thư số, Bộ phận Một cửa), the public-service portal's sector names (hộ tịch, đất đai, chứng thực).",
                   "Numbers: 1.234.567 and 32,73 % in Vietnamese, 1,234,567 and 32.73% in English; dates 31/7/2025 and 2025-07-31.",
                   "Review status: written by the engineering team from those documents; not yet reviewed by an official of the Steering Committee's office.", ""]
        for group in Glossary.groups {
            out += ["## \(group.title.en) / \(group.title.vi)", "", "| identifier | English | Tiếng Việt |", "| --- | --- | --- |"]
            out += group.terms.map { "| `\($0.id)` | \($0.en) | \($0.vi) |" }
            out.append("")
        }
        out += ["## Table headers / Tiêu đề cột", "", "| column | English | Tiếng Việt |", "| --- | --- | --- |"]
        out += ColumnGlossary.list.sorted { $0.id < $1.id }.map { "| `\($0.id)` | \($0.en) | \($0.vi) |" }
        return out.joined(separator: "\n") + "\n"
    }
}
