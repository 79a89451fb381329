"""mypy --strict passes on the generator, on the generated SDK (in every built-in style) and on code
using the SDK as its README shows; and it catches the mistakes a user of the SDK can make
(tests/typecheck/)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.helpers import ROOT, mypy_strict
from tests.support.styles import StyleSdk

pytestmark = pytest.mark.slow

TYPECHECK = ROOT / "tests" / "typecheck"
EXPECTED = re.compile(r"#\s*E:\s*(?P<codes>[a-z-]+(?:\s+[a-z-]+)*)\s*$")
REPORTED = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): error: .*\[(?P<code>[a-z-]+)\]$")


@pytest.mark.parametrize(
    "target", ["generator", "generated/humanloop", "tests/typecheck/usage_check.py"]
)
def test_mypy_strict(target: str, mypy_cache: Path) -> None:
    result = mypy_strict(target, ROOT, mypy_cache)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_catches_each_mistake_and_only_those(mypy_cache: Path) -> None:
    """Every ``# E: codes`` line of bad_usage.py gets those errors; no other line gets any."""
    source = TYPECHECK / "bad_usage.py"
    expected = {
        (number, code)
        for number, line in enumerate(source.read_text().splitlines(), start=1)
        if (match := EXPECTED.search(line))
        for code in match["codes"].split()
    }
    result = mypy_strict(str(source.relative_to(ROOT)), ROOT, mypy_cache)
    errors = [match for line in result.stdout.splitlines() if (match := REPORTED.match(line))]
    assert {match["file"] for match in errors} == {"tests/typecheck/bad_usage.py"}, result.stdout
    reported = {(int(match["line"]), match["code"]) for match in errors}
    assert len(expected) >= 12
    assert reported == expected, result.stdout


def test_mypy_strict_on_the_msgspec_style(msgspec_sdk: StyleSdk, mypy_cache: Path) -> None:
    result = mypy_strict(msgspec_sdk.package.__name__, msgspec_sdk.folder, mypy_cache)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout
