"""The Humanloop SDK in each built-in style, importable side by side in one test session.

The default style is the committed ``generated/`` package (``humanloop``, installed by
tests/run.sh). Every other style is generated into a temporary folder under the package name
``humanloop_<style suffix>`` with the same client class names, so tests can run the same calls
against each.
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from generator import pipeline
from generator.config import load_settings
from tests.support.helpers import ROOT

DEFAULT_STYLE = "python"
#: Styles the SDK-level tests run against; the default first.
STYLES = (DEFAULT_STYLE, "python-msgspec")


@dataclass(frozen=True)
class StyleSdk:
    """One style's generated SDK: its folder (holding the package) and the imported package."""

    style: str
    folder: Path
    package: ModuleType

    def module(self, name: str) -> ModuleType:
        """A module of the package (``types``, ``_models``, ...), imported on first use."""
        return importlib.import_module(f"{self.package.__name__}.{name}")


def package_name(style: str) -> str:
    """``humanloop`` for the default style, ``humanloop_msgspec`` for ``python-msgspec``."""
    suffix = style.removeprefix(DEFAULT_STYLE).strip("-").replace("-", "_")
    return f"humanloop_{suffix}" if suffix else "humanloop"


def generate_style_sdk(style: str, output: Path) -> Path:
    """Generate the Humanloop SDK in ``style`` into ``output``; return ``output``."""
    settings = load_settings(ROOT).with_options(
        output=output, style=style, package_name=package_name(style), client_name="Humanloop"
    )
    pipeline.generate(settings)
    return output


def import_from(folder: Path, name: str) -> ModuleType:
    """Import package ``name`` from ``folder`` (put on ``sys.path``; the caller removes it)."""
    sys.path.insert(0, str(folder))
    return importlib.import_module(name)
