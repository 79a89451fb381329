"""Response parsing speed of each built-in style: a 10,000-record list response decoded into models.

Both SDKs are generated from the spec into a temporary folder (``humanloop`` in the default style,
``humanloop_msgspec`` in python-msgspec). Each record is the spec's example of the item schema.
Measured per style and list endpoint, the best of ``--runs`` (the machine's other load only ever
adds time, so the fastest run is the most repeatable figure):

* decode: ``_models.decode`` of the body bytes (what the client calls on a response), warm;
* via client: the whole SDK call, answered by an ``httpx.MockTransport`` (no network);
* cold process: a fresh interpreter importing the SDK and decoding once (benchmarks/_measure.py:
  wall time and peak RSS).

Usage: python benchmarks/parse.py [--records 10000] [--runs 7]
"""

from __future__ import annotations

import argparse
import functools
import gc
import importlib
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
STYLES = {"python": "humanloop", "python-msgspec": "humanloop_msgspec"}
#: List endpoints measured: a small flat record, a larger nested one, and a paginated one (its
#: client call gets the records in a page envelope).
CASES = ("datasets.list_all_for_project", "evaluations.list_all_for_project", "projects.list")


def generate(style: str, package: str, out: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--style",
            style,
            "--output",
            str(out),
            "--package-name",
            package,
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def list_body(call_name: str, records: int) -> tuple[bytes, bytes, str, dict[str, Any]]:
    """``records`` example items as a JSON list and as the call's response body, the item model's
    name and the call's arguments."""
    from generator.config import load_settings
    from generator.ir.build import build
    from generator.ir.examples import example_value
    from generator.ir.types_map import TypeMapper
    from generator.spec.load import load

    document = load(ROOT / "spec" / "humanloop.yaml")
    api = build(document, load_settings(ROOT))
    op = next(o for o in api.all_operations if o.call_name == call_name)
    model = (
        op.pagination.item_annotation if op.pagination else op.return_annotation[len("List[") : -1]
    )
    schema_name = next(m.schema_name for m in api.models if m.name == model)
    mapper = TypeMapper(document.data, {})
    record = example_value(mapper, {"$ref": f"#/components/schemas/{schema_name}"}, model)
    arguments = {p.name: p.example for p in op.parameters if p.required}
    items = [record] * records
    response = (
        {"records": items, "page": 1, "size": records, "total": records} if op.pagination else items
    )
    return json.dumps(items).encode(), json.dumps(response).encode(), model, arguments


def best_seconds(action: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        gc.collect()  # garbage of the previous run must not be collected during this one
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return min(samples)


def call(
    package: ModuleType, call_name: str, body: bytes, arguments: dict[str, Any]
) -> Callable[[], object]:
    """A function making the SDK call, answered with ``body`` by a mock transport."""
    transport = httpx.MockTransport(
        lambda request: httpx.Response(
            200, content=body, headers={"content-type": "application/json"}
        )
    )
    client = getattr(package, package.__all__[0])(
        api_key="k", http_client=httpx.Client(transport=transport)
    )
    target: Any = client
    for part in call_name.split("."):
        target = getattr(target, part)
    return lambda: target(**arguments)


def cold_process(folder: Path, package: str, model: str, body_file: Path) -> dict[str, float]:
    script = (
        f"from {package}._models import decode; from {package}.types import {model}; "
        f"import pathlib; decode(list[{model}], pathlib.Path({str(body_file)!r}).read_bytes())"
    )
    out = subprocess.run(
        [sys.executable, str(HERE / "_measure.py"), sys.executable, "-c", script],
        cwd=folder,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return dict(json.loads(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for style, package in STYLES.items():
            generate(style, package, work / style)
            sys.path.insert(0, str(work / style))
        print(
            f"records per response: {args.records}  runs: {args.runs}  (best run; cold process: one run)"
        )
        print(
            f"| {'endpoint':<34} | {'style':<14} | {'body MB':>7} | {'decode ms':>9} "
            f"| {'records/s':>10} | {'via client ms':>13} | {'cold process s':>14} | {'peak MiB':>8} |"
        )
        print(
            f"|{'-' * 36}|{'-' * 16}|{'-' * 9}|{'-' * 11}|{'-' * 12}|{'-' * 15}|{'-' * 16}|{'-' * 10}|"
        )
        for case in CASES:
            body, response, model, arguments = list_body(case, args.records)
            body_file = work / f"{case}.json"
            body_file.write_bytes(body)
            for style, package_name in STYLES.items():
                package = importlib.import_module(package_name)
                decode = importlib.import_module(f"{package_name}._models").decode
                item_type = list[getattr(importlib.import_module(f"{package_name}.types"), model)]
                decoded = decode(item_type, body)
                assert len(decoded) == args.records and type(decoded[0]).__name__ == model
                decode_s = best_seconds(functools.partial(decode, item_type, body), args.runs)
                client_s = best_seconds(call(package, case, response, arguments), args.runs)
                cold = cold_process(work / style, package_name, model, body_file)
                print(
                    f"| {case:<34} | {style:<14} | {len(body) / 1e6:>7.2f} | {decode_s * 1000:>9.1f} "
                    f"| {args.records / decode_s:>10,.0f} | {client_s * 1000:>13.1f} "
                    f"| {cold['seconds']:>14.2f} | {cold['peak_mib']:>8.1f} |"
                )


if __name__ == "__main__":
    main()
