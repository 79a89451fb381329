"""Shapes of real public specs that once broke the generator, each generated and type-checked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator import pipeline
from tests.support.helpers import FIXTURES, assert_imports_type_checks_and_lints, settings_for


@pytest.mark.slow
@pytest.mark.parametrize("style", ["python", "python-msgspec"])
@pytest.mark.parametrize("spec, package", [("edge.yaml", "edge"), ("edge_31.yaml", "edge_31"), ("forms.yaml", "forms"),
                                           ("no_schemas.yaml", "no_schemas"), ("no_operations.yaml", "no_operations")])
def test_generates_a_package_that_imports_and_passes_mypy_strict(
    tmp_path: Path, spec: str, package: str, style: str, mypy_cache: Path
) -> None:
    output = tmp_path / "sdk"
    pipeline.generate(settings_for(FIXTURES / spec, output, package=package, style=style))
    assert_imports_type_checks_and_lints(output, package, mypy_cache)


def test_yaml_dates_stay_strings_email_stays_str_and_extension_refs_are_not_followed(tmp_path: Path) -> None:
    output = tmp_path / "sdk"
    pipeline.generate(settings_for(FIXTURES / "edge.yaml", output, package="edge"))
    models = (output / "edge" / "types" / "_models.py").read_text()
    assert "EmailStr" not in models  # pydantic's needs email-validator, which the SDK lacks
    assert "examples=" not in models and "    format: Annotated[str | None" in models  # a property named format stays
    assert 'version = "0.1.0"' in (output / "pyproject.toml").read_text()
    assert "2024-01-15" in (output / "README.md").read_text()  # info.version, read as text
    probe = subprocess.run(
        [sys.executable, "-c", "import edge.types as t; print(t.Contact(email='x', since='2020-01-01').since)"],
        cwd=output, capture_output=True, text=True, check=False)
    assert probe.returncode == 0, probe.stderr
    resource = (output / "edge" / "resources" / "_root.py").read_text()
    assert '"response": response,' in resource and "return cast(" in resource
