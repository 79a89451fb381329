"""Speed and memory of the generated SDK (``humanloop``) beside plain httpx.

(a) start-up: a whole process ``import humanloop; humanloop.Humanloop(api_key="k")`` beside
    ``import httpx, pydantic; httpx.Client()``, alternated; median wall time and peak RSS.
(b) per call: ``client.projects.get(id=...)`` beside the same request made with raw httpx and
    ``json.loads``, against a local uvicorn server (benchmarks/_api_server.py, its own process);
    median over rounds that alternate the two.
(c) a 10,000-record page: ``client.projects.list(size=10000)`` fetched and parsed into models,
    beside raw httpx and ``json.loads``; and the SDK's parse of that body alone.

Prints measured figures, the targets of issue #4 and PASS/MISS.
Usage: python benchmarks/sdk.py [--runs 15] [--rounds 7] [--calls 300]
"""

from __future__ import annotations

import argparse
import compileall
import functools
import importlib.util
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
API_KEY = "hl-benchmark-key"
PAGE_SIZE = 10_000

SDK_STARTUP = "import humanloop; humanloop.Humanloop(api_key='k')"
BASELINE_STARTUP = "import httpx, pydantic; httpx.Client()"


def measure_process(code: str, env: dict[str, str]) -> dict[str, float]:
    """Wall time and peak RSS of ``python -c code`` as a whole process."""
    command = [sys.executable, str(HERE / "_measure.py"), sys.executable, "-c", code]
    out = subprocess.run(command, check=True, capture_output=True, text=True, env=env).stdout
    return dict(json.loads(out))


@contextmanager
def installed_copy() -> Iterator[dict[str, str]]:
    """The environment of a process that imports ``humanloop`` as pip would have installed it.

    pip compiles a wheel's modules to ``.pyc`` files when it installs them, as it did for httpx
    and pydantic; the editable SDK has none (and PYTHONDONTWRITEBYTECODE may keep it so), which
    would charge it for compiling its sources. So: a compiled copy, first on the path.
    """
    spec = importlib.util.find_spec("humanloop")
    assert spec is not None and spec.origin is not None, "install the SDK: bash tests/run.sh"
    source = Path(spec.origin).parent
    with tempfile.TemporaryDirectory() as folder:
        shutil.copytree(
            source, Path(folder) / "humanloop", ignore=shutil.ignore_patterns("__pycache__")
        )
        compileall.compile_dir(folder, quiet=1)
        env = {**os.environ, "PYTHONPATH": folder}
        located = subprocess.run(
            [sys.executable, "-c", "import humanloop; print(humanloop.__file__)"],
            check=True,
            capture_output=True,
            text=True,
            env=env,
        ).stdout
        assert located.startswith(folder), located
        yield env


def startup(runs: int) -> tuple[dict[str, float], dict[str, float]]:
    """Medians for the SDK and the baseline, runs alternated so that both see the same machine."""
    sdk, baseline = [], []
    with installed_copy() as env:
        for _ in range(runs):
            sdk.append(measure_process(SDK_STARTUP, env))
            baseline.append(measure_process(BASELINE_STARTUP, env))
    return _medians(sdk), _medians(baseline)


def _medians(samples: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(s[key] for s in samples) for key in samples[0]}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def api_server() -> Iterator[str]:
    """benchmarks/_api_server.py in its own process; yields its base URL."""
    port = free_port()
    process = subprocess.Popen([sys.executable, str(HERE / "_api_server.py"), str(port)])
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"{url}/projects/pr_1", timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the benchmark server did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(10)


