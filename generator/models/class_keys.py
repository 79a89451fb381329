"""Component schemas keyed by the class names the IR gave them, for datamodel-code-generator.

A schema key is any string (``../../escaped``, ``verify.v2.service``, ``名前``); datamodel-code-
generator reads dots and slashes in keys as module paths and writes several modules. Keyed by
their class names, which :mod:`generator.ir.naming` made safe and unique, the schemas reach it as
plain identifiers, and every ``$ref`` to them is rewritten to match.
"""

from __future__ import annotations

from typing import Any

from generator.spec.load import SCHEMA_REF_PREFIX, unescaped_pointer_part

#: Keys whose values are literal data: a ``$ref`` inside them is a value, not a reference.
_DATA_KEYWORDS = frozenset({"example", "examples", "default", "enum", "const"})


def keyed_by_class(document: dict[str, Any], class_names: dict[str, str]) -> dict[str, Any]:
    """A copy of ``document`` whose component schemas are keyed by ``class_names[key]``."""
    components = document.get("components")
    if not isinstance(components, dict) or not isinstance(components.get("schemas"), dict):
        return document
    schemas: dict[str, Any] = components["schemas"]
    renamed = {class_names.get(key, key): schema for key, schema in schemas.items()}
    copy = {**document, "components": {**components, "schemas": renamed}}
    result: dict[str, Any] = _with_refs_renamed(copy, class_names)
    return result


def _with_refs_renamed(node: Any, class_names: dict[str, str]) -> Any:
    if isinstance(node, list):
        return [_with_refs_renamed(item, class_names) for item in node]
    if not isinstance(node, dict):
        return node
    return {
        key: _renamed_ref(value, class_names) if key == "$ref"
        else value if key in _DATA_KEYWORDS else _with_refs_renamed(value, class_names)
        for key, value in node.items()
    }


def _renamed_ref(ref: object, class_names: dict[str, str]) -> object:
    if not isinstance(ref, str) or not ref.startswith(SCHEMA_REF_PREFIX):
        return ref
    first, slash, rest = ref[len(SCHEMA_REF_PREFIX):].partition("/")
    name = class_names.get(unescaped_pointer_part(first))
    return ref if name is None else f"{SCHEMA_REF_PREFIX}{name}{slash}{rest}"
