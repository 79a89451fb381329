"""Prism, the OpenAPI mock server, started on 127.0.0.1 for the end-to-end tests.

Prism answers every operation of the spec with an example response and, with ``--errors``,
answers a request that violates the spec with an error status instead of a mock, so the SDK's
requests are checked against the spec on every call.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.support.helpers import ROOT
from tests.support.servers import serving

#: Prism compiles the whole spec before it answers: seconds on a busy machine.
START_TIMEOUT_SECONDS = 60.0

PRISM = ROOT / "tests" / "prism" / "node_modules" / ".bin" / "prism"


def require_prism() -> Path:
    """Prism's executable; skip (fail on CI) when `bash tests/run.sh` has not installed it."""
    if not PRISM.exists():
        message = (
            "Prism is not installed: run `bash tests/run.sh` (it runs npm install in tests/prism)"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return PRISM


@contextmanager
def prism(
    spec: Path, *, errors: bool = True, start_seconds: float = START_TIMEOUT_SECONDS
) -> Iterator[str]:
    """Run ``prism mock SPEC`` on a free port; yield its base URL.

    Prism always answers a request that breaks the spec with 422 (401 without credentials).
    ``errors=False`` lets its answers through even where the spec's own examples break the
    spec's schemas (Prism then only lists the violations in an ``sl-violations`` header), as a
    real server's deviations reach the SDK; with ``errors`` such an answer becomes a 500.
    ``start_seconds``: how long Prism may take to read the spec (GitHub's 13 MB take minutes).
    """
    executable = str(require_prism())
    log = ROOT / ".pytest_cache" / f"prism-{spec.stem}-{os.getpid()}.log"  # one per test worker
    log.parent.mkdir(exist_ok=True)

    def command(port: int) -> list[str]:
        return [
            executable,
            "mock",
            str(spec),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            *(["--errors"] if errors else []),
        ]

    with serving(command, "/__health", log, start_seconds) as port:
        yield f"http://127.0.0.1:{port}"
