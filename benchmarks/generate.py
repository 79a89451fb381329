"""Generator speed and memory: sdkgen beside openapi-python-client on the same spec.

Cases: a cold generate (fresh process, empty output, no cache), a no-op regenerate, and a
regenerate after one operation's description changed. Prints a table of medians.
Usage: python benchmarks/generate.py [--spec spec/humanloop.yaml] [--runs 5]
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
    """Wall time and peak RSS of one run of ``command``."""
    out = subprocess.run([sys.executable, str(HERE / "_measure.py"), *command], cwd=cwd,
                         check=True, capture_output=True, text=True).stdout
    return dict(json.loads(out))


def sdkgen(spec: Path, out: Path) -> list[str]:
    return [str(BIN / "sdkgen"), "generate", "--spec", str(spec), "--output", str(out),
            "--package-name", "humanloop"]


def opc(spec: Path, out: Path) -> list[str]:
    return [str(BIN / "openapi-python-client"), "generate", "--path", str(spec),
            "--output-path", str(out), "--overwrite", "--meta", "none"]


def change_one_description(spec: Path, counter: int) -> None:
    is_json = spec.suffix == ".json"
    document = json.loads(spec.read_text()) if is_json else yaml.safe_load(spec.read_text())
    operation = next(iter(next(iter(document["paths"].values())).values()))
    operation["description"] = f"Changed description #{counter}."
    spec.write_text(json.dumps(document, indent=1) if is_json else yaml.safe_dump(document, sort_keys=False))


def run_case(tool: Callable[[Path, Path], list[str]], case: str, source: Path, runs: int) -> dict[str, float]:
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
    return {
        "seconds": statistics.median(s["seconds"] for s in samples),
        "peak_mib": statistics.median(s["peak_mib"] for s in samples),
    }


#: Targets on a 2-core machine (issue #3): seconds per case, and peak memory for every case.
TARGET_SECONDS = {"cold": 2.0, "no-op regenerate": 0.3, "one operation changed": 0.6}
TARGET_MIB = 150.0


def verdict(ours: dict[str, float], case: str) -> str:
    met = ours["seconds"] <= TARGET_SECONDS[case] and ours["peak_mib"] <= TARGET_MIB
    return f"≤{TARGET_SECONDS[case]:.1f} s, ≤{TARGET_MIB:.0f} MiB: {'PASS' if met else 'MISS'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=HERE.parent / "spec" / "humanloop.yaml")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    have_opc = (BIN / "openapi-python-client").exists()
    if not have_opc:
        print("openapi-python-client is not installed (pip install -e '.[bench]'); showing sdkgen only")
    print(f"spec: {args.spec}  runs per case: {args.runs}  (median wall time, median peak RSS)")
    print(f"| {'case':<24} | {'sdkgen s':>9} | {'sdkgen MiB':>10} | {'opc s':>7} | {'opc MiB':>8} | target")
    print(f"|{'-' * 26}|{'-' * 11}|{'-' * 12}|{'-' * 9}|{'-' * 10}|{'-' * 28}")
    for case in ("cold", "no-op regenerate", "one operation changed"):
        ours = run_case(sdkgen, case, args.spec, args.runs)
        theirs = run_case(opc, case, args.spec, args.runs) if have_opc else None
        other = f"{theirs['seconds']:>7.2f} | {theirs['peak_mib']:>8.1f}" if theirs else f"{'-':>7} | {'-':>8}"
        print(f"| {case:<24} | {ours['seconds']:>9.2f} | {ours['peak_mib']:>10.1f} | {other} | {verdict(ours, case)}")


if __name__ == "__main__":
    main()
