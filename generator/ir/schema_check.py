"""Whether a JSON value satisfies a schema of the document, checked with jsonschema.

OpenAPI 3.1 schemas are JSON Schema 2020-12. OpenAPI 3.0 schemas are close to draft 4 (whose
``exclusiveMinimum`` is a boolean, as in 3.0) except for ``nullable``, which is rewritten as
the ``null`` type it means. Formats are checked where jsonschema can (uuid, date, date-time,
email, ipv4, ipv6), as mock servers such as Prism check them.
"""

from __future__ import annotations

from typing import Any

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4, DRAFT202012

_ROOT = "urn:sdkgen:document"


class SchemaCheck:
    """Checks values against schemas that may ``$ref`` the document's components."""

    def __init__(self, document: dict[str, Any]) -> None:
        self._legacy = str(document.get("openapi", "")).startswith("3.0")
        components = document.get("components") or {}
        root = {"components": _with_null_types(components) if self._legacy else components}
        specification = DRAFT4 if self._legacy else DRAFT202012
        self._registry: Registry[Any] = Registry().with_resource(
            _ROOT, Resource.from_contents(root, default_specification=specification)
        )
        self._validator = (
            jsonschema.Draft4Validator if self._legacy else jsonschema.Draft202012Validator
        )
        self._formats = jsonschema.FormatChecker()  # every format it knows, whatever the draft

    def valid(self, value: Any, schema: Any) -> bool:
        """Whether ``value`` satisfies ``schema`` (one of the document's, refs included)."""
        if not isinstance(schema, dict):
            return True
        target = _with_null_types(schema) if self._legacy else schema
        wrapped = {"$id": _ROOT + "#value", "allOf": [_rebased(target)]}
        validator = self._validator(wrapped, registry=self._registry, format_checker=self._formats)
        try:
            return bool(validator.is_valid(value))
        except (
            Exception
        ):  # noqa: BLE001 -- a schema jsonschema cannot read is not the value's fault
            return False


def _rebased(node: Any) -> Any:
    """``node`` with local ``$ref``s (``#/components/...``) pointing into the registered document."""
    if isinstance(node, list):
        return [_rebased(item) for item in node]
    if not isinstance(node, dict):
        return node
    return {
        key: (
            _ROOT + value
            if key == "$ref" and isinstance(value, str) and value.startswith("#")
            else _rebased(value)
        )
        for key, value in node.items()
    }


def _with_null_types(node: Any) -> Any:
    """A copy of an OpenAPI 3.0 schema tree where ``nullable: true`` is the ``null`` type it means."""
    if isinstance(node, list):
        return [_with_null_types(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {key: _with_null_types(value) for key, value in node.items() if key != "nullable"}
    if node.get("nullable") is not True:
        return converted
    if isinstance(converted.get("enum"), list) and None not in converted["enum"]:
        converted["enum"] = [*converted["enum"], None]
    if isinstance(converted.get("type"), str):
        converted["type"] = [converted["type"], "null"]
        return converted
    return {"anyOf": [converted, {"type": "null"}]}
