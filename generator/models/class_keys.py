"""Component schemas keyed by the class names the IR gave them, for datamodel-code-generator.

A schema key is any string (``../../escaped``, ``verify.v2.service``, ``名前``); datamodel-code-
generator reads dots and slashes in keys as module paths and writes several modules. Keyed by
their class names, which :mod:`generator.ir.naming` made safe and unique, the schemas reach it as
plain identifiers, and every ``$ref`` to them is rewritten to match.
"""

from __future__ import annotations

from typing import Any

from generator.spec.pointers import (
    DATA_KEYWORDS,
    SCHEMA_REF_PREFIX,
    component_key,
    resolve,
    unescaped_pointer_part,
)


def keyed_by_class(document: dict[str, Any], class_names: dict[str, str]) -> dict[str, Any]:
    """A copy of ``document`` whose component schemas are keyed by ``class_names[key]``.

    A ``$ref`` to a part of a schema (``…/Pet/properties/name``) or to a schema outside the
    components is replaced by a copy of what it points at: datamodel-code-generator would make a
    class of it, named after the last part of the pointer (``Name``), which we did not name.
    """
    components = document.get("components")
    if not isinstance(components, dict) or not isinstance(components.get("schemas"), dict):
        return document
    schemas: dict[str, Any] = components["schemas"]
    renamed = {class_names.get(key, key): schema for key, schema in schemas.items()}
    copy = {**document, "components": {**components, "schemas": renamed}}
    result: dict[str, Any] = _Rewriter(document, class_names).node(copy, ())
    return result


class _Rewriter:
    def __init__(self, document: dict[str, Any], class_names: dict[str, str]) -> None:
        self._document = document
        self._class_names = class_names

    def node(self, node: Any, expanding: tuple[str, ...]) -> Any:
        """``node`` with its references renamed; ``expanding``: the references being copied in."""
        if isinstance(node, list):
            return [self.node(item, expanding) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if (
            isinstance(ref, str)
            and ref.startswith((SCHEMA_REF_PREFIX, "#/paths/"))
            and component_key(ref) is None
            and ref not in expanding
        ):
            try:
                target = resolve(self._document, ref[1:])
            except KeyError:
                target = None
            if isinstance(target, dict):
                siblings = {k: v for k, v in node.items() if k != "$ref"}
                return self.node({**target, **siblings}, (*expanding, ref))
        return {
            key: (
                self._renamed_ref(value)
                if key == "$ref"
                else value if key in DATA_KEYWORDS else self.node(value, expanding)
            )
            for key, value in node.items()
        }

    def _renamed_ref(self, ref: object) -> object:
        if not isinstance(ref, str) or not ref.startswith(SCHEMA_REF_PREFIX):
            return ref
        first, slash, rest = ref[len(SCHEMA_REF_PREFIX) :].partition("/")
        name = self._class_names.get(unescaped_pointer_part(first))
        return ref if name is None else f"{SCHEMA_REF_PREFIX}{name}{slash}{rest}"
