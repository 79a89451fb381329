"""Specs as real APIs write them: read and generated with warnings, not refused (issue #12)."""

from __future__ import annotations

from pathlib import Path

from generator import pipeline
from generator.spec.load import line_of, load
from tests.helpers import FIXTURES, assert_imports_and_type_checks, settings_for


def test_yaml_keys_become_the_strings_json_would_hold() -> None:
    data = load(FIXTURES / "lenient_keys.yaml").data
    responses = data["paths"]["/things/{id}"]["get"]["responses"]
    assert list(responses) == ["200", "404"]
    assert data["components"]["schemas"]["Thing"]["x-labels"] == {"true": "shown", "null": "hidden", "1.5": "odd"}


def test_lines_are_found_under_keys_that_were_not_strings() -> None:
    spec = FIXTURES / "lenient_keys.yaml"
    assert line_of(spec, "/paths/~1things~1{id}/get/responses/404") == 17
    assert line_of(spec, "/components/schemas/Thing/x-labels/null") == 27


def test_unquoted_response_codes_generate_a_typed_method(tmp_path: Path) -> None:
    output = tmp_path / "sdk"
    pipeline.generate(settings_for(FIXTURES / "lenient_keys.yaml", output, package="keys"))
    resource = (output / "keys" / "resources" / "_root.py").read_text()
    assert "-> Thing:" in resource
    assert_imports_and_type_checks(output, "keys", tmp_path / "mypy")
