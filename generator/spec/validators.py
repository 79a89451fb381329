"""openapi-spec-validator's validators, with each schema's meta-schema check run by jsonschema-rs first
(and the schemas it has seen looked up in a set rather than a list).

openapi-spec-validator checks the whole document with jsonschema-rs (its optional Rust backend),
but checks every Schema Object against its dialect with the pure-Python jsonschema: 0.21 of the
0.26 s that validating the Humanloop spec takes, and 1.1 s for GitHub's component schemas alone.
Here jsonschema-rs answers first (in well under a millisecond); only a schema it rejects goes on
to the Python check, which has the last word, so the result is never stricter than
openapi-spec-validator's own. The validators are its documented extension point: a
``SpecValidator`` subclass maps each keyword to its own class.

Two more changes make every finding reportable: a schema the meta-schema rejects reports each of
its errors, not only the first, and every error's path is made absolute (the stock validator
gives one relative to the schema or node it was checking), so it can be located in the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from importlib.resources import files
from typing import Any

import jsonschema_rs
from jsonschema.exceptions import ValidationError
from jsonschema.validators import validator_for
from jsonschema_path import SchemaPath
from openapi_schema_validator import OAS31_BASE_DIALECT_ID, OAS30Validator, OAS31Validator
from openapi_schema_validator._specifications import REGISTRY as OPENAPI_SPECIFICATIONS
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from openapi_spec_validator.validation import keywords
from openapi_spec_validator.validation.exceptions import (
    ExtraParametersError,
    OpenAPIValidationError,
)

#: Set on an error once its path is made absolute (errors pass up through every enclosing keyword).
_LOCATED = "_sdkgen_located"


@cache
def _rust_meta_validator(dialect: str) -> Any:
    """A jsonschema-rs validator of schemas in the OpenAPI 3.0 or 3.1 dialect (None if it cannot
    be made, say with another version of openapi-schema-validator: the Python check then runs)."""
    try:
        if dialect == OAS31_BASE_DIALECT_ID:
            registry = jsonschema_rs.Registry([(r["$id"], r) for r in _oas31_resources()])
            return jsonschema_rs.validator_for(
                OAS31Validator.META_SCHEMA, registry=registry, validate_formats=True
            )
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


class _SchemaErrors(OpenAPIValidationError):
    """Every error the meta-schema finds in one schema (openapi-spec-validator keeps only the first)."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__(errors[0].message)
        self.errors = errors


def _python_meta_errors(
    validator_cls: Any, format_checker: Any, schema: Any
) -> list[ValidationError]:
    """What ``validator_cls.check_schema`` checks, every error rather than the first."""
    meta_cls = validator_for(validator_cls.META_SCHEMA, default=validator_cls)
    checker = meta_cls(
        validator_cls.META_SCHEMA,
        format_checker=format_checker or validator_cls.FORMAT_CHECKER,
        registry=OPENAPI_SPECIFICATIONS,
    )  # the OpenAPI dialects' meta-schemas, and JSON Schema's
    return list(checker.iter_errors(schema))


def _locate(error: ValidationError, at: SchemaPath, *inside: str) -> None:
    """Make ``error``'s path absolute: the parts of the node it was found in, then its own."""
    if not getattr(error, _LOCATED, False):
        error.path.extendleft(reversed([*at.parts, *inside]))
        setattr(error, _LOCATED, True)


class _SeenSchemas(keywords.SchemaValidator):
    """Schemas checked with jsonschema-rs first, every meta-schema error reported, each error located."""

    def __init__(self, registry: Any) -> None:
        super().__init__(registry)
        self.visited_schema_ids = _IdList()
        self.meta_checked_schema_ids = _IdList()

    def _meta_errors(self, schema: SchemaPath, schema_value: Any) -> list[ValidationError]:
        raise NotImplementedError

    def _validate_schema_meta(
        self, schema: SchemaPath, schema_value: Any
    ) -> OpenAPIValidationError | None:
        try:
            errors = self._meta_errors(schema, schema_value)
        except ValueError as exc:  # a dialect nobody knows
            return OpenAPIValidationError(str(exc))
        return _SchemaErrors(errors) if errors else None

    def __call__(
        self, schema: SchemaPath, require_properties: bool = True, meta_checked: bool = False
    ) -> Iterator[ValidationError]:
        for error in super().__call__(schema, require_properties, meta_checked):
            if isinstance(error, _SchemaErrors):
                for each in error.errors:
                    located = OpenAPIValidationError.create_from(each)
                    _locate(located, schema)
                    yield located
                continue
            if isinstance(error, ExtraParametersError):
                _locate(error, schema, "required")
            elif not isinstance(
                error, OpenAPIValidationError
            ):  # the default value, checked against the schema
                _locate(error, schema, "default")
            else:
                _locate(error, schema)
            yield error


class _V30SchemaValidator(_SeenSchemas, keywords.OpenAPIV30SchemaValidator):
    def _meta_errors(self, schema: SchemaPath, schema_value: Any) -> list[ValidationError]:
        rust = _rust_meta_validator("3.0")
        if rust is not None and rust.is_valid(schema_value):
            return []
        return _python_meta_errors(self.schema_validator_cls, None, schema_value)


class _V31SchemaValidator(_SeenSchemas, keywords.OpenAPIV31SchemaValidator):
    def _meta_errors(self, schema: SchemaPath, schema_value: Any) -> list[ValidationError]:
        dialect = self._get_schema_dialect_id(schema, schema_value)
        rust = (
            _rust_meta_validator(OAS31_BASE_DIALECT_ID)
            if dialect == OAS31_BASE_DIALECT_ID
            else None
        )
        if rust is not None and rust.is_valid(schema_value):
            return []  # only a dialect of the document's own needs the Python check alone
        validator_cls = self._get_validator_class_for_dialect(dialect)
        if validator_cls is None:
            raise ValueError(f"Unknown JSON Schema dialect: {dialect!r}")
        return _python_meta_errors(
            validator_cls, self.schema_validator_format_checker, schema_value
        )


def _located(cls: Any) -> Any:
    """``cls`` (a keyword validator) whose errors carry the absolute path of the node it checked."""

    class Located(cls):  # type: ignore[misc]
        def __call__(self, *args: Any, **kwargs: Any) -> Iterator[ValidationError]:
            at = next((a for a in args if isinstance(a, SchemaPath)), None)
            for error in super().__call__(*args, **kwargs):
                if at is not None:
                    _locate(error, at)
                yield error

    Located.__name__ = Located.__qualname__ = cls.__name__
    return Located


def _keyword_validators(stock: Any, schema_validator: type[_SeenSchemas]) -> dict[str, Any]:
    # The schema validator locates the default values it checks itself (at the schema's "default").
    keep = {"schema": schema_validator, "default": stock["default"]}
    return {key: _located(value) for key, value in stock.items() if key not in keep} | keep


class OpenAPI30Validator(OpenAPIV30SpecValidator):
    """openapi-spec-validator's 3.0 validator: schema checks by jsonschema-rs first, every error located."""

    keyword_validators = _keyword_validators(
        OpenAPIV30SpecValidator.keyword_validators, _V30SchemaValidator
    )


class OpenAPI31Validator(OpenAPIV31SpecValidator):
    """openapi-spec-validator's 3.1 validator: schema checks by jsonschema-rs first, every error located."""

    keyword_validators = _keyword_validators(
        OpenAPIV31SpecValidator.keyword_validators, _V31SchemaValidator
    )
