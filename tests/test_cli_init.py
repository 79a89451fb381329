"""`sdkgen init` and the one line every command prints about its configuration, run as a user
runs them (the CLI in a subprocess, in a fresh folder); the messages for a missing or empty spec."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from generator.config import tomllib
from tests.support.helpers import FIXTURES, ROOT


def sdkgen(folder: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *arguments],
        cwd=folder,
        env={"PYTHONPATH": str(ROOT), "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )


def test_init_then_generate_needs_no_options(tmp_path: Path) -> None:
    shutil.copyfile(FIXTURES / "mini.yaml", tmp_path / "openapi.yaml")
    created = sdkgen(tmp_path, "init")
    assert created.returncode == 0, created.stderr
    table = tomllib.loads((tmp_path / "pyproject.toml").read_text())["tool"]["sdkgen"]
    assert table == {
        "spec": "openapi.yaml",
        "output": "generated",
        "package-name": "mini_api",
        "package-version": "0.1.0",
    }
    generated = sdkgen(tmp_path, "generate")
    assert generated.returncode == 0, generated.stderr
    assert f"configuration: [tool.sdkgen] in {tmp_path / 'pyproject.toml'}\n" in generated.stderr
    assert (tmp_path / "generated" / "mini_api" / "_client.py").is_file()
    again = sdkgen(tmp_path, "init")
    assert again.returncode == 1 and "already has a [tool.sdkgen] table" in again.stderr


def test_init_adds_the_table_to_an_existing_pyproject_and_names_the_package(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "mine"  # keep me\n')
    (tmp_path / "api").mkdir()
    shutil.copyfile(FIXTURES / "mini.yaml", tmp_path / "api" / "spec.yaml")
    created = sdkgen(tmp_path, "init", "--spec", "api/spec.yaml", "--package-name", "MyClient")
    assert created.returncode == 0, created.stderr
    text = (tmp_path / "pyproject.toml").read_text()
    assert text.startswith('[project]\nname = "mine"  # keep me\n')
    table = tomllib.loads(text)["tool"]["sdkgen"]
    assert table["spec"] == "api/spec.yaml" and table["package-name"] == "my_client"


def test_another_spec_in_this_project_says_what_the_table_still_sets(tmp_path: Path) -> None:
    spec = tmp_path / "theirs.yaml"
    shutil.copyfile(FIXTURES / "mini.yaml", spec)
    result = sdkgen(ROOT, "validate", str(spec))
    assert f"configuration: [tool.sdkgen] in {ROOT / 'pyproject.toml'}" in result.stderr
    checked = sdkgen(
        ROOT, "generate", "--check", "--spec", str(spec), "--output", str(tmp_path / "out")
    )
    first = checked.stderr.splitlines()[0]
    assert first == (
        f"configuration: [tool.sdkgen] in {ROOT / 'pyproject.toml'}, overridden by --output --spec"
        " (the table's package-name, package-version and license still apply)"
    )
    elsewhere = sdkgen(tmp_path, "validate", str(spec))
    assert (
        "configuration: no [tool.sdkgen] table found (run `sdkgen init`); defaults"
        in elsewhere.stderr
    )


def test_a_missing_or_empty_spec_says_so(tmp_path: Path) -> None:
    missing = sdkgen(tmp_path, "validate", "missing.yaml")
    assert "file not found" in missing.stderr and "pass --spec" not in missing.stderr
    (tmp_path / "empty.yaml").write_text("")
    (tmp_path / "comments.yaml").write_text("# nothing yet\n")
    assert "the file is empty" in sdkgen(tmp_path, "validate", "empty.yaml").stderr
    assert "only comments" in sdkgen(tmp_path, "validate", "comments.yaml").stderr
    nothing = sdkgen(tmp_path, "init")
    assert nothing.returncode == 1 and "sdkgen init --spec" in nothing.stderr
