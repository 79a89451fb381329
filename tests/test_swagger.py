"""Swagger 2.0 input, converted to OpenAPI 3.0 by swagger2openapi (npm, installed by tests/run.sh
into tests/prism/node_modules), with findings pointing into the file the user gave."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import pipeline
from generator.errors import GeneratorError
from generator.spec import swagger
from generator.spec.load import load_validating_in_background
from generator.spec.pointers import line_of
from tests.support.helpers import FIXTURES, ROOT, assert_imports_type_checks_and_lints, settings_for

SWAGGER = FIXTURES / "swagger2.yaml"


@pytest.mark.slow
def test_a_swagger_document_generates_a_typed_sdk(
    swagger_converter: Path, tmp_path: Path, mypy_cache: Path
) -> None:
    output = tmp_path / "sdk"
    report = pipeline.generate(settings_for(SWAGGER, output, package="pets"))
    resource = (output / "pets" / "resources" / "_root.py").read_text()
    assert (
        "def create_pet(" in resource and "-> Pet:" in resource
    )  # body parameter, 201 with a definition
    assert (
        "caption: str," in resource
        and "body=FormBody(" in resource
        and "multipart=False" in resource
    )  # formData
    assert "base_url: str | None = None" in (output / "pets" / "_client.py").read_text()
    assert "https://pets.example.com/v1" in (output / "pets" / "_client.py").read_text()
    assert {w.kind for w in report.warnings} == {"duplicate-required", "parameter"}
    assert_imports_type_checks_and_lints(output, "pets", mypy_cache)


def test_findings_point_into_the_swagger_file(swagger_converter: Path) -> None:
    document, pending = load_validating_in_background(SWAGGER, None, in_background=False)
    assert document.converted_from == "swagger 2.0" and document.data["openapi"].startswith("3.0")
    by_kind = {f.kind: f for f in pending.wait()}
    assert by_kind["duplicate-required"].pointer == "/definitions/NewPet/required"
    assert (
        by_kind["duplicate-required"].line == line_of(SWAGGER, "/definitions/NewPet/required") == 38
    )
    assert (
        by_kind["parameter"].pointer == "/paths/~1pets~1{petId}~1photo/post/parameters/2"
    )  # csv: Swagger's default
    assert (
        document.locate("/paths/~1pets/post/requestBody/content/application~1json/schema").pointer
        == "/paths/~1pets/post/parameters/0/schema"
    )
    assert (
        document.locate("/paths/~1pets/post/responses/201/content/application~1json/schema").line
        == 19
    )


def test_the_conversion_and_its_findings_are_cached_by_content(
    swagger_converter: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, pending = load_validating_in_background(SWAGGER, tmp_path, in_background=False)
    warnings = pending.wait()
    assert len(list((tmp_path / "converted").iterdir())) == 1
    monkeypatch.setenv(
        swagger.ENVIRONMENT_VARIABLE, str(tmp_path / "no-such-converter")
    )  # node is not run again
    again, pending = load_validating_in_background(SWAGGER, tmp_path, in_background=False)
    assert again.data == first.data
    assert (
        pending.known is not None and pending.wait() == warnings
    )  # pointers into the file, as found first


def test_without_the_converter_the_error_says_how_to_get_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(swagger.ENVIRONMENT_VARIABLE, raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    with pytest.raises(GeneratorError) as caught:
        load_validating_in_background(SWAGGER, None, in_background=False)
    message = str(caught.value)
    assert f"{SWAGGER}:1" in message and "Swagger 2.0" in message
    assert (
        f"npm install -g swagger2openapi@{swagger.TESTED_VERSION}" in message
        and swagger.ENVIRONMENT_VARIABLE in message
    )


def test_the_pinned_version_is_the_one_the_tests_install() -> None:
    assert (
        f'"swagger2openapi": "{swagger.TESTED_VERSION}"'
        in (ROOT / "tests" / "prism" / "package.json").read_text()
    )
