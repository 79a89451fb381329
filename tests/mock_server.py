"""Prism, the OpenAPI mock server, started on 127.0.0.1 for the end-to-end tests.

Prism answers every operation of the spec with an example response and, with ``--errors``,
answers a request that violates the spec with an error status instead of a mock, so the SDK's
requests are checked against the spec on every call.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "tests" / "prism" / "node_modules" / ".bin" / "prism"


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def require_prism() -> Path:
    """Prism's executable; skip (fail on CI) when `bash tests/run.sh` has not installed it."""
    if not PRISM.exists():
        message = "Prism is not installed: run `bash tests/run.sh` (it runs npm install in tests/prism)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return PRISM


@contextmanager
def prism(spec: Path, *, errors: bool = True, start_seconds: float = 60) -> Iterator[str]:
    """Run ``prism mock SPEC`` on a free port; yield its base URL.

    Prism always answers a request that breaks the spec with 422 (401 without credentials).
    ``errors=False`` lets its answers through even where the spec's own examples break the
    spec's schemas (Prism then only lists the violations in an ``sl-violations`` header), as a
    real server's deviations reach the SDK; with ``errors`` such an answer becomes a 500.
    ``start_seconds``: how long Prism may take to read the spec (GitHub's 13 MB take minutes).
    """
    port = free_port()
    log = (ROOT / ".pytest_cache").joinpath(f"prism-{port}.log")
    log.parent.mkdir(exist_ok=True)
    with log.open("w") as output:
        process = subprocess.Popen(
            [str(require_prism()), "mock", str(spec), "--host", "127.0.0.1", "--port", str(port),
             *(["--errors"] if errors else [])],
            stdout=output, stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_until_up(url, process, log, start_seconds)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()


def _wait_until_up(url: str, process: subprocess.Popen[bytes], log: Path, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"prism exited with {process.returncode}:\n{log.read_text()}")
        try:
            httpx.get(url + "/__health", timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError(f"prism did not start within {seconds:.0f} s:\n{log.read_text()}")
