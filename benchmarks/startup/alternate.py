#!/usr/bin/env python3
"""Start-up cost of two commands, run in turn (A B A B ...) so that a drift in the machine's speed
touches both alike: the median CPU (user + system, from the kernel's accounting of each child) and
wall time of each, and the median of the pair-by-pair ratios A/B.

    alternate.py [-n PAIRS] 'COMMAND A' 'COMMAND B'

Each command is one string split as a shell splits words (no shell runs it); its output is thrown
away. One warm-up run of each first, not counted. Standard library only.
"""
import argparse
import os
import resource
import shlex
import statistics
import subprocess
import time


def run(argv):
    """CPU seconds (user + sys) and wall seconds of one run of argv."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    status = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if status != 0:
        raise SystemExit(f"{' '.join(argv)} exited with {status}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=21, help="pairs counted (default 21)")
    parser.add_argument("a")
    parser.add_argument("b")
    args = parser.parse_args()
    a, b = shlex.split(args.a), shlex.split(args.b)
    run(a), run(b)
    rows = [(run(a), run(b)) for _ in range(args.n)]
    ms = lambda values: f"{1000 * statistics.median(values):.1f} ms"
    for name, index in (("cpu", 0), ("wall", 1)):
        av, bv = [r[0][index] for r in rows], [r[1][index] for r in rows]
        ratios = [x / y for x, y in zip(av, bv) if y > 0]
        print(f"{name}: A {ms(av)}, B {ms(bv)}, A/B median {statistics.median(ratios):.2f} "
              f"(min {min(ratios):.2f}, max {max(ratios):.2f}, {len(ratios)} pairs)")
    print(f"A = {args.a}\nB = {args.b}\nload average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
