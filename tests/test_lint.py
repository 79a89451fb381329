"""ruff on the generator, the runtime templates (plain Python), the tests, the benchmarks and the
generated SDK, with the rules pyproject.toml selects; and on the generated SDK as a user would run it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.support.helpers import ROOT, ruff_generated


def test_ruff_finds_nothing() -> None:
    checked = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--output-format",
            "concise",
            "generator",
            "templates",
            "tests",
            "benchmarks",
            "generated",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_generated_sdk_has_no_unused_or_unsorted_import_under_any_settings() -> None:
    """Run in the SDK's own folder, without this project's settings (the package is first-party)."""
    linted = ruff_generated(ROOT / "generated")
    assert linted.returncode == 0, linted.stdout


def test_black_leaves_the_generator_tests_and_benchmarks_as_they_are() -> None:
    """The project's code is in the style it gives the SDK (settings under [tool.black])."""
    checked = subprocess.run(
        [sys.executable, "-m", "black", "--check", "--quiet", "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr


def test_import_blocks_are_laid_out_as_ruff_sorts_them(tmp_path: Path) -> None:
    """Renamed imports (datamodel-code-generator's ``date as date_aliased``, beside a field named
    ``date``) are statements of their own, ordered among their module's others by first name."""
    from generator.output.imports import Imported, import_sections

    names = ["datetime", "date as date_aliased", "timezone", "Y as k", "a as c"]
    imports = [Imported("datetime", n) for n in names[:3]] + [Imported("x", n) for n in names[3:]]
    imports += [Imported(".types", "Model"), Imported("__future__", "annotations")]
    block = "\n\n".join("\n".join(section) for section in import_sections(imports))
    module = tmp_path / "module.py"
    module.write_text(block + "\n\nprint(datetime, date_aliased, timezone, k, c, Model)\n")
    linted = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--isolated", "--no-cache", "--select", "I"]
        + ["--output-format", "concise", str(module)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert linted.returncode == 0, block + "\n" + linted.stdout
    assert (
        "from datetime import date as date_aliased\nfrom datetime import datetime, timezone"
        in block
    )
