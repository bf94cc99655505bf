#!/usr/bin/env python3
"""Names as the register spells them: the tone mark of an open syllable ending in oa, oe or uy on its
first vowel (Khánh Hòa, Thanh Hóa, Thủy), as Resolution 202/2025/QH15 and Decision 19/2025/QĐ-TTg (the
list of administrative units and their codes) write them. The source files (../shared/data) put it
on the second (Khánh Hoà, Thanh Hoá). A syllable with a final consonant or a third vowel (Hoàng,
Khoái, Huỳnh) and qu + y (Quý) are the same in both styles and are left alone.

    python3 scripts/official_spelling.py datasets/vn-localities-2025.csv [more.csv ...]   # rewrites in place

The columns rewritten are those whose header contains 'name' (but not name_en, the ASCII name) and
`formed_from` (the mergers' former provinces). Line endings are kept as the file has them.
"""
import csv, io, re, sys, unicodedata

TONES = "\u0300\u0301\u0309\u0303\u0323"  # grave, acute, hook above, tilde, dot below
SYLLABLE = re.compile(r"(?P<lead>\w*?)(?P<v1>[oOuU])(?P<v2>[aAeEyY])(?P<tone>[" + TONES + r"])$")


def syllable(word: str) -> str:
    d = unicodedata.normalize("NFD", word)
    m = SYLLABLE.match(d)
    if not m:
        return word
    if m["v1"] in "uU" and m["v2"] not in "yY":
        return word
    if m["v1"] in "oO" and m["v2"] in "yY":
        return word
    if m["v1"] in "uU" and m["lead"][-1:] in ("q", "Q"):
        return word
    return unicodedata.normalize("NFC", m["lead"] + m["v1"] + m["tone"] + m["v2"])


def official(text: str) -> str:
    return re.sub(r"\w+", lambda m: syllable(m.group(0)), text)


def main(paths):
    for path in paths:
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        ending = "\r\n" if "\r\n" in text else "\n"
        rows = list(csv.reader(io.StringIO(text, newline="")))
        header = rows[0]
        cols = [i for i, h in enumerate(header) if ("name" in h and not h.endswith("_en")) or h == "formed_from"]
        changed = 0
        for row in rows[1:]:
            for i in cols:
                if i < len(row):
                    new = official(row[i])
                    changed += new != row[i]
                    row[i] = new
        out = io.StringIO()
        csv.writer(out, lineterminator=ending).writerows(rows)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(out.getvalue())
        print(f"{path}: {changed} names respelt")


if __name__ == "__main__":
    main(sys.argv[1:])
