"""How generation grows with the API: cold generates of synthetic specs of growing size.

Each size is a spec from benchmarks/synthetic_spec.py (0.8 schemas per operation, refs between
groups as in a real API), generated cold (fresh process, empty output, no cache). Prints, per
size, the median wall time, CPU time (user + system, workers included) and the peak RSS of the
largest process, then the growth exponent: the slope of log(time) over log(operations), fitted
over all sizes (1.0 is linear). Target (issue #14): exponent ≤ 1.1.
Usage: python benchmarks/growth.py [--sizes 100 1000 5000] [--runs 1]
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import tempfile
from pathlib import Path

from generate import measure, sdkgen
from synthetic_spec import spec

TARGET_EXPONENT = 1.1


def exponent(sizes: list[int], values: list[float]) -> float:
    """Least-squares slope of log(value) over log(size)."""
    xs, ys = [math.log(s) for s in sizes], [math.log(v) for v in values]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mean_x) ** 2 for x in xs
    )


def cold(operations: int, runs: int) -> dict[str, float]:
    samples = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            document = work / "spec.json"
            document.write_text(json.dumps(spec(operations)))
            samples.append(measure(sdkgen(document, work / "out"), work))
    return {key: statistics.median(s[key] for s in samples) for key in samples[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    print(f"cold sdkgen generate of synthetic specs; runs per size: {args.runs} (medians)")
    print(
        f"| {'operations':>10} | {'schemas':>7} | {'wall s':>7} | {'CPU s':>7} | {'peak MiB':>8} |"
    )
    print(f"|{'-' * 12}|{'-' * 9}|{'-' * 9}|{'-' * 9}|{'-' * 10}|")
    results = []
    for size in args.sizes:
        figures = cold(size, args.runs)
        results.append(figures)
        schemas = len(spec(size)["components"]["schemas"])
        print(
            f"| {size:>10,} | {schemas:>7,} | {figures['seconds']:>7.2f} | {figures['cpu_seconds']:>7.1f} | "
            f"{figures['peak_mib']:>8.0f} |",
            flush=True,
        )
    if len(args.sizes) >= 2:
        for key, label in (
            ("cpu_seconds", "CPU time"),
            ("seconds", "wall time"),
            ("peak_mib", "peak memory"),
        ):
            slope = exponent(args.sizes, [r[key] for r in results])
            verdict = (
                f"  (target ≤ {TARGET_EXPONENT}: {'PASS' if slope <= TARGET_EXPONENT else 'MISS'})"
            )
            print(
                f"growth exponent of {label}: {slope:.2f}" + (verdict if key != "peak_mib" else "")
            )


if __name__ == "__main__":
    main()
