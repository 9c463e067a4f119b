#!/usr/bin/env python3
"""Summarizes the JMH JSON files that paired-forks.sh wrote into DIR.

Usage: paired-forks.py DIR IMPL_A IMPL_B

For each operation: the mean time of IMPL_A and of IMPL_B over the pairs (each fork's mean of its
iterations), their ratio, a 95% bootstrap interval of that ratio (pairs resampled together, 10,000
draws, fixed seed) and each pair's own ratio; as a Markdown table.
"""
import glob
import json
import random
import re
import statistics
import sys


def main(directory, a, b):
    forks = {}  # operation -> pair -> impl -> fork mean
    for path in glob.glob(directory + "/*.json"):
        match = re.match(r".*/(\d+)-(.+)\.json$", path)
        if not match:
            continue
        with open(path) as f:
            try:
                results = json.load(f)
            except json.JSONDecodeError:
                print(f"skipped {path}: not a finished JMH result", file=sys.stderr)
                continue
            for result in results:
                operation = ".".join(result["benchmark"].split(".")[-2:])
                times = [t for fork in result["primaryMetric"]["rawData"] for t in fork]
                forks.setdefault(operation, {}).setdefault(int(match.group(1)), {})[
                    match.group(2)
                ] = statistics.mean(times)
    print(f"| operation | pairs | {a} | {b} | {a} / {b} | 95% interval | each pair |")
    print("|---|---:|---:|---:|---:|---|---|")
    for operation in sorted(forks):
        pairs = [p for p in sorted(forks[operation]) if len(forks[operation][p]) == 2]
        xs = [forks[operation][p][a] for p in pairs]
        ys = [forks[operation][p][b] for p in pairs]
        rng = random.Random(1)
        draws = []
        for _ in range(10000):
            picked = [rng.randrange(len(pairs)) for _ in pairs]
            draws.append(
                statistics.mean(xs[i] for i in picked) / statistics.mean(ys[i] for i in picked)
            )
        draws.sort()
        each = ", ".join(f"{x / y:.2f}" for x, y in zip(xs, ys))
        print(
            f"| {operation} | {len(pairs)} | {statistics.mean(xs):.3g} | {statistics.mean(ys):.3g}"
            f" | {statistics.mean(xs) / statistics.mean(ys):.2f}"
            f" | {draws[250]:.2f}–{draws[9749]:.2f} | {each} |"
        )


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
