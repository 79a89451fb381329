"""Specs as real APIs write them: read and generated with warnings, not refused (issue #12)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator import pipeline
from generator.cli import main
from generator.config import load_settings
from generator.errors import GeneratorError
from generator.spec.findings import Finding
from generator.spec.load import load, load_validating_in_background
from generator.spec.pointers import line_of
from tests.support.helpers import FIXTURES, assert_imports_type_checks_and_lints, settings_for


def test_yaml_keys_become_the_strings_json_would_hold() -> None:
    data = load(FIXTURES / "lenient_keys.yaml").data
    responses = data["paths"]["/things/{id}"]["get"]["responses"]
    assert list(responses) == ["200", "404"]
    assert data["components"]["schemas"]["Thing"]["x-labels"] == {
        "true": "shown",
        "null": "hidden",
        "1.5": "odd",
    }


def test_lines_are_found_under_keys_that_were_not_strings() -> None:
    spec = FIXTURES / "lenient_keys.yaml"
    assert line_of(spec, "/paths/~1things~1{id}/get/responses/404") == 17
    assert line_of(spec, "/components/schemas/Thing/x-labels/null") == 31


@pytest.mark.slow
def test_unquoted_response_codes_generate_a_typed_method(tmp_path: Path, mypy_cache: Path) -> None:
    """Also: `nullable: false` said explicitly, and an enum of an object, type-check."""
    output = tmp_path / "sdk"
    pipeline.generate(settings_for(FIXTURES / "lenient_keys.yaml", output, package="keys"))
    resource = (output / "keys" / "resources" / "_root.py").read_text()
    assert "-> Thing:" in resource
    assert_imports_type_checks_and_lints(output, "keys", mypy_cache)


LENIENT = FIXTURES / "lenient.yaml"
#: What tests/fixtures/lenient.yaml holds: kind → the pointer it is found at.
EXPECTED_WARNINGS = {
    "example": "/paths/~1items~1{id}/get/responses/200/content/application~1json/examples/plain",
    "link": "/paths/~1items~1{id}/get/responses/200/links/self",
    "prose": "/paths/~1items~1{id}/post/responses/204",
    "duplicate-required": "/components/schemas/Item/required",
    "default": "/components/schemas/Item/properties/tags/default",
    "3.0-keyword": "/components/schemas/Item/properties/rate/exclusiveMinimum",
    "webhook": "/webhooks/itemChanged",
    "callback": "/paths/~1items~1{id}/post/callbacks/onChange",
    "server": "/paths/~1items~1{id}/post/servers",
}


def warnings_of(spec: Path, cache: Path | None = None) -> tuple[Finding, ...]:
    _, pending = load_validating_in_background(spec, cache, in_background=False)
    return pending.wait()


def test_findings_that_cannot_change_the_sdk_are_warnings_with_line_and_pointer() -> None:
    found = warnings_of(LENIENT)
    assert {f.severity for f in found} == {"warning"}
    by_kind = {f.kind: f for f in found}
    for kind, pointer in EXPECTED_WARNINGS.items():
        assert by_kind[kind].pointer == pointer, kind
        assert by_kind[kind].line == line_of(LENIENT, pointer) is not None, kind
        assert by_kind[kind].hint, kind
    parameters = sorted(f.message for f in found if f.kind == "parameter")
    assert (
        len(parameters) == 2
        and "cookie parameter 'session'" in parameters[0]
        and "'deepObject'" in parameters[1]
    )


def test_a_finding_that_would_make_the_sdk_wrong_is_still_an_error(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(LENIENT.read_text().replace("name: {type: string}", "name: {type: strin}"))
    with pytest.raises(GeneratorError) as caught:
        warnings_of(spec)
    assert f"{spec}:56 (at /components/schemas/Item/properties/name/type)" in str(caught.value)


@pytest.mark.slow
def test_generate_goes_on_prints_each_warning_and_counts_them(
    tmp_path: Path, mypy_cache: Path
) -> None:
    result = CliRunner().invoke(
        main,
        [
            "generate",
            "--spec",
            str(LENIENT),
            "--output",
            str(tmp_path / "sdk"),
            "--package-name",
            "lenient",
        ],
    )
    assert result.exit_code == 0, result.output
    printed = [line for line in result.output.splitlines() if line.startswith("warning: ")]
    assert len(printed) == len(EXPECTED_WARNINGS) + 2
    assert f"warning: {LENIENT}:53 (at /components/schemas/Item/required):" in result.output
    assert f", {len(printed)} warnings in " in result.output
    assert_imports_type_checks_and_lints(tmp_path / "sdk", "lenient", mypy_cache)


def test_strict_makes_every_warning_an_error(tmp_path: Path) -> None:
    output = tmp_path / "sdk"
    result = CliRunner().invoke(
        main, ["generate", "--strict", "--spec", str(LENIENT), "--output", str(output)]
    )
    assert result.exit_code == 1 and "made an error by strict mode" in result.output
    assert f"and {len(EXPECTED_WARNINGS) + 1} more problems" in result.output
    assert not output.exists()


def test_strict_in_pyproject(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.sdkgen]\nspec = "{LENIENT}"\noutput = "sdk"\nstrict = true\n'
    )
    monkeypatch.chdir(tmp_path)
    assert load_settings(tmp_path).strict
    refused = CliRunner().invoke(main, ["generate"])
    assert refused.exit_code == 1 and "strict mode" in refused.output
    allowed = CliRunner().invoke(main, ["generate", "--no-strict"])
    assert allowed.exit_code == 0, allowed.output


def test_validate_lists_every_finding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["validate", str(LENIENT)])
    assert result.exit_code == 0, result.output
    assert (
        sum(line.startswith("warning: ") for line in result.output.splitlines())
        == len(EXPECTED_WARNINGS) + 2
    )
    assert result.output.rstrip().endswith(f"0 errors, {len(EXPECTED_WARNINGS) + 2} warnings")
    strict = CliRunner().invoke(main, ["validate", "--strict", str(LENIENT)])
    assert (
        strict.exit_code == 1
        and sum(line.startswith("error: ") for line in strict.output.splitlines())
        == len(EXPECTED_WARNINGS) + 2
    )


def test_validate_lists_every_error_not_only_the_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        LENIENT.read_text()
        .replace("id: {type: string}", "id: {type: strin}")
        .replace("name: {type: string}", "name: {type: strng}")
    )
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["validate", str(spec)])
    assert result.exit_code == 1
    assert "(at /components/schemas/Item/properties/id/type)" in result.output
    assert "(at /components/schemas/Item/properties/name/type)" in result.output


def test_warnings_are_remembered_with_the_validation(tmp_path: Path) -> None:
    first = warnings_of(LENIENT, tmp_path)
    assert len(list((tmp_path / "validated").iterdir())) == 1
    assert warnings_of(LENIENT, tmp_path) == first  # from the cache, lines found again
