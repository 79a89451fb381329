"""Robustness on real public specs (../shared/specs, beside the project): each generates a
package that imports and passes mypy --strict, or is refused with a located error.

The specs are not committed (17 MB, one of them 13 MB), so these tests skip where the folder
is absent, as in a clone of this project alone. The shapes that once broke the generator are
in tests/fixtures/edge*.yaml, which always run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import pipeline
from tests.support.helpers import (
    assert_imports_type_checks_and_lints,
    settings_for,
)
from tests.support.public_specs import PUBLIC, SWAGGER_2, spec_path
from tests.support.readme_smoke import package_for

pytestmark = pytest.mark.slow

#: Generate, import every module, pass mypy --strict (Docker's Swagger 2.0 has a test of its own).
CLEAN = [name for name in PUBLIC if name != SWAGGER_2]
#: The msgspec style too (its msgspec-only shapes so far are also in tests/fixtures: a class with
#: two parents in edge.yaml, a union intersected with an object in edge_openai_like.yaml).
MSGSPEC_CLEAN = CLEAN


def generate(name: str, tmp_path: Path, style: str = "python") -> tuple[Path, str]:
    """The SDK's folder and package, named as the README smoke test names it (so that the two
    tests share the session's generator cache: the ``shared_generator_cache`` fixture)."""
    output, package = tmp_path / "sdk", package_for(spec_path(name), style)
    pipeline.generate(settings_for(spec_path(name), output, package=package, style=style))
    return output, package


@pytest.mark.parametrize(
    "name, style",
    [(n, "python") for n in CLEAN] + [(n, "python-msgspec") for n in MSGSPEC_CLEAN],
)
def test_generates_a_package_that_imports_and_passes_mypy_strict(
    name: str, style: str, tmp_path: Path, mypy_cache: Path
) -> None:
    assert_imports_type_checks_and_lints(*generate(name, tmp_path, style), mypy_cache)


def test_dockers_swagger_2_spec_generates_a_package_that_passes_mypy_strict(
    swagger_converter: Path, tmp_path: Path, mypy_cache: Path
) -> None:
    """Swagger 2.0 with unquoted integer response codes, converted by swagger2openapi."""
    assert_imports_type_checks_and_lints(*generate(SWAGGER_2, tmp_path), mypy_cache)


def test_openais_duplicate_required_entries_are_warnings_not_a_refusal() -> None:
    """openai.yaml lists properties twice in one `required` (ContainerResource), which JSON Schema
    forbids and which cannot change the SDK; it also has webhooks, which the SDK leaves out."""
    from generator.spec.load import load_validating_in_background

    document, pending = load_validating_in_background(
        spec_path("openai.yaml"), None, in_background=False
    )
    warnings = pending.wait()  # raises on an error
    kinds = {(w.kind, w.pointer) for w in warnings}
    assert ("duplicate-required", "/components/schemas/ContainerResource/required") in kinds
    assert sum(kind == "webhook" for kind, _ in kinds) == len(document.data["webhooks"])
    assert all(w.line for w in warnings)
