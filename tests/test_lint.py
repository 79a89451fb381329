"""ruff on the generator, the runtime templates (plain Python), the tests and the benchmarks, with the
rules pyproject.toml selects."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import ROOT


def test_ruff_finds_nothing() -> None:
    checked = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--output-format", "concise", "generator", "templates", "tests", "benchmarks"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
