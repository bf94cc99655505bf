#!/usr/bin/env python3
"""What each module of a release build adds to start-up work that scales with the binary: its protocol
conformance records (the runtime scans them all for each new type-protocol pair) and its absolute
pointers in data (each a relative relocation the loader applies at every start of a PIE).

    module-weight.py [BUILD_DIR]    (default .build-release/x86_64-unknown-linux-gnu/release)

Reads the object files of each MODULE.build folder with readelf (binutils); prints one line per module,
the largest first, and the totals. An estimate: the linker drops unused sections (--gc-sections), and
the static standard library and Foundation, linked from the toolchain, are not in the build folder.
"""
import os
import re
import subprocess
import sys


def weigh(path):
    """Conformance records and absolute 64-bit relocations outside code and debug info in one object file."""
    sections = subprocess.run(["readelf", "-SW", path], capture_output=True, text=True, errors="replace").stdout
    records = 0
    for line in sections.splitlines():
        m = re.match(r"\s*\[\s*\d+\]\s+(\S+)\s+\S+\s+[0-9a-f]+\s+[0-9a-f]+\s+([0-9a-f]+)", line)
        if m and m.group(1) == "swift5_protocol_conformances":
            records += int(m.group(2), 16) // 4
    relocations = subprocess.run(["readelf", "-rW", path], capture_output=True, text=True, errors="replace").stdout
    pointers, counting = 0, False
    for line in relocations.splitlines():
        if line.startswith("Relocation section"):
            name = line.split("'")[1]
            counting = not (name.startswith(".rela.text") or name.startswith(".rela.debug") or name == ".rela.eh_frame")
        elif counting and "R_X86_64_64" in line:
            pointers += 1
    return records, pointers


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else ".build-release/x86_64-unknown-linux-gnu/release"
    rows = []
    for entry in sorted(os.listdir(root)):
        if not entry.endswith(".build"):
            continue
        folder = os.path.join(root, entry)
        totals = [0, 0]
        for dirpath, _, files in os.walk(folder):
            for f in files:
                if f.endswith(".o"):
                    r, p = weigh(os.path.join(dirpath, f))
                    totals[0] += r
                    totals[1] += p
        if totals != [0, 0]:
            rows.append((entry[: -len(".build")], *totals))
    rows.sort(key=lambda row: -row[1])
    print(f"{'module':40} {'conformances':>12} {'pointers':>10}")
    for name, records, pointers in rows:
        print(f"{name:40} {records:12,} {pointers:10,}")
    print(f"{'total':40} {sum(r[1] for r in rows):12,} {sum(r[2] for r in rows):10,}")


if __name__ == "__main__":
    main()
