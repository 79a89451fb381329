"""The validators with jsonschema-rs checking schemas first find what openapi-spec-validator finds
(every error of a schema rather than its first), each located in the document."""

from __future__ import annotations

from typing import Any

import pytest
from openapi_schema_validator import OAS31_BASE_DIALECT_ID
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

from generator.spec import validators
from tests.support.helpers import ROOT

BAD_SCHEMAS: list[dict[str, Any]] = [
    {"type": "object", "required": ["a", "a"]},
    {"type": "strin"},
    {"minimum": "0"},
    {"pattern": "("},
    {"properties": {"a": 3}},
    {"type": "object", "properties": {"a": {"maxLength": -1}}},
    {"format": 3},
    {"multipleOf": 0},
    {"allOf": [{"type": "strin"}]},
    {"items": {"enum": "x"}},
]
GOOD_SCHEMAS: list[dict[str, Any]] = [
    {"type": "object", "required": ["a"], "properties": {"a": {"type": "string", "format": "uri"}}},
    {"type": "string", "enum": ["a", "b"], "description": "Anything goes here: ()[]{}"},
]


def document(version: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": version,
        "info": {"title": "T", "version": "1"},
        "paths": {},
        "components": {"schemas": {"S": schema}},
    }


def messages(validator: Any) -> list[str]:
    return [error.message for error in validator.iter_errors()]


PAIRS = [
    ("3.0.3", validators.OpenAPI30Validator, OpenAPIV30SpecValidator),
    ("3.1.0", validators.OpenAPI31Validator, OpenAPIV31SpecValidator),
]


@pytest.mark.parametrize("version, ours, stock", PAIRS)
@pytest.mark.parametrize("schema", BAD_SCHEMAS + GOOD_SCHEMAS)
def test_the_errors_of_openapi_spec_validator_and_no_others(
    version: str, ours: Any, stock: Any, schema: dict[str, Any]
) -> None:
    expected = messages(stock(document(version, schema)))
    found = messages(ours(document(version, schema)))
    assert set(expected) <= set(found) and bool(found) == bool(expected) == (schema in BAD_SCHEMAS)


def test_every_error_of_a_schema_is_reported_at_its_absolute_path() -> None:
    schema = {
        "type": "object",
        "required": ["a", "a"],
        "properties": {"a": {"type": "strin"}},
        "default": 3,
    }
    found = {
        (tuple(e.absolute_path), e.validator)
        for e in validators.OpenAPI31Validator(document("3.1.0", schema)).iter_errors()
    }
    at = ("components", "schemas", "S")
    assert {
        (at + ("required",), "uniqueItems"),
        (at + ("properties", "a", "type"), "anyOf"),
    } <= found


def test_jsonschema_rs_checks_both_dialects() -> None:
    """Otherwise the Python check runs alone: correct, but the speed-up silently gone."""
    assert validators._rust_meta_validator("3.0") is not None
    assert validators._rust_meta_validator(OAS31_BASE_DIALECT_ID) is not None


def test_the_humanloop_spec_is_valid() -> None:
    import yaml

    data = yaml.safe_load((ROOT / "spec" / "humanloop.yaml").read_text())
    assert messages(validators.OpenAPI31Validator(data)) == []
