"""Small helpers shared by the generator's tests."""

from __future__ import annotations

import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

from generator.config import Settings, load_settings
from generator.ir.build import build
from generator.ir.nodes import Api, Operation
from generator.spec.load import load

#: The project's root folder, and the specs the tests generate from.
ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"


def settings_for(spec: Path, output: Path, package: str = "mini", **changes: object) -> Settings:
    """Settings for generating ``spec`` into ``output`` with the built-in style."""
    base = Settings(root=output.parent, spec=spec, output=output, package_name=package)
    return base.with_options(**changes)


def tree(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder``: relative path → bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def model_modules(package: Path) -> dict[str, str]:
    """The generated models of the SDK package at ``package``: module name → source."""
    return {
        p.stem: p.read_text()
        for p in sorted((package / "types").glob("*.py"))
        if p.name != "__init__.py"
    }


@cache
def humanloop_api() -> Api:
    """The IR of spec/humanloop.yaml, as the project's own settings name it."""
    return build(load(ROOT / "spec" / "humanloop.yaml"), load_settings(ROOT))


def required_arguments(op: Operation) -> dict[str, Any]:
    """Realistic keyword arguments: the spec's example for every required parameter."""
    return {p.name: p.example for p in op.parameters if p.required}


def bound_method(client: Any, call_name: str) -> Any:
    """``client.projects.list`` for ``"projects.list"`` (works on ``with_raw_response`` too)."""
    target = client
    for part in call_name.split("."):
        target = getattr(target, part)
    return target


def import_every_module(output: Path, package: str) -> subprocess.CompletedProcess[str]:
    """Import every module of the generated ``package`` in ``output``, in a fresh interpreter."""
    code = (
        f"import importlib, pkgutil, {package}\n"
        f"for module in pkgutil.walk_packages({package}.__path__, '{package}.'):\n"
        "    importlib.import_module(module.name)\n"
    )
    return run_python(code, output)


def run_python(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter in ``cwd`` (where a generated package imports from)."""
    return subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, check=False
    )


def assert_imports_type_checks_and_lints(output: Path, package: str, mypy_cache: Path) -> None:
    """Every module of the generated ``package`` in ``output`` imports, ``mypy --strict`` passes, and
    ruff finds no unused or unsorted import (what a user's linter would report on the vendored SDK).
    """
    imported = import_every_module(output, package)
    assert imported.returncode == 0, imported.stderr[-3000:]
    checked = mypy_strict(package, output, mypy_cache)
    assert checked.returncode == 0, checked.stdout[-3000:]
    linted = ruff_generated(output)
    assert linted.returncode == 0, linted.stdout[-3000:]


#: What the generated code must never give a linter cause for: unused imports, redefinitions,
#: unused variables, import blocks out of order.
GENERATED_LINT_RULES = "F401,F811,F841,I"


def ruff_generated(output: Path) -> subprocess.CompletedProcess[str]:
    """ruff over a generated SDK folder, with none of this project's settings but its line length."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--isolated",
            "--no-cache",
            "--line-length",
            "100",
            "--select",
            GENERATED_LINT_RULES,
            "--output-format",
            "concise",
            ".",
        ],
        cwd=output,
        capture_output=True,
        text=True,
        check=False,
    )


def mypy_strict(
    target: str, cwd: Path, cache: Path, *options: str
) -> subprocess.CompletedProcess[str]:
    """``mypy --strict target`` run in ``cwd``, with the session's cache (the ``mypy_cache`` fixture):
    with a warm cache a check costs about a second instead of six."""
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), *options, target],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def copy_project(destination: Path) -> Path:
    """The project's inputs and committed output, as a fresh clone at ``destination`` has them."""
    destination.mkdir(parents=True)
    shutil.copy2(ROOT / "pyproject.toml", destination / "pyproject.toml")
    shutil.copytree(ROOT / "spec", destination / "spec")
    shutil.copytree(
        ROOT / "generated",
        destination / "generated",
        ignore=shutil.ignore_patterns("*.egg-info", "__pycache__", "build", "dist"),
    )
    return destination
