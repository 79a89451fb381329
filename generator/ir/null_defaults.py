"""A ``default: null`` on a schema that does not admit null, made consistent.

Specs often say ``default: null`` without ``nullable`` or a ``null`` type (OpenAI's Realtime
``input_audio_noise_reduction``: "can be set to `null` to turn off"). Read literally, the
property's type is ``X`` and its default ``None``, which is no ``X``: the models module would say
``field: X = None`` and fail ``mypy --strict``. Two readings would type-check:

- on a property, null is a value of it: the default says so, and the API takes it (OpenAI turns the
  feature off on null) and may answer with it. So the property admits null, as if the spec had
  said so: the model field is ``X | None = None``, a response holding null parses, and a request
  still leaves the field out unless the caller sets it (both backends send set fields only), while
  a caller who sets ``None`` sends the null the API documents. Dropping the default instead would
  type the same ``X | None = None`` in pydantic, but msgspec would then refuse a null answer;
- anywhere else (a component itself, an ``anyOf`` member, array items) there is no field that
  could be left out, so a null default would only make a root model ``root: X = None``, a value
  that is no ``X``: the default is dropped. Where the component is used, a property that is not
  required already defaults to ``None``.
"""

from __future__ import annotations

import copy
from typing import Any

from generator.ir.types_map import TypeMapper
from generator.spec.load import Document
from generator.spec.pointers import DATA_KEYWORDS

#: Keywords whose values map names, not keywords, to schemas.
_NAME_MAPS = frozenset({"patternProperties", "$defs", "definitions", "dependentSchemas"})
#: Keywords about the place a schema is used: they stay outside the union that adds null.
_USE_KEYWORDS = ("default", "description", "title", "readOnly", "writeOnly", "deprecated")


def with_null_defaults_admitted(document: Document) -> Document:
    """``document`` with every component schema's ``default: null`` made consistent (see above).

    The input is left unchanged; a document without such defaults is returned as it is.
    """
    schemas = (document.data.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict) or not _has_null_default(schemas):
        return document
    data = copy.deepcopy(document.data)
    mapper = TypeMapper(data, {})
    for schema in data["components"]["schemas"].values():
        _visit(schema, mapper, is_property=False)
    return Document(document.path, data)


def _has_null_default(node: Any) -> bool:
    """Whether a ``default: null`` appears anywhere in ``node`` (a cheap test before copying)."""
    if isinstance(node, dict):
        return ("default" in node and node["default"] is None) or any(
            _has_null_default(value) for value in node.values()
        )
    return isinstance(node, list) and any(_has_null_default(item) for item in node)


def _visit(node: Any, mapper: TypeMapper, *, is_property: bool) -> None:
    """Make the null defaults in ``node`` consistent, in place, children first."""
    if isinstance(node, list):
        for item in node:
            _visit(item, mapper, is_property=False)
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if key in DATA_KEYWORDS or key.startswith("x-"):
            continue
        if key == "properties" and isinstance(value, dict):
            for child in value.values():
                _visit(child, mapper, is_property=True)
        elif key in _NAME_MAPS and isinstance(value, dict):
            for child in value.values():
                _visit(child, mapper, is_property=False)
        else:
            _visit(value, mapper, is_property=False)
    if "default" not in node or node["default"] is not None or _admits_null(node, mapper, set()):
        return
    if is_property:
        _add_null(node)
    else:
        del node["default"]


def _admits_null(schema: Any, mapper: TypeMapper, seen: set[str]) -> bool:
    """Whether ``schema`` (after ``$ref``s) takes null: ``nullable``, a ``null`` type, a null
    ``enum``/``const`` value, or a union member that does."""
    if not isinstance(schema, dict):
        return False
    ref = schema.get("$ref")
    if isinstance(ref, str):
        if ref in seen:
            return False
        seen.add(ref)
    for node in (schema, mapper.deref(schema)):
        types, values = node.get("type"), node.get("enum")
        if (
            node.get("nullable") is True
            or types == "null"
            or (isinstance(types, list) and "null" in types)
            or (isinstance(values, list) and None in values)
            or ("const" in node and node["const"] is None)
        ):
            return True
        for union in ("anyOf", "oneOf"):
            members = node.get(union)
            if isinstance(members, list) and any(_admits_null(m, mapper, seen) for m in members):
                return True
    return False


def _add_null(schema: dict[str, Any]) -> None:
    """Make ``schema`` admit null too, in place, in the form that types best: a ``type`` list for
    a plain typed schema (constraints then stay on the field), else a union with ``null``."""
    types = schema.get("type")
    if not any(k in schema for k in ("enum", "const", "$ref", "anyOf", "oneOf", "allOf")) and (
        isinstance(types, (str, list))
    ):
        schema["type"] = [*(types if isinstance(types, list) else [types]), "null"]
        return
    union = next((u for u in ("anyOf", "oneOf") if isinstance(schema.get(u), list)), None)
    if union is not None and not any(k in schema for k in ("$ref", "allOf", "type")):
        schema[union] = [*schema[union], {"type": "null"}]
        return
    use = {key: schema.pop(key) for key in _USE_KEYWORDS if key in schema}
    rest = dict(schema)
    schema.clear()
    schema.update({"anyOf": [rest, {"type": "null"}], **use})
