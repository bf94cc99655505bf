import Foundation

/// Vietnamese written in either placement of the tone mark: the register's (on the first vowel of an
/// open syllable in oa, oe, uy: Khánh Hòa, Thanh Hóa, Thủy) or the newer one (Khánh Hoà, Thanh Hoá,
/// Thuỷ). Both spell the same name, so names are compared after ``registerSpelling(_:)``; the
/// shipped localities are already in it (`scripts/official_spelling.py` made them so, by the same rule).
///
/// ```swift
/// ToneSpelling.registerSpelling("Khánh Hoà") == "Khánh Hòa"   // true
/// ToneSpelling.registerSpelling("Hoàng Mai") == "Hoàng Mai"   // a final consonant: the same in both
/// ```
public enum ToneSpelling {
    /// Grave, acute, hook above, tilde and dot below: the five tone marks as combining characters.
    static let tones: Set<Unicode.Scalar> = ["\u{0300}", "\u{0301}", "\u{0309}", "\u{0303}", "\u{0323}"]

    /// `text` with each syllable's tone mark where the register puts it.
    public static func registerSpelling(_ text: String) -> String {
        var out = ""
        var word = ""
        for c in text {
            if c.isLetter { word.append(c) } else { out += syllable(word); word = ""; out.append(c) }
        }
        return out + syllable(word)
    }

    /// One word: `o`/`u` + `a`/`e`/`y` + a tone mark, ending the word (and not `qu` + `y`, nor `oy`):
    /// the mark moves onto the first vowel.
    static func syllable(_ word: String) -> String {
        let scalars = Array(word.decomposedStringWithCanonicalMapping.unicodeScalars)
        guard scalars.count >= 3, let tone = scalars.last, tones.contains(tone) else { return word }
        let v1 = Character(scalars[scalars.count - 3]).lowercased(), v2 = Character(scalars[scalars.count - 2]).lowercased()
        let lead = scalars.count >= 4 ? Character(scalars[scalars.count - 4]).lowercased() : ""
        let opens = (v1 == "o" && (v2 == "a" || v2 == "e")) || (v1 == "u" && v2 == "y" && lead != "q")
        guard opens else { return word }
        var moved = Array(scalars.dropLast(2))
        moved.append(tone)
        moved.append(scalars[scalars.count - 2])
        var view = String.UnicodeScalarView()
        view.append(contentsOf: moved)
        return String(view).precomposedStringWithCanonicalMapping
    }
}
