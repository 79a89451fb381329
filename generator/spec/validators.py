"""openapi-spec-validator's validators, with each schema's meta-schema check run by jsonschema-rs first
(and the schemas it has seen looked up in a set rather than a list).

openapi-spec-validator checks the whole document with jsonschema-rs (its optional Rust backend),
but checks every Schema Object against its dialect with the pure-Python jsonschema: 0.21 of the
0.26 s that validating the Humanloop spec takes, and 1.1 s for GitHub's component schemas alone.
Here jsonschema-rs answers first (in well under a millisecond); only a schema it rejects goes on
to the Python check, which raises the same error as before and has the last word, so the result
is never stricter than openapi-spec-validator's own. The validators are its documented
extension point: a ``SpecValidator`` subclass maps the ``schema`` keyword to its own class.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from importlib.resources import files
from typing import Any

import jsonschema_rs
from openapi_schema_validator import OAS31_BASE_DIALECT_ID, OAS30Validator, OAS31Validator
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from openapi_spec_validator.validation import keywords

Check = Callable[[Any], None]


def _rust_first(rust: Any, python: Check) -> Check:
    if rust is None:
        return python

    def check(schema: Any) -> None:
        if not rust.is_valid(schema):
            python(schema)  # the error openapi-spec-validator would report, or none if it accepts

    return check


@cache
def _rust_meta_validator(dialect: str) -> Any:
    """A jsonschema-rs validator of schemas in the OpenAPI 3.0 or 3.1 dialect (None if it cannot
    be made, say with another version of openapi-schema-validator: the Python check then runs)."""
    try:
        if dialect == OAS31_BASE_DIALECT_ID:
            registry = jsonschema_rs.Registry([(r["$id"], r) for r in _oas31_resources()])
            return jsonschema_rs.validator_for(OAS31Validator.META_SCHEMA, registry=registry, validate_formats=True)
        return jsonschema_rs.validator_for(OAS30Validator.META_SCHEMA, validate_formats=True)
    except Exception:  # noqa: BLE001 - any failure here only costs speed
        return None


def _oas31_resources() -> list[dict[str, Any]]:
    """The 3.1 dialect's meta-schemas that openapi-schema-validator ships (its vocabulary among them)."""
    folder = files("openapi_schema_validator") / "schemas" / "oas3.1"
    pending, found = [folder], []
    while pending:
        for child in pending.pop().iterdir():
            if child.is_dir():
                pending.append(child)
            else:
                found.append(json.loads(child.read_text(encoding="utf-8")))
    return found


class _IdList(list[int]):
    """A list whose ``in`` is a set lookup.

    The schema validator keeps the ids of the schemas it has seen in lists and asks ``in`` of
    them at every schema: quadratic, 5.6 of the 10 s that validating GitHub's spec took.
    """

    def __init__(self) -> None:
        super().__init__()
        self._members: set[int] = set()

    def append(self, item: int) -> None:
        super().append(item)
        self._members.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._members


class _SeenSchemas(keywords.SchemaValidator):
    def __init__(self, registry: Any) -> None:
        super().__init__(registry)
        self.visited_schema_ids = _IdList()
        self.meta_checked_schema_ids = _IdList()


class _V30SchemaValidator(_SeenSchemas, keywords.OpenAPIV30SchemaValidator):
    def _get_schema_checker(self, schema: Any, schema_value: Any) -> Check:
        return _rust_first(_rust_meta_validator("3.0"), super()._get_schema_checker(schema, schema_value))


class _V31SchemaValidator(_SeenSchemas, keywords.OpenAPIV31SchemaValidator):
    def _get_schema_checker(self, schema: Any, schema_value: Any) -> Check:
        python = super()._get_schema_checker(schema, schema_value)
        if self._get_schema_dialect_id(schema, schema_value) != OAS31_BASE_DIALECT_ID:
            return python  # a dialect of the document's own: only the Python check knows it
        return _rust_first(_rust_meta_validator(OAS31_BASE_DIALECT_ID), python)


class OpenAPI30Validator(OpenAPIV30SpecValidator):
    """openapi-spec-validator's 3.0 validator, its schema checks run by jsonschema-rs first."""

    keyword_validators = {  # noqa: RUF012 - a dict, as in the base class
        **OpenAPIV30SpecValidator.keyword_validators, "schema": _V30SchemaValidator,
    }


class OpenAPI31Validator(OpenAPIV31SpecValidator):
    """openapi-spec-validator's 3.1 validator, its schema checks run by jsonschema-rs first."""

    keyword_validators = {  # noqa: RUF012 - a dict, as in the base class
        **OpenAPIV31SpecValidator.keyword_validators, "schema": _V31SchemaValidator,
    }
