"""Small helpers shared by the generator's tests."""

from __future__ import annotations

from pathlib import Path

from generator.config import Settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def settings_for(spec: Path, output: Path, package: str = "mini", **changes: object) -> Settings:
    """Settings for generating ``spec`` into ``output`` with the built-in style."""
    base = Settings(root=output.parent, spec=spec, output=output, package_name=package)
    return base.with_options(**changes)


def tree(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder``: relative path → bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
