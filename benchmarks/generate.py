"""Generator speed and memory: sdkgen beside openapi-python-client on the same spec.

Cases: a cold generate (fresh process, empty output, no cache), a no-op regenerate, and a
regenerate after one operation's description changed. Prints a table of medians: wall time,
CPU time (user + system, worker processes included: steadier than wall time on a busy machine),
and the peak RSS of the largest single process; and sdkgen's time over openapi-python-client's.
Usage: python benchmarks/generate.py [--spec spec/humanloop.yaml] [--runs 5]
       python benchmarks/generate.py --spec ../shared/specs/github.json --runs 1   (issue #14)
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent


def measure(command: list[str], cwd: Path) -> dict[str, float]:
    """Wall time, CPU time and peak RSS of one run of ``command``."""
    out = subprocess.run(
        [sys.executable, str(HERE / "_measure.py"), *command],
        cwd=cwd,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return dict(json.loads(out))


def sdkgen(spec: Path, out: Path) -> list[str]:
    return [
        str(BIN / "sdkgen"),
        "generate",
        "--spec",
        str(spec),
        "--output",
        str(out),
        "--package-name",
        "humanloop",
    ]


def opc(spec: Path, out: Path) -> list[str]:
    return [
        str(BIN / "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--output-path",
        str(out),
        "--overwrite",
        "--meta",
        "none",
    ]


def change_one_description(spec: Path, counter: int) -> None:
    is_json = spec.suffix == ".json"
    document = json.loads(spec.read_text()) if is_json else yaml.safe_load(spec.read_text())
    operation = next(iter(next(iter(document["paths"].values())).values()))
    operation["description"] = f"Changed description #{counter}."
    spec.write_text(
        json.dumps(document, indent=1) if is_json else yaml.safe_dump(document, sort_keys=False)
    )


def run_case(
    tool: Callable[[Path, Path], list[str]], case: str, source: Path, runs: int
) -> dict[str, float]:
    samples = []
    for run in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            spec = work / source.name
            shutil.copy(source, spec)
            out = work / "out"
            if case != "cold":
                measure(tool(spec, out), work)  # the state a regenerate starts from
            if case == "one operation changed":
                change_one_description(spec, run)
            samples.append(measure(tool(spec, out), work))
    return {key: statistics.median(s[key] for s in samples) for key in samples[0]}


CASES = ["cold", "no-op regenerate", "one operation changed"]
#: Targets on a 2-core machine for the Humanloop spec (issue #3): seconds per case, peak memory.
TARGET_SECONDS = {"cold": 2.0, "no-op regenerate": 0.3, "one operation changed": 0.6}
TARGET_MIB = 150.0
#: Targets for any other spec (issue #14, GitHub's): a cold run no slower than
#: openapi-python-client's and at most 400 MiB in its largest process; regenerates in seconds.
BIG_SPEC_SECONDS = {"no-op regenerate": 0.3, "one operation changed": 2.0}
BIG_SPEC_MIB = 400.0


def verdict(
    ours: dict[str, float], theirs: dict[str, float] | None, case: str, default_spec: bool
) -> str:
    if default_spec:
        met = ours["seconds"] <= TARGET_SECONDS[case] and ours["peak_mib"] <= TARGET_MIB
        return f"≤{TARGET_SECONDS[case]:.1f} s, ≤{TARGET_MIB:.0f} MiB: {'PASS' if met else 'MISS'}"
    if case != "cold":
        return f"≤{BIG_SPEC_SECONDS[case]:.1f} s: {'PASS' if ours['seconds'] <= BIG_SPEC_SECONDS[case] else 'MISS'}"
    if theirs is None:
        return "needs openapi-python-client"
    met = ours["seconds"] <= theirs["seconds"] and ours["peak_mib"] <= BIG_SPEC_MIB
    return f"≤1.0× opc, ≤{BIG_SPEC_MIB:.0f} MiB: {'PASS' if met else 'MISS'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=HERE.parent / "spec" / "humanloop.yaml")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--cases", nargs="+", choices=CASES, default=CASES, help="which cases to run (default: all)"
    )
    args = parser.parse_args()
    have_opc = (BIN / "openapi-python-client").exists()
    if not have_opc:
        print(
            "openapi-python-client is not installed (pip install -e '.[bench]'); showing sdkgen only"
        )
    default_spec = args.spec.resolve() == (HERE.parent / "spec" / "humanloop.yaml").resolve()
    print(
        f"spec: {args.spec}  runs per case: {args.runs}  (medians: wall s, CPU s, peak MiB of the largest process)"
    )
    print(
        f"| {'case':<24} | {'sdkgen':^24} | {'openapi-python-client':^24} | {'ratio':>5} | target"
    )
    print(f"|{'-' * 26}|{'-' * 26}|{'-' * 26}|{'-' * 7}|{'-' * 30}")
    for case in args.cases:
        ours = run_case(sdkgen, case, args.spec, args.runs)
        theirs = run_case(opc, case, args.spec, args.runs) if have_opc else None
        ratio = f"{ours['seconds'] / theirs['seconds']:>4.2f}×" if theirs else f"{'-':>5}"
        print(
            f"| {case:<24} | {figures(ours)} | {figures(theirs)} | {ratio} | "
            f"{verdict(ours, theirs, case, default_spec)}"
        )


def figures(measured: dict[str, float] | None) -> str:
    if measured is None:
        return f"{'-':^24}"
    return f"{measured['seconds']:>5.2f} s {measured['cpu_seconds']:>5.1f} cpu {measured['peak_mib']:>4.0f} M"


if __name__ == "__main__":
    main()
