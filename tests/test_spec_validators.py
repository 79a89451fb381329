"""The validators with jsonschema-rs checking schemas first report exactly what openapi-spec-validator does."""

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
    return {"openapi": version, "info": {"title": "T", "version": "1"}, "paths": {},
            "components": {"schemas": {"S": schema}}}


def messages(validator: Any) -> list[str]:
    return [error.message for error in validator.iter_errors()]


PAIRS = [("3.0.3", validators.OpenAPI30Validator, OpenAPIV30SpecValidator),
         ("3.1.0", validators.OpenAPI31Validator, OpenAPIV31SpecValidator)]


@pytest.mark.parametrize("version, ours, stock", PAIRS)
@pytest.mark.parametrize("schema", BAD_SCHEMAS + GOOD_SCHEMAS)
def test_the_same_errors_as_openapi_spec_validator(version: str, ours: Any, stock: Any, schema: dict[str, Any]) -> None:
    expected = messages(stock(document(version, schema)))
    assert messages(ours(document(version, schema))) == expected
    assert bool(expected) == (schema in BAD_SCHEMAS)


def test_jsonschema_rs_checks_both_dialects() -> None:
    """Otherwise the Python check runs alone: correct, but the speed-up silently gone."""
    assert validators._rust_meta_validator("3.0") is not None
    assert validators._rust_meta_validator(OAS31_BASE_DIALECT_ID) is not None


def test_the_humanloop_spec_is_valid() -> None:
    import yaml

    data = yaml.safe_load((ROOT / "spec" / "humanloop.yaml").read_text())
    assert messages(validators.OpenAPI31Validator(data)) == []
