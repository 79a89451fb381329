"""Start-up of a big generated SDK (GitHub's): what using one model or one method costs.

(a) a whole process ``import gh; gh.Gh(api_key="k"); from gh.types import Repository`` beside the
    floor ``import httpx, pydantic; httpx.Client()``, alternated; median wall time, CPU time and
    peak RSS. Target (issue #14): ≤ 2× the floor.
(b) one method of one resource called (``client.repos.get``, answered by an in-process transport):
    which resource and model modules it loaded, of how many.

The SDK is a compiled copy, as pip would have installed it.
Usage: sdkgen generate --spec ../shared/specs/github.json --output /tmp/gh --package-name gh
       python benchmarks/big_sdk.py --sdk /tmp/gh [--runs 9]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from sdk import BASELINE_STARTUP, measure_process

TARGET_RATIO = 2.0

CALL = """
import json, sys, httpx, {package}
answer = httpx.MockTransport(lambda request: httpx.Response(200, json={{"id": 1, "name": "r"}}))
client = {package}.{client}(api_key="k", http_client=httpx.Client(transport=answer))
try:
    client.{method}
except {package}.APIError:  # a made-up body need not match the model: its modules are loaded by then
    pass
loaded = sorted(m for m in sys.modules if m.startswith(("{package}.resources.", "{package}.types.")))
print(json.dumps(loaded))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sdk", type=Path, required=True, help="folder the SDK was generated into")
    parser.add_argument("--package", default="gh")
    parser.add_argument("--client", default="Gh")
    parser.add_argument("--model", default="Repository")
    parser.add_argument("--method", default="repos.get(owner='o', repo='r')")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        shutil.copytree(
            args.sdk / args.package,
            Path(folder) / args.package,
            ignore=shutil.ignore_patterns("__pycache__"),
        )
        compileall.compile_dir(folder, quiet=1)
        env = {**os.environ, "PYTHONPATH": folder}
        use_one_model = (
            f"import {args.package}; {args.package}.{args.client}(api_key='k'); "
            f"from {args.package}.types import {args.model}"
        )
        sdk, floor = [], []
        for _ in range(args.runs):
            sdk.append(measure_process(use_one_model, env))
            floor.append(measure_process(BASELINE_STARTUP, env))
        code = CALL.format(package=args.package, client=args.client, method=args.method)
        loaded = json.loads(
            subprocess.run(
                [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
            ).stdout
        )
    package = args.sdk / args.package
    print(f"(a) `{use_one_model}` beside `{BASELINE_STARTUP}`, {args.runs} runs each, medians")
    print(f"| {'':<10} | {'wall s':>7} | {'CPU s':>6} | {'peak MiB':>8} |")
    print(f"|{'-' * 12}|{'-' * 9}|{'-' * 8}|{'-' * 10}|")
    medians = {}
    for label, samples in (("SDK", sdk), ("floor", floor)):
        medians[label] = {key: statistics.median(s[key] for s in samples) for key in samples[0]}
        m = medians[label]
        print(
            f"| {label:<10} | {m['seconds']:>7.3f} | {m['cpu_seconds']:>6.3f} | {m['peak_mib']:>8.1f} |"
        )
    for key, label in (
        ("seconds", "wall time"),
        ("cpu_seconds", "CPU time"),
        ("peak_mib", "peak RSS"),
    ):
        ratio = medians["SDK"][key] / medians["floor"][key]
        print(
            f"{label}: {ratio:.2f}× the floor (target ≤ {TARGET_RATIO}×: {'PASS' if ratio <= TARGET_RATIO else 'MISS'})"
        )
    resources = [m for m in loaded if ".resources." in m]
    models = [m for m in loaded if ".types." in m]
    print(
        f"(b) client.{args.method} loaded {len(resources)} of {len(list((package / 'resources').glob('*.py'))) - 1} "
        f"resource modules ({', '.join(r.split('.')[-1] for r in resources)}) and {len(models)} of "
        f"{len(list((package / 'types').glob('*.py'))) - 1} model modules"
    )


if __name__ == "__main__":
    main()
