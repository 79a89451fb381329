"""mypy --strict passes on the generator, on the generated SDK (in every built-in style) and on code
using the SDK as its README shows; and it catches the mistakes a user of the SDK can make
(tests/typecheck/)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT
from tests.styles import StyleSdk

TYPECHECK = ROOT / "tests" / "typecheck"
EXPECTED = re.compile(r"#\s*E:\s*(?P<codes>[a-z-]+(?:\s+[a-z-]+)*)\s*$")
REPORTED = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): error: .*\[(?P<code>[a-z-]+)\]$")


def mypy_strict(target: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", target],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )


@pytest.mark.parametrize(
    "target", ["generator", "generated/humanloop", "tests/typecheck/usage_check.py"]
)
def test_mypy_strict(target: str) -> None:
    result = mypy_strict(target)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_catches_each_mistake_and_only_those() -> None:
    """Every ``# E: codes`` line of bad_usage.py gets those errors; no other line gets any."""
    source = TYPECHECK / "bad_usage.py"
    expected = {
        (number, code)
        for number, line in enumerate(source.read_text().splitlines(), start=1)
        if (match := EXPECTED.search(line))
        for code in match["codes"].split()
    }
    result = mypy_strict(str(source.relative_to(ROOT)))
    errors = [match for line in result.stdout.splitlines() if (match := REPORTED.match(line))]
    assert {match["file"] for match in errors} == {"tests/typecheck/bad_usage.py"}, result.stdout
    reported = {(int(match["line"]), match["code"]) for match in errors}
    assert len(expected) >= 12
    assert reported == expected, result.stdout


def test_mypy_strict_on_the_msgspec_style(msgspec_sdk: StyleSdk, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "mypy-cache"),
         msgspec_sdk.package.__name__],
        check=False, cwd=msgspec_sdk.folder, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout
