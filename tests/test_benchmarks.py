"""The SDK benchmark script still runs end to end (its figures are for people, not for tests)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.support.helpers import ROOT

pytestmark = pytest.mark.slow

pytest.importorskip("humanloop", reason="install the SDK: bash tests/run.sh")


def test_sdk_benchmark_prints_every_case() -> None:
    completed = subprocess.run(
        [sys.executable, "benchmarks/sdk.py", "--runs", "1", "--rounds", "1", "--calls", "5"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stderr
    rows = [line for line in completed.stdout.splitlines() if line.startswith("| (")]
    assert [row.split("|")[1].strip()[:3] for row in rows] == ["(a)", "(a)", "(b)", "(c)", "(c)"]
    assert all(row.split("|")[6].strip() in {"PASS", "MISS", "-"} for row in rows)