def per_call_seconds(call: Callable[[], object], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        call()
    return (time.perf_counter() - started) / calls


def alternate(
    sdk: Callable[[], object], raw: Callable[[], object], rounds: int, calls: int
) -> tuple[float, float]:
    """Median seconds per call of each, over ``rounds`` that alternate them (after a warm-up)."""
    per_call_seconds(sdk, max(calls // 10, 1))
    per_call_seconds(raw, max(calls // 10, 1))
    sdk_times, raw_times = [], []
    for _ in range(rounds):
        sdk_times.append(per_call_seconds(sdk, calls))
        raw_times.append(per_call_seconds(raw, calls))
    return statistics.median(sdk_times), statistics.median(raw_times)


def calls_and_pages(url: str, rounds: int, calls: int) -> dict[str, float]:
    import humanloop
    from humanloop._pagination import PaginationSpec, parse_page
    from humanloop.types import ProjectResponse

    headers = {"X-API-KEY": API_KEY, "Accept": "application/json"}
    figures: dict[str, float] = {}
    with (
        humanloop.Humanloop(api_key=API_KEY, base_url=url) as client,
        httpx.Client(base_url=url, headers=headers) as raw,
    ):
        figures["get"], figures["get_raw"] = alternate(
            lambda: client.projects.get(id="pr_1"),
            lambda: json.loads(raw.get("/projects/pr_1").content),
            rounds,
            calls,
        )
        page_rounds = max(rounds // 2, 3)
        figures["page"], figures["page_raw"] = alternate(
            lambda: client.projects.list(size=PAGE_SIZE).items,
            lambda: json.loads(raw.get("/projects", params={"size": PAGE_SIZE}).content),
            page_rounds,
            3,
        )
        body = raw.get("/projects", params={"size": PAGE_SIZE})
        spec = PaginationSpec(first_page=0)
        parse = functools.partial(parse_page, body, spec, ProjectResponse, requested={})
        assert len(parse().items) == PAGE_SIZE
        figures["page_parse"] = statistics.median(
            per_call_seconds(parse, 3) for _ in range(page_rounds)
        )
    return figures


def row(*cells: str) -> str:
    name, *rest = cells
    return f"| {name:<36} | " + " | ".join(f"{cell:>10}" for cell in rest) + " |"


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="processes per start-up case")
    parser.add_argument("--rounds", type=int, default=7, help="alternating rounds per call case")
    parser.add_argument("--calls", type=int, default=300, help="calls per round")
    args = parser.parse_args()
    sdk, base = startup(args.runs)
    with api_server() as url:
        figures = calls_and_pages(url, args.rounds, args.calls)
    time_ratio = sdk["seconds"] / base["seconds"]
    extra_mib = sdk["peak_mib"] - base["peak_mib"]
    call_ratio = figures["get"] / figures["get_raw"]
    page_ratio = figures["page"] / figures["page_raw"]
    print(
        f"python {sys.version.split()[0]}, httpx {httpx.__version__}, medians; baseline: "
        "(a) `import httpx, pydantic; httpx.Client()`, (b) and (c) raw httpx + json.loads"
    )
    print(row("case", "humanloop", "baseline", "measured", "target", "result"))
    print("|" + "|".join("-" * (width + 2) for width in (36, 10, 10, 10, 10, 10)) + "|")
    print(
        row(
            "(a) import + client: wall time",
            f"{sdk['seconds'] * 1000:.0f} ms",
            f"{base['seconds'] * 1000:.0f} ms",
            f"{time_ratio:.2f}x",
            "<= 1.20x",
            verdict(time_ratio <= 1.2),
        )
    )
    print(
        row(
            "(a) import + client: peak RSS",
            f"{sdk['peak_mib']:.1f} MiB",
            f"{base['peak_mib']:.1f} MiB",
            f"{extra_mib:+.1f} MiB",
            "<= +5 MiB",
            verdict(extra_mib <= 5),
        )
    )
    print(
        row(
            "(b) projects.get, per call",
            f"{figures['get'] * 1e6:.0f} us",
            f"{figures['get_raw'] * 1e6:.0f} us",
            f"{call_ratio:.2f}x",
            "<= 1.30x",
            verdict(call_ratio <= 1.3),
        )
    )
    print(
        row(
            f"(c) {PAGE_SIZE:,}-record page, fetch+parse",
            f"{figures['page'] * 1000:.0f} ms",
            f"{figures['page_raw'] * 1000:.0f} ms",
            f"{page_ratio:.2f}x",
            "-",
            "-",
        )
    )
    print(
        row(
            f"(c) {PAGE_SIZE:,}-record page, parse only",
            f"{figures['page_parse'] * 1000:.0f} ms",
            "-",
            "-",
            "-",
            "-",
        )
    )


if __name__ == "__main__":
    main()
