"""Small helpers shared by the generator's tests."""

from __future__ import annotations

import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

from generator.config import Settings, load_settings
from generator.ir.build import build
from generator.ir.nodes import Api, Operation
from generator.spec.load import load

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def settings_for(spec: Path, output: Path, package: str = "mini", **changes: object) -> Settings:
    """Settings for generating ``spec`` into ``output`` with the built-in style."""
    base = Settings(root=output.parent, spec=spec, output=output, package_name=package)
    return base.with_options(**changes)


def tree(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder``: relative path → bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def model_modules(package: Path) -> dict[str, str]:
    """The generated models of the SDK package at ``package``: module name → source."""
    return {p.stem: p.read_text() for p in sorted((package / "types").glob("*.py")) if p.name != "__init__.py"}


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


def assert_imports_and_type_checks(output: Path, package: str, mypy_cache: Path) -> None:
    """Every module of the generated ``package`` in ``output`` imports, and ``mypy --strict`` passes."""
    code = (
        f"import importlib, pkgutil, {package}\n"
        f"for module in pkgutil.walk_packages({package}.__path__, '{package}.'):\n"
        "    importlib.import_module(module.name)\n"
    )
    imported = subprocess.run([sys.executable, "-c", code], cwd=output, capture_output=True, text=True, check=False)
    assert imported.returncode == 0, imported.stderr[-3000:]
    checked = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(mypy_cache), package],
                             cwd=output, capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stdout[-3000:]
